"""Negotiation use cases: start a record, log events, move a step, set the anchor, the outcome.

Each takes the Workspace; dates default to the workspace's today, and every event is checked
against that same day. The anchor is computed here once, for the CLI, the web and the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from levelset.app.workspace import Workspace
from levelset.errors import Conflict
from levelset.negotiation import (
    Anchor,
    Event,
    EventKind,
    NegotiationRecord,
    Outcome,
    Step,
    compute_anchor,
    negotiation_outcome,
)
from levelset.offers import MarketRange, Offer


@dataclass(frozen=True)
class AnchorResult:
    """The anchor, and why the market range is missing when it is (not saved with it)."""

    anchor: Anchor
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return self.anchor.to_dict() | {"notes": [*self.anchor.notes, *self.notes]}


@dataclass(frozen=True)
class EventInput:
    """What the user says happened; `on` None means the workspace's today."""

    kind: EventKind
    on: dt.date | None = None
    note: str | None = None
    offer: Offer | None = None
    verbal: bool = False
    step: Step | None = None
    corrects: int | None = None
    data: Mapping[str, Any] | None = field(default=None)


def anchor_for(
    ws: Workspace,
    offer: Offer,
    *,
    competing: Sequence[Offer] = (),
    current_base: Decimal | None = None,
    level: str | None = None,
    percentile: float = 75,
    walk_away: Decimal | None = None,
    unvested: Decimal | None = None,
    market: bool = True,
) -> AnchorResult:
    """Anchor, target, walk-away and an ask per lever for `offer`.

    What is not given comes from the profile: current base, target level, and (for the
    market range) the target title, band and first location when the offer leaves them out.
    """
    from levelset.app.market_evidence import total_pay_for
    from levelset.app.market_placement import market_range_for
    from levelset.app.offer_records import rates
    from levelset.app.profile import show_profile

    profile = show_profile(ws)
    found: MarketRange | None = None
    why: str | None = "market range not used (--no-market)"
    title = offer.title or profile.target_title
    band = offer.level or (profile.target_band.value if profile.target_band else None)
    place = offer.location or (profile.locations[0] if profile.locations else None)
    if market:
        found, why = market_range_for(ws, title, band, place, offer.company)
    if current_base is None and profile.current_base is not None:
        current_base = Decimal(profile.current_base)
    anchor = compute_anchor(
        offer,
        market=found,
        percentile=percentile,
        competing=competing,
        current_base=current_base,
        walk_away=walk_away,
        unvested_left_behind=unvested,
        target_level=level or (profile.target_band.label if profile.target_band else None),
        rates=rates(ws),
        total_pay=total_pay_for(ws, offer, title, band, place) if market else None,
        today=ws.today(),  # a competing offer older than a year is flagged as dated
    )
    return AnchorResult(anchor, (why,) if why else ())


def anchor_for_stored(
    ws: Workspace, offer_id: int, *, percentile: float = 75, market: bool = True
) -> AnchorResult:
    """The anchor for a stored offer (by its number), nothing logged: a what-if."""
    from levelset.app.offer_records import get_offer

    return anchor_for(ws, get_offer(ws, offer_id).offer, percentile=percentile, market=market)


def set_anchor(
    ws: Workspace,
    company: str,
    *,
    competing: Sequence[Offer] = (),
    current_base: Decimal | None = None,
    level: str | None = None,
    percentile: float = 75,
    walk_away: Decimal | None = None,
    unvested: Decimal | None = None,
    market: bool = True,
    on: dt.date | None = None,
    save: bool = True,
) -> AnchorResult:
    """The anchor for the record's current offer, logged as `anchor_set` unless `save` is off."""
    from levelset.jsonable import to_jsonable

    record = load_record(ws, company)
    offer = record.current_offer
    if offer is None:
        raise Conflict(f"no offer logged for {record.company} yet")
    result = anchor_for(
        ws, offer, competing=competing, current_base=current_base, level=level,
        percentile=percentile, walk_away=walk_away, unvested=unvested, market=market,
    )  # fmt: skip
    data = to_jsonable(result.anchor.to_dict())
    if save and data != record.anchor_data:  # the same anchor again is not a new event
        log_event(ws, record.company, EventInput(EventKind.ANCHOR_SET, on, data=data))
    dropped = () if competing else _rivals_left_out(record.anchor_data)
    return AnchorResult(result.anchor, (*result.notes, *dropped))


def _rivals_left_out(last: Mapping[str, Any] | None) -> tuple[str, ...]:
    """A note when the last logged anchor used competing offers that this one, computed
    without any, leaves out (they are given per computation, not kept)."""
    if not last:
        return ()
    figures = [last.get(k) or {} for k in ("anchor", "target", "walk_away")]
    sources = [str(f.get("source") or "") for f in (*figures, *(last.get("asks") or []))]
    from levelset.negotiation.rival_age import RIVAL

    names = dict.fromkeys(s.removeprefix(RIVAL) for s in sources if s.startswith(RIVAL))
    if not names:
        return ()
    return (
        f"your last logged anchor used your competing offer from {' and '.join(names)}; this "
        "one leaves it out: give the competing offer again (negotiate anchor --competing) to "
        "count it",
    )


def start_negotiation(
    ws: Workspace,
    offer: Offer,
    *,
    company: str | None = None,
    on: dt.date | None = None,
    note: str | None = None,
    verbal: bool = False,
) -> NegotiationRecord:
    """Open the record for `company` (the offer's company when not named) with its offer."""
    from levelset.store.negotiations import start_negotiation as started

    first = Event(
        0, EventKind.INITIAL_OFFER, on or ws.today(), note=note, offer=offer, verbal=verbal
    )
    return started(ws.store, first, company or offer.company, today=ws.today())


def log_event(ws: Workspace, company: str, event: EventInput) -> NegotiationRecord:
    """Add a dated event to the record (checked first; the log only ever grows)."""
    from levelset.store.negotiations import append_event

    logged = Event(
        0,
        event.kind,
        event.on or ws.today(),
        note=event.note,
        offer=event.offer,
        verbal=event.verbal,
        step=event.step,
        corrects=event.corrects,
        data=event.data,
    )
    return append_event(ws.store, company, logged, today=ws.today())


def move_step(ws: Workspace, company: str, step: Step) -> NegotiationRecord:
    """Move the record to a later step of the five."""
    return log_event(ws, company, EventInput(EventKind.STEP, step=step))


ENDED_STEPS = frozenset({Step.SIGNED.value, Step.DECLINED.value})  # a record that takes no step


def five_steps() -> tuple[tuple[str, str], ...]:
    """The five steps in order, each (name, heading as people read it): the one list every
    door shows ("prepare", "Prepare the case")."""
    return tuple((s.value, s.heading) for s in list(Step)[:5])


def load_record(ws: Workspace, company: str) -> NegotiationRecord:
    """One company's record; NotFound with the closest names otherwise."""
    from levelset.store.negotiations import load_record as loaded

    return loaded(ws.store, company)


def list_records(ws: Workspace) -> list[NegotiationRecord]:
    """Every negotiation record, oldest first."""
    from levelset.store.negotiations import list_records as listed

    return listed(ws.store)


def outcome(ws: Workspace, company: str) -> Outcome:
    """What the negotiation changed: the deltas, the levers improved, the days to signature."""
    from levelset.app.offer_records import rates

    return negotiation_outcome(load_record(ws, company), rates(ws))


def summary(record: NegotiationRecord) -> dict[str, Any]:
    """A record with its outcome, as both doors print it."""
    return record.to_dict() | {"outcome": negotiation_outcome(record).to_dict()}


def other_company(company: str, offer: Offer | None) -> str | None:
    """A warning when the offer names another company than the record it opens."""
    from levelset.store.negotiations import company_key

    if offer is None:
        return None
    named, said = company_key(company), company_key(offer.company)
    if named in said or said in named:
        return None
    text = f"the offer file is from {offer.company}, this record is for {company}"
    return f"{text}: check you gave the right file"


def offer_warnings(company: str, offer: Offer | None) -> list[str]:
    """What to check in an offer before it goes in the record: another company named, a base
    that reads like a total or like thousands left off."""
    from levelset.offers.plausible import base_notes

    if offer is None:
        return []
    other = other_company(company, offer)
    return ([other] if other else []) + list(base_notes(offer))


def records_with_drafts(ws: Workspace) -> list[dict[str, Any]]:
    """Every record with its outcome and, per kind, the latest kept draft (`kept` versions)
    or a fresh one (`kept` 0) made from the record; nothing is stored."""
    from levelset.app.drafting import latest_drafts

    found = []
    for record in list_records(ws):
        drafts = [
            made.to_dict() | {"kept": kept.version if kept else 0}
            for made, kept in latest_drafts(ws, record.company)
        ]
        found.append(summary(record) | {"drafts": drafts})
    return found
