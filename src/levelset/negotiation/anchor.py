"""The anchor: the number you open with, the target you expect to land, your walk-away, and
an ask for every lever, each with its reason in plain words and where the number comes from.

Inputs are values (an Offer, a MarketRange, competing Offers, current pay); this module
never fetches market data itself. All amounts are in the offer's currency.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

from levelset.errors import Problem, validation_failed
from levelset.money import format_money
from levelset.negotiation.lever import Lever
from levelset.negotiation.levers import RULE, Figure, LeverAsk, lever_asks
from levelset.negotiation.rival_age import (
    RIVAL,
    age_words,
    dated_notes,
    is_dated,
    offer_ages,
    rival_source,
)
from levelset.negotiation.total_pay import TotalPay, equity_from_total
from levelset.offers.currency import RateTable, shipped_rates
from levelset.offers.model import Offer
from levelset.offers.placement import MarketRange
from levelset.percentiles import ordinal

THOUSAND = Decimal(1000)
MOVE_PREMIUM = Decimal("1.10")  # a move rarely pays off for less than about 10% more
MIN_ASK = Decimal("1.05")  # the smallest counter worth making


@dataclass(frozen=True)
class Anchor:
    company: str
    currency: str
    offer_base: Decimal
    percentile: float
    anchor: Figure
    target: Figure
    walk_away: Figure
    asks: tuple[LeverAsk, ...]
    market: MarketRange | None
    notes: tuple[str, ...]
    basis: tuple[Basis, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "currency": self.currency,
            "offer_base": self.offer_base,
            "percentile": self.percentile,
            "anchor": vars(self.anchor),
            "target": vars(self.target),
            "walk_away": vars(self.walk_away),
            "asks": [vars(a) for a in self.asks],
            "market": self.market.to_dict() if self.market else None,
            "notes": list(self.notes),
            "basis": [vars(b) for b in self.basis],
        }


@dataclass(frozen=True)
class Basis:
    """Where one figure of the anchor comes from: source, area, sample size and date."""

    figure: str  # "anchor", "target", "walk_away"
    source: str
    area: str | None
    n: int | None
    date: str | None
    suggestion: bool = False  # a number levelset proposes, not one the user set
    dated: bool = False  # its source is older than 12 months


def compute_anchor(
    offer: Offer,
    *,
    market: MarketRange | None = None,
    percentile: float = 75,
    competing: Sequence[Offer] = (),
    current_base: Decimal | None = None,
    walk_away: Decimal | None = None,
    unvested_left_behind: Decimal | None = None,
    target_level: str | None = None,
    rates: RateTable | None = None,
    total_pay: TotalPay | None = None,
    today: dt.date | None = None,
) -> Anchor:
    """Anchor, realistic target, walk-away and per-lever asks for `offer`, from the market range
    at `percentile`, the best competing offer and current pay (whichever are given); with
    `total_pay` (the user's total-pay evidence) the equity ask is sized from it. Given `today`
    (the caller's clock: the core reads none), a competing offer made more than a year before
    is flagged as dated, as a market source is."""
    _check_amounts(current_base=current_base, walk_away=walk_away, unvested=unvested_left_behind)
    table = rates or shipped_rates()
    currency = offer.currency
    rivals = [_in_currency(o, currency, table) for o in competing]
    ages = offer_ages(rivals, today)
    anchor, notes = _anchor(offer, market, percentile, rivals, current_base, table, ages)
    target = _target(offer, anchor)
    floor = _walk_away(walk_away, current_base, market, table, currency)
    asks = lever_asks(offer, anchor, target, competing, table, unvested_left_behind, target_level)
    asks = _sized_by_evidence(asks, offer, target, total_pay, table)
    if walk_away is not None:  # a suggested walk-away is never used to warn
        notes = (*notes, *_walk_away_notes(offer.base, anchor, floor, currency))
    basis = _basis(anchor, target, floor, market, rivals, ages, given_floor=walk_away is not None)
    basis += _evidence_basis(asks, total_pay) + _sign_on_basis(asks, rivals, ages)
    used = [anchor.source, target.source, *(a.source for a in asks)]
    notes = (*notes, *dated_notes(used, rivals, ages))
    return Anchor(
        offer.company,
        currency,
        offer.base,
        percentile,
        anchor,
        target,
        floor,
        asks,
        market,
        notes,
        basis,
    )


def _basis(
    anchor: Figure,
    target: Figure,
    floor: Figure,
    market: MarketRange | None,
    rivals: Sequence[Offer],
    ages: dict[str, int],
    *,
    given_floor: bool,
) -> tuple[Basis, ...]:
    """Source, area, n and date of each figure, from the evidence its source names."""

    def of(name: str, figure: Figure, suggestion: bool = False) -> Basis:
        if market is not None and figure.source == market.provenance:
            return Basis(
                name, market.source, market.place, market.n, market.as_of, suggestion, market.dated
            )
        rival = next((o for o in rivals if rival_source(o) == figure.source), None)
        if rival is not None:
            made = rival.offered_on.isoformat() if rival.offered_on else None
            old = is_dated(ages, rival.company)
            return Basis(name, figure.source, rival.location, 1, made, suggestion, old)
        return Basis(name, figure.source, None, None, None, suggestion)

    return (of("anchor", anchor), of("target", target), of("walk_away", floor, not given_floor))


def _sized_by_evidence(
    asks: tuple[LeverAsk, ...],
    offer: Offer,
    target: Figure,
    total_pay: TotalPay | None,
    table: RateTable,
) -> tuple[LeverAsk, ...]:
    """The equity ask from total-pay evidence, unless a competing offer already sized it."""
    if total_pay is None:
        return asks
    found = equity_from_total(offer, target, total_pay, table)
    if found is None:
        return asks
    return tuple(
        found if a.lever is Lever.EQUITY and not a.source.startswith(RIVAL) else a for a in asks
    )


def _evidence_basis(asks: tuple[LeverAsk, ...], total_pay: TotalPay | None) -> tuple[Basis, ...]:
    if total_pay is None or not any(a.source == total_pay.label for a in asks):
        return ()
    return (Basis("equity", total_pay.label, total_pay.area, total_pay.n, total_pay.dates),)


def _sign_on_basis(
    asks: tuple[LeverAsk, ...], rivals: Sequence[Offer], ages: dict[str, int]
) -> tuple[Basis, ...]:
    """Where a sign-on ask's new number comes from: a competing offer or what you leave behind
    (a sign-on that is only kept needs no basis: it is the offer's own)."""
    ask = next((a for a in asks if a.lever is Lever.SIGN_ON), None)
    if ask is None or ask.amount is None or not ask.ask.startswith("a sign-on of"):
        return ()
    rival = next((o for o in rivals if rival_source(o) == ask.source), None)
    if rival is not None:
        made = rival.offered_on.isoformat() if rival.offered_on else None
        old = is_dated(ages, rival.company)
        return (Basis("sign_on", ask.source, rival.location, 1, made, dated=old),)
    return (Basis("sign_on", ask.source, None, None, None),)


def _walk_away_notes(
    offered: Decimal, anchor: Figure, floor: Figure, currency: str
) -> tuple[str, ...]:
    if floor.amount is None:
        return ()
    found = []
    if offered < floor.amount:
        found.append(
            f"the offered base ({format_money(offered, currency)}) is below your walk-away "
            f"({format_money(floor.amount, currency)}): hold to your number on base, or decide "
            "whether the other levers make up the gap"
        )
    if anchor.amount is not None and floor.amount > anchor.amount:
        found.append(
            f"your walk-away ({format_money(floor.amount, currency)}) is above your anchor "
            f"({format_money(anchor.amount, currency)}): even a full yes would be below what you "
            "accept; check the walk-away, or open higher with a reason you can defend"
        )
    return tuple(found)


def _anchor(
    offer: Offer,
    market: MarketRange | None,
    percentile: float,
    rivals: Sequence[Offer],
    current_base: Decimal | None,
    table: RateTable,
    ages: dict[str, int],
) -> tuple[Figure, tuple[str, ...]]:
    candidates = _candidates(offer.currency, market, percentile, rivals, current_base, table, ages)
    best = max(candidates, key=lambda f: f.amount or Decimal(0), default=None)
    if best is not None and best.amount is not None and best.amount > offer.base:
        anchor = Figure(round_up(best.amount), best.reason, best.source, best.cited)
        return anchor, _passed_over(anchor, candidates, offer.currency)
    amount = round_up(offer.base * MIN_ASK)
    reason = (
        "the offer already meets every benchmark you gave; a 5% ask leaves room to land above it"
        if candidates
        else "with nothing to compare against, the anchor is the offer plus 5%"
    )
    notes = () if candidates else ("add a market range, a competing offer or your current pay",)
    return Figure(amount, reason, RULE), notes


def _passed_over(anchor: Figure, candidates: Sequence[Figure], currency: str) -> tuple[str, ...]:
    """A competing offer the anchor does not rest on is named, never silently dropped."""
    return tuple(
        f"{c.reason}, not more than the anchor of {format_money(anchor.amount or 0, currency)}, "
        f"which rests on {anchor.source} instead"
        for c in candidates
        if c.source != anchor.source and c.source.startswith(RIVAL)
    )


def _candidates(
    currency: str,
    market: MarketRange | None,
    percentile: float,
    rivals: Sequence[Offer],
    current_base: Decimal | None,
    table: RateTable,
    ages: dict[str, int],
) -> list[Figure]:
    found = []
    at = market.value_at(percentile) if market else None
    if market is not None and at is not None:
        amount = table.convert(at, market.currency, currency)
        reason = (
            f"{format_money(amount, currency)} is the {_ordinal(percentile)} percentile of "
            f"{market.basis} for {market.described}"
        )
        cited = f"{reason} (source: {market.citation})"
        found.append(Figure(amount, reason, market.provenance, cited))
    if rivals:
        top = max(rivals, key=lambda o: o.base)
        base = format_money(top.base, currency)
        reason = f"{top.company} offers {base} base" + (
            f" (offer of {top.offered_on.isoformat()}{age_words(ages, top.company)})"
            if top.offered_on
            else " (its date not given)"
        )
        made = f", made on {top.offered_on.isoformat()}" if top.offered_on else ""
        cited = f"I have an offer from {top.company} with a base of {base}{made}"
        found.append(Figure(top.base, reason, rival_source(top), cited))
    if current_base is not None:
        amount = current_base * MOVE_PREMIUM
        reason = (
            f"a move should pay about 10% more than your current base of "
            f"{format_money(current_base, currency)}"
        )
        found.append(Figure(amount, reason, f"your current base; {RULE}"))
    return found


def _target(offer: Offer, anchor: Figure) -> Figure:
    middle = (offer.base + (anchor.amount or offer.base)) / 2
    reason = "a well-argued counter often lands about halfway between the offer and the anchor"
    return Figure(round_near(middle), reason, RULE)


def _walk_away(
    given: Decimal | None,
    current_base: Decimal | None,
    market: MarketRange | None,
    table: RateTable,
    currency: str,
) -> Figure:
    if given is not None:
        return Figure(given, "the lowest base you told us you would accept", "you")
    median = market.value_at(50) if market else None
    options = []
    if current_base is not None:
        options.append(
            Figure(current_base, "below it you would take a pay cut", "your current base")
        )
    if market is not None and median is not None:
        amount = table.convert(median, market.currency, currency)
        options.append(
            Figure(amount, "below it you would be paid under the market median", market.provenance)
        )
    if not options:
        return Figure(None, "[YOUR WALK-AWAY BASE]: the lowest base you would accept", "you")
    best = max(options, key=lambda f: f.amount or Decimal(0))
    reason = f"a suggestion, not a number you set: {best.reason}"
    return Figure(round_near(best.amount or Decimal(0)), reason, best.source)


def _check_amounts(**amounts: Decimal | None) -> None:
    problems = [
        Problem(f"negative amount {value}", field=name, expected="an amount >= 0")
        for name, value in amounts.items()
        if value is not None and value < 0
    ]
    if problems:
        raise validation_failed("anchor inputs", problems)


def _in_currency(offer: Offer, currency: str, table: RateTable) -> Offer:
    if offer.currency == currency:
        return offer
    from dataclasses import replace

    return replace(
        offer, base=table.convert(offer.base, offer.currency, currency), currency=currency
    )


def round_up(amount: Decimal) -> Decimal:
    """Up to the next thousand: an anchor is a round number, never below the evidence."""
    return (amount / THOUSAND).to_integral_value(rounding=ROUND_CEILING) * THOUSAND


def round_near(amount: Decimal) -> Decimal:
    return (amount / THOUSAND).to_integral_value(rounding=ROUND_HALF_UP) * THOUSAND


def _ordinal(value: float) -> str:
    """ "75th", "61st"; a percentile between whole numbers as it is ("62.5th")."""
    return ordinal(value) if math.isclose(value, round(value)) else f"{value:g}th"
