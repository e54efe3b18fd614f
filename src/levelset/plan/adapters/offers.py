"""The offer in hand and its negotiation record -> OfferInput.

Pure: the use case (`levelset.app.plan_inputs`) loads the records and the anchor and passes
them here. The offer in hand is the open negotiation `open_record` picks, else the last offer
stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from levelset.plan.inputs import LeverAsk, MarketRow, OfferInput


def open_record(records: Sequence[Any], today: dt.date) -> Any:
    """The open negotiation with the nearest deadline still ahead, else the latest touched."""
    open_records = [r for r in records if not r.closed and r.current_offer]
    if not open_records:
        return None
    ahead = [r for r in open_records if (deadline_of(r) or dt.date.min) >= today]
    if ahead:
        return min(ahead, key=lambda r: (deadline_of(r), -(r.id or 0)))
    return max(open_records, key=lambda r: (r.effective()[-1].on, r.id or 0))


def deadline_of(record: Any) -> dt.date | None:
    event = record.last(_kind("deadline"))
    return event.on if event is not None else None


def offer_input(offer: Any, record: Any, anchor: Any) -> OfferInput:
    """The plan's view of an offer, its negotiation record (or None) and its anchor."""
    from levelset.offers import value_offer

    valuation = value_offer(offer)
    return dataclasses.replace(
        offer_steps(offer, record),
        year1_total=valuation.year1_total,
        four_year_total=valuation.four_year_total,
        anchor=anchor.anchor.amount,
        target=anchor.target.amount,
        walk_away=anchor.walk_away.amount,
        anchor_reason=anchor.anchor.reason,
        anchor_cited=anchor.anchor.cited,
        anchor_source=anchor.anchor.source,
        asks=tuple(LeverAsk(a.lever.replace("_", "-"), a.ask, a.reason) for a in anchor.asks),
        market=_market_row(anchor.market),
        walk_away_area=next((b.area for b in anchor.basis if b.figure == "walk_away"), None),
    )


def _market_row(market: Any) -> MarketRow | None:
    """The anchor's market range (a MarketRange) as a plan row, its area named in its source."""
    if market is None:
        return None
    source = f"{market.source}, {market.place}" if market.place else market.source

    def at(percentile: int) -> float | None:
        value = market.value_at(percentile)
        return None if value is None else float(value)

    return MarketRow(
        label=market.source,
        source=source,
        release=market.as_of,
        n=market.n,
        n_counts=market.n_counts,
        p10=at(10),
        p25=at(25),
        p50=at(50),
        p75=at(75),
        p90=at(90),
        flags=("dated",) if market.dated else (),
        age_months=market.age_months,
        area=market.place,
        currency=market.currency,
    )


def offer_steps(offer: Any, record: Any) -> OfferInput:
    """The offer and its negotiation's steps, neither valued nor anchored (a week's review
    shows no more)."""
    events = record.effective() if record is not None else ()
    deadline = record.last(_kind("deadline")) if record is not None else None
    first = record.offer_events()[0].on if record is not None and record.offer_events() else None
    return OfferInput(
        company=offer.company,
        currency=offer.currency,
        base=offer.base,
        received=first,
        deadline=deadline.on if deadline else None,
        step=record.step.value if record is not None else None,
        events=tuple(e.kind.value for e in events),
        timeline=tuple((e.on, e.kind.value.replace("_", " ")) for e in events),
        role=offer.title,
        level=offer.level,
        location=offer.location,
    )


def _kind(name: str) -> Any:
    from levelset.negotiation import EventKind

    return EventKind(name)
