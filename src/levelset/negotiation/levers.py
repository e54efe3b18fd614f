"""One ask per lever (base, sign-on, equity, bonus, level, start date, scope), with its reason.

Where a fact is missing the ask carries a visible placeholder in capitals and brackets, never
an invented number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from levelset.money import format_money
from levelset.negotiation.lever import Lever
from levelset.negotiation.rival_age import rival_source
from levelset.offers.currency import RateTable
from levelset.offers.model import Offer
from levelset.offers.options import default_scenario

RULE = "levelset rule of thumb"
ZERO = Decimal(0)


@dataclass(frozen=True)
class Figure:
    """One number with its reason and its source, for you; `cited` is the reason with its
    source as the other side reads it (no caveat meant for you, such as a source's age), or
    None when the reason is not one to give them."""

    amount: Decimal | None
    reason: str
    source: str
    cited: str | None = None


@dataclass(frozen=True)
class LeverAsk:
    """What to ask for on one lever, why, and where the number comes from."""

    lever: Lever
    ask: str
    amount: Decimal | None
    reason: str
    source: str


def lever_asks(
    offer: Offer,
    anchor: Figure,
    target: Figure,
    competing: Sequence[Offer],
    table: RateTable,
    unvested: Decimal | None,
    target_level: str | None,
) -> tuple[LeverAsk, ...]:
    """Every lever's ask, base first."""
    money = offer.currency
    base = LeverAsk(
        Lever.BASE,
        f"a base of {format_money(anchor.amount, money)}",
        anchor.amount,
        anchor.reason,
        anchor.source,
    )
    asks = [
        base,
        _sign_on(offer, competing, table, unvested),
        _equity(offer, anchor, target, competing, table),
        _bonus(offer, competing),
        _level(offer, target_level),
        _start_date(offer),
        _scope(offer),
    ]
    return tuple(a for a in asks if a is not None)


def _sign_on(
    offer: Offer, competing: Sequence[Offer], table: RateTable, unvested: Decimal | None
) -> LeverAsk:
    """The sign-on sized from your own evidence: what you leave behind (unvested equity and
    bonus) and the best competing sign-on; the larger sets the ask, the reason names both."""
    have = offer.sign_on.total if offer.sign_on else ZERO
    wants = _sign_on_evidence(offer, competing, table, unvested)
    if not wants:
        return LeverAsk(
            Lever.SIGN_ON,
            "a sign-on that covers what you leave behind: [VALUE OF UNVESTED EQUITY AND BONUS "
            "YOU LEAVE BEHIND]",
            None,
            "a sign-on is a one-off cost for them and often easier to move than base",
            "your unvested equity at your current job (not given)",
        )
    best = max(wants, key=lambda w: w.amount or ZERO)
    also = "".join(f"; {w.reason}" for w in wants if w is not best)
    money = offer.currency
    if have >= (best.amount or ZERO):
        reason = f"it already covers what your evidence asks for ({best.reason}{also})"
        if best.source == LEFT_BEHIND:
            reason += "; make sure the clawback terms are in writing"
        ask = f"keep the sign-on of {format_money(have, money)}"
        return LeverAsk(Lever.SIGN_ON, ask, have, reason, best.source)
    ask = f"a sign-on of {format_money(best.amount, money)}"
    return LeverAsk(Lever.SIGN_ON, ask, best.amount, best.reason + also, best.source)


LEFT_BEHIND = "your unvested equity at your current job"


def _sign_on_evidence(
    offer: Offer, competing: Sequence[Offer], table: RateTable, unvested: Decimal | None
) -> list[Figure]:
    """Each sign-on your evidence supports, with its reason and source."""
    money = offer.currency
    found = []
    if unvested is not None:
        reason = (
            f"you leave {format_money(unvested, money)} of unvested equity and bonus behind; "
            "a sign-on that covers it means the move costs you nothing"
        )
        found.append(Figure(unvested, reason, LEFT_BEHIND))
    rival = max(competing, key=lambda o: _sign_on_total(o, money, table), default=None)
    if rival is not None and _sign_on_total(rival, money, table) > 0:
        amount = _sign_on_total(rival, money, table)
        reason = f"{rival.company} offers a sign-on of {format_money(amount, money)}"
        found.append(Figure(amount, reason, rival_source(rival)))
    return found


def _equity(
    offer: Offer, anchor: Figure, target: Figure, competing: Sequence[Offer], table: RateTable
) -> LeverAsk:
    money = offer.currency
    mine = yearly_equity(offer, money, table)
    rival = max(competing, key=lambda o: yearly_equity(o, money, table), default=None)
    if rival is not None and yearly_equity(rival, money, table) > mine:
        theirs = yearly_equity(rival, money, table)
        years = offer.equity.vesting.years if offer.equity else 4
        extra = (theirs - mine) * years
        reason = (
            f"{rival.company}'s equity vests about {format_money(theirs, money)} a year against "
            f"{format_money(mine, money)} here"
        )
        return LeverAsk(
            Lever.EQUITY,
            f"{format_money(extra, money)} more in the grant",
            extra,
            reason,
            rival_source(rival),
        )
    gap = (anchor.amount or ZERO) - (target.amount or ZERO)
    years = offer.equity.vesting.years if offer.equity else 4
    if gap > 0:
        extra = gap * years
        reason = (
            "if base stops at the realistic target, the rest of the gap to your anchor over "
            f"{years} years can come as equity"
        )
        return LeverAsk(
            Lever.EQUITY,
            f"{format_money(extra, money)} more in the grant",
            extra,
            reason,
            "arithmetic on your anchor and target",
        )
    return LeverAsk(
        Lever.EQUITY,
        "[THE GRANT YOU WANT]",
        None,
        "equity is often the most flexible part of a package",
        RULE,
    )


def _bonus(offer: Offer, competing: Sequence[Offer]) -> LeverAsk | None:
    mine = offer.bonus.target_pct * offer.bonus.multiplier if offer.bonus else ZERO
    rival = max(competing, key=_bonus_pct, default=None)
    if rival is None or _bonus_pct(rival) <= mine:
        return None
    pct = _bonus_pct(rival)
    return LeverAsk(
        Lever.BONUS,
        f"a target bonus of {pct.normalize():f}%",
        None,
        f"{rival.company} targets {pct.normalize():f}% against {mine.normalize():f}% here",
        rival_source(rival),
    )


def _below_target(offer: Offer, target_level: str) -> bool:
    """Whether the offered level sits under the target band (company ladders understood:
    Google's L5 is the senior band); levels we cannot read are compared as plain names."""
    from levelset.errors import UnknownValue
    from levelset.market.levels import parse_level

    offered = (offer.level or "").strip()
    if not offered:
        return True
    try:
        offered_band = parse_level(offered, offer.company).band
        target_band = parse_level(target_level).band
    except UnknownValue:
        return offered.lower() != target_level.strip().lower()
    return offered_band < target_band


def _level(offer: Offer, target_level: str | None) -> LeverAsk:
    source = "your target profile"
    if target_level and _below_target(offer, target_level):
        offered = f" instead of {offer.level}" if offer.level else ""
        reason = "the level sets your pay band now and at every review after"
        return LeverAsk(
            Lever.TITLE_LEVEL, f"the {target_level} level{offered}", None, reason, source
        )
    if offer.level:
        reason = "a level agreed on a call can shift before the paperwork; have it written"
        return LeverAsk(
            Lever.TITLE_LEVEL,
            f"the {offer.level} level confirmed in writing",
            None,
            reason,
            "the offer",
        )
    return LeverAsk(
        Lever.TITLE_LEVEL,
        "[THE LEVEL YOUR SCOPE SUPPORTS]",
        None,
        "the level sets your pay band now and at every review after",
        source,
    )


def _start_date(offer: Offer) -> LeverAsk:
    offered = f" (offered: {offer.start_date.isoformat()})" if offer.start_date else ""
    return LeverAsk(
        Lever.START_DATE,
        f"a start date after [DATE OF YOUR NEXT VEST OR BONUS AT YOUR CURRENT JOB]{offered}",
        None,
        "starting after your next vest or bonus keeps money you have already earned",
        "your current job's pay dates",
    )


def _scope(offer: Offer) -> LeverAsk:
    ask = (
        f"the scope in writing: {offer.scope}"
        if offer.scope
        else ("the scope in writing: [THE TEAM, PROBLEM AND OWNERSHIP YOU WANT]")
    )
    reason = "written scope backs your level today and your case for the next promotion"
    return LeverAsk(Lever.SCOPE, ask, None, reason, "your evidence for the target level")


def _sign_on_total(offer: Offer, currency: str, table: RateTable) -> Decimal:
    total = offer.sign_on.total if offer.sign_on else ZERO
    return table.convert(total, offer.currency, currency)


def yearly_equity(offer: Offer, currency: str, table: RateTable) -> Decimal:
    if offer.equity is None:
        return ZERO
    grant = default_scenario(offer.equity, offer.currency).grant_value
    return table.convert(grant / offer.equity.vesting.years, offer.currency, currency)


def _bonus_pct(offer: Offer) -> Decimal:
    return offer.bonus.target_pct * offer.bonus.multiplier if offer.bonus else ZERO
