"""The offer in hand and its negotiation record -> OfferInput.

The offer in hand is the most recent open negotiation's current offer, else the last offer
stored. Its anchor is the one logged in the record, else a preview computed by the
negotiation capability from the same inputs `levelset negotiate anchor` uses.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from levelset.plan.inputs import LeverAsk, OfferInput
from levelset.profile.model import Profile


def _records(store: Any) -> list[Any]:
    from levelset.store.negotiations import list_records

    return list(list_records(store))


def _open_record(records: list[Any]) -> Any:
    """The open negotiation with the nearest deadline still ahead, else the latest touched."""
    open_records = [r for r in records if not r.closed and r.current_offer]
    if not open_records:
        return None
    today = dt.date.today()
    ahead = [r for r in open_records if (_deadline(r) or dt.date.min) >= today]
    if ahead:
        return min(ahead, key=lambda r: (_deadline(r), -(r.id or 0)))
    return max(open_records, key=lambda r: (r.effective()[-1].on, r.id or 0))


def _deadline(record: Any) -> dt.date | None:
    event = record.last(_kind("deadline"))
    return event.on if event is not None else None


def _preview_anchor(store: Any, offer: Any, profile: Profile) -> Any:
    from levelset.app.market_placement import market_range_for
    from levelset.app.workspace import Workspace
    from levelset.negotiation import compute_anchor
    from levelset.store.offers import rate_table

    title = offer.title or profile.target_title
    level = offer.level or (profile.target_band.value if profile.target_band else None)
    place = offer.location or (profile.locations[0] if profile.locations else None)
    ws = Workspace.at(store.paths.home)
    found, _ = market_range_for(ws, title, level, place, offer.company)
    return compute_anchor(
        offer,
        market=found,
        current_base=Decimal(profile.current_base) if profile.current_base else None,
        target_level=profile.target_band.label if profile.target_band else None,
        rates=rate_table(store),
    )


def _anchor(store: Any, record: Any, offer: Any, profile: Profile) -> Any:
    from levelset.negotiation import anchor_from_dict

    data = record.anchor_data if record is not None else None
    return anchor_from_dict(dict(data)) if data else _preview_anchor(store, offer, profile)


def offer_input(offer: Any, record: Any, anchor: Any) -> OfferInput:
    """The plan's view of an offer, its negotiation record (or None) and its anchor."""
    from levelset.offers import value_offer

    valuation = value_offer(offer)
    events = record.effective() if record is not None else ()
    deadline = record.last(_kind("deadline")) if record is not None else None
    first = record.offer_events()[0].on if record is not None and record.offer_events() else None
    return OfferInput(
        company=offer.company,
        currency=offer.currency,
        base=offer.base,
        year1_total=valuation.year1_total,
        four_year_total=valuation.four_year_total,
        received=first,
        deadline=deadline.on if deadline else None,
        step=record.step.value if record is not None else None,
        events=tuple(e.kind.value for e in events),
        timeline=tuple((e.on, e.kind.value.replace("_", " ")) for e in events),
        anchor=anchor.anchor.amount,
        target=anchor.target.amount,
        walk_away=anchor.walk_away.amount,
        anchor_reason=anchor.anchor.reason,
        anchor_source=anchor.anchor.source,
        asks=tuple(LeverAsk(a.lever.replace("_", "-"), a.ask, a.reason) for a in anchor.asks),
        role=offer.title,
        level=offer.level,
    )


def _kind(name: str) -> Any:
    from levelset.negotiation import EventKind

    return EventKind(name)


def read_offer(store: Any, profile: Profile) -> OfferInput | None:
    """The offer in hand, or None when no offer is stored or every negotiation is closed."""
    from levelset.store.offers import list_offers

    records = _records(store)
    record = _open_record(records)
    if record is not None:
        offer = record.current_offer
    elif records:  # signed or declined: nothing left to negotiate
        return None
    else:
        stored = list_offers(store)
        if not stored:
            return None
        offer = stored[-1].offer
    return offer_input(offer, record, _anchor(store, record, offer, profile))


def open_deadline(store: Any) -> tuple[str, dt.date | None] | None:
    """The company and recorded deadline of the negotiation a new plan would follow."""
    from levelset.store.offers import list_offers

    records = _records(store)
    record = _open_record(records)
    if record is not None:
        return str(record.current_offer.company), _deadline(record)
    stored = [] if records else list_offers(store)  # as read_offer: a stored offer alone
    return (str(stored[-1].offer.company), None) if stored else None
