"""The five negotiation steps, dated back from the offer deadline.

Steps the negotiation record already shows as done are marked done by the analysis.
"""

from __future__ import annotations

import datetime as dt

from levelset.plan.inputs import OfferInput, PlanInputs
from levelset.plan.model import PLAN_DAYS, Draft, Phase
from levelset.plan.wording import day, listing, market_money, money, quote

STEPS = ("prepare", "anchor", "ask", "hold", "confirm")
# Where each step falls in the window from the plan start to the deadline (0 start, 1 deadline).
SHARES = (0.0, 0.2, 0.4, 0.7, 1.0)
DEFAULT_WINDOW = 7  # days assumed when no deadline is recorded
REACHED = {  # a record step -> the plan steps it proves done
    "prepare": 0,
    "anchor": 1,
    "ask": 2,
    "hold": 3,
    "confirm": 4,
    "signed": 5,
    "declined": 5,
}


def first_day(inputs: PlanInputs, start: dt.date) -> dt.date:
    """The first day a step can fall on: the plan start, or today if the start is past."""
    return max(start, inputs.today) if inputs.today is not None else start


def has_passed(offer: OfferInput, start: dt.date) -> bool:
    """Whether the recorded deadline falls before `start` (the first day a step can use)."""
    return offer.deadline is not None and offer.deadline < start


def window_end(offer: OfferInput, start: dt.date) -> dt.date:
    """The day the steps lead up to: the deadline, or a week on when none is usable."""
    if offer.deadline is None or has_passed(offer, start):
        return start + dt.timedelta(days=DEFAULT_WINDOW)
    return offer.deadline


def passed_hint(offer: OfferInput, start: dt.date) -> str | None:
    """What to do when the deadline falls before the first day a step can use, or None."""
    if offer.deadline is None or not has_passed(offer, start):
        return None
    return (
        f"{offer.company}'s deadline ({day(offer.deadline)}) leaves no day for the steps: agree "
        f"a new date with them and record it with `levelset negotiate log "
        f'"{offer.company}" deadline --date YYYY-MM-DD` (a week is assumed until then).'
    )


def step_dates(start: dt.date, deadline: dt.date) -> list[dt.date]:
    """One date per step, spread from start to the day before the deadline."""
    last = max(start, deadline - dt.timedelta(days=1))
    span = (last - start).days
    return [start + dt.timedelta(days=round(span * share)) for share in SHARES]


def negotiation_drafts(inputs: PlanInputs, start: dt.date) -> list[Draft]:
    """The five steps as dated items, done where the record shows them done."""
    offer = inputs.offer
    if offer is None:
        return []
    after_plan = start + dt.timedelta(days=PLAN_DAYS)  # a deadline further off: steps stay inside
    start = first_day(inputs, start)
    dates = step_dates(start, min(window_end(offer, start), after_plan))
    texts = (
        _prepare(inputs, start),
        _anchor(offer),
        _ask(offer),
        _hold(offer),
        _confirm(offer, start),
    )
    reached = REACHED.get(offer.step or "", 0)
    if offer.counter_sent:
        reached = max(reached, 3)
    return [
        Draft(
            text,
            "offer",
            command,
            done_by="analysis" if index < reached else None,
            phase=Phase.NEGOTIATE,
            due=date,
        )
        for index, ((text, command), date) in enumerate(zip(texts, dates, strict=True))
    ]


def _prepare(inputs: PlanInputs, start: dt.date) -> tuple[str, str | None]:
    market, proof, offer = inputs.market, inputs.proof, inputs.offer
    # the case for an offer rests on the range its anchor was read in: the offer's own area
    best = offer.market if offer is not None and offer.market else (market.best if market else None)
    currency = (best.currency if best else None) or (market.currency if market else "USD")
    parts = []
    if best is not None:
        parts.append(
            f"the base-pay range (median {market_money(best.p50, currency)}, 75th "
            f"percentile {market_money(best.p75, currency)}, {best.provenance})"
        )
    else:
        parts.append("a market range (run `levelset range` first)")
    strong = [b for b in proof.strongest if b.has_metric][:3] if proof else []
    if strong:
        quoted = "; ".join(quote(b.text, 50) for b in strong)
        parts.append(f"your measured outcomes ({quoted})")
    else:
        parts.append("three measured outcomes (none of your bullets has a number yet)")
    first = ""
    if offer is not None and offer.deadline is not None and has_passed(offer, start):
        first = (
            f"ask {offer.company} for a new date (theirs, {day(offer.deadline)}, leaves no "
            "day for the steps); "
        )
    return f"Prepare the case: {first}collect {listing(parts)}", "levelset negotiate anchor"


def _anchor(offer: OfferInput) -> tuple[str, str | None]:
    if offer.anchor is None:
        return (
            f"Set the anchor: compute it for {offer.company} from the market range",
            "levelset negotiate anchor",
        )
    reason = f" ({offer.anchor_reason})" if offer.anchor_reason else ""
    walk = f"; {walk_away_words(offer)}" if offer.walk_away else ""
    return f"Set the anchor: {money(offer.anchor, offer.currency)}{reason}{walk}", None


def walk_away_words(offer: OfferInput) -> str:
    """ "walk away below $131,000 (the market median in Austin-...)": its area when the market
    gives it."""
    area = f" (the market median in {offer.walk_away_area})" if offer.walk_away_area else ""
    return f"walk away below {money(offer.walk_away, offer.currency)}{area}"


def anchor_source_words(offer: OfferInput) -> str | None:
    """The anchor's source, its area named when it is the anchor's market range."""
    source, market = offer.anchor_source, offer.market
    if source and market is not None and source.startswith(market.label):
        return market.provenance
    return source


def _ask(offer: OfferInput) -> tuple[str, str | None]:
    anchor = money(offer.anchor, offer.currency) if offer.anchor else "your anchor"
    return (
        f"Ask clearly: send the counter to {offer.company} anchored at {anchor}, with one "
        "reason and one clear ask",
        "levelset negotiate draft",
    )


def _hold(offer: OfferInput) -> tuple[str, str | None]:
    others = [a for a in offer.asks if a.lever != "base"][:2]
    levers = listing([f"{a.lever} ({a.ask})" for a in others], "or") or "sign-on, equity or scope"
    anchor = money(offer.anchor, offer.currency) if offer.anchor else "your number"
    return f"Hold the line: restate {anchor} once; if base cannot move, ask for {levers}", None


def _confirm(offer: OfferInput, start: dt.date) -> tuple[str, str | None]:
    end = window_end(offer, start)
    if offer.deadline is None:
        when = f"{day(end)} (no deadline recorded)"
    elif has_passed(offer, start):
        when = (
            f"{day(end)}; their deadline, {day(offer.deadline)}, leaves no day for the steps, "
            "so agree a new date with them first"
        )
    else:  # a deadline past the plan's weeks says its year, which the plan's dates leave out
        when = day(end) if (end - start).days < PLAN_DAYS else f"{day(end)} {end.year}"
    return (
        f"Confirm in writing: get {offer.company}'s final package on paper by {when}",
        None,
    )
