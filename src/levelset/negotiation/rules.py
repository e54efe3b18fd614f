"""What may be logged when: the checks an event passes before it joins a record."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from levelset.errors import Conflict, InputError

if TYPE_CHECKING:
    from levelset.negotiation.record import Event, NegotiationRecord

AFTER_CLOSE = {"correction", "note"}
TAKES_OFFER = {"initial_offer", "revised_offer", "correction"}
MAY_LIE_AHEAD = {"deadline", "correction"}
MAY_PRECEDE_OFFER = {"initial_offer", "note", "correction"}
ENDINGS = {"signed", "declined"}
NEEDS_OFFER_FIRST = {"counter_sent", "revised_offer", "in_writing", "signed", "anchor_set"}


def check_event(record: NegotiationRecord, event: Event, today: dt.date) -> None:
    """Raise Conflict when `event` clashes with the record, InputError when it is malformed;
    `today` is the day nothing but a deadline may lie after."""
    kind = event.kind.value
    if record.closed and kind not in AFTER_CLOSE:
        raise Conflict(
            f"the negotiation with {record.company} is {record.step.value}; "
            "only a correction or a note can be added now"
        )
    if kind in ("initial_offer", "revised_offer") and event.offer is None:
        raise InputError(f"{kind}: give the offer file (--offer FILE)")
    if kind == "initial_offer" and record.initial_offer is not None:
        raise Conflict(
            f"{record.company} already has an initial offer; log a revised_offer, "
            "or a correction to fix the first one"
        )
    if kind in NEEDS_OFFER_FIRST and record.initial_offer is None:
        raise Conflict(f"log the initial offer from {record.company} before {kind}")
    _check_fields(event)
    _check_date(record, event, today)
    _check_specific(record, event, today)


def _check_fields(event: Event) -> None:
    kind = event.kind.value
    if event.offer is not None and kind not in TAKES_OFFER:
        raise InputError(
            f"{kind}: --offer goes with initial_offer, revised_offer or a correction; "
            f"log the new offer as revised_offer"
        )
    if event.verbal and kind not in ("initial_offer", "revised_offer"):
        raise InputError(f"{kind}: --verbal goes with initial_offer or revised_offer")
    if kind == "note" and not (event.note or "").strip():
        raise InputError("note: give the text with --note")
    if kind != "correction" and event.corrects is not None:
        raise InputError(f"{kind}: --corrects goes with a correction")
    if kind not in ("correction", "anchor_set") and event.data:
        raise InputError(f"{kind}: --new-date and --void go with a correction")
    if kind == "anchor_set" and not event.data:
        raise InputError("anchor_set: the anchor is saved by `levelset negotiate anchor`")


def _check_date(record: NegotiationRecord, event: Event, today: dt.date) -> None:
    kind = event.kind.value
    if kind not in MAY_LIE_AHEAD:
        _not_in_future(kind, event.on, today)
    offers = record.offer_events()
    if kind not in MAY_PRECEDE_OFFER and offers and event.on < offers[0].on:
        raise InputError(f"{kind}: {event.on} is before the first offer ({offers[0].on})")
    if kind in ENDINGS and offers and event.on < offers[-1].on:
        raise InputError(f"{kind}: {event.on} is before the latest offer ({offers[-1].on})")


def _not_in_future(kind: str, on: dt.date, today: dt.date) -> None:
    # only a deadline is about what lies ahead; everything else has already happened
    if on > today:
        raise InputError(f"{kind}: {on} is in the future (expected the day it happened)")


def _check_specific(record: NegotiationRecord, event: Event, today: dt.date) -> None:
    kind = event.kind.value
    if kind == "step":
        _check_step(record, event)
    elif kind == "in_writing" and not record.verbal_only:
        raise Conflict("no verbal offer is waiting to be confirmed in writing")
    elif kind == "signed" and record.verbal_only:
        raise Conflict(
            "the latest offer is only verbal: log in_writing when it arrives in writing, "
            "then signed"
        )
    elif kind == "correction":
        _check_correction(record, event, today)


def _check_correction(record: NegotiationRecord, event: Event, today: dt.date) -> None:
    target = {e.seq: e for e in record.events}.get(event.corrects or -1)
    if target is None or target.kind.value == "correction":
        raise InputError(f"correction: there is no event #{event.corrects} to correct")
    fixes = event.data or {}
    if fixes.get("void") and target.kind.value == "initial_offer":
        raise Conflict("the initial offer cannot be voided; correct it with --offer or --new-date")
    if event.offer is not None and target.kind.value not in TAKES_OFFER:
        raise InputError(f"correction: event #{target.seq} is a {target.kind.value}, not an offer")
    if not (fixes or event.offer or event.note):
        raise InputError("correction: give what changes (--new-date, --offer, --note or --void)")
    if fixes.get("date") and target.kind.value not in MAY_LIE_AHEAD:
        _not_in_future("correction", dt.date.fromisoformat(str(fixes["date"])), today)


def _check_step(record: NegotiationRecord, event: Event) -> None:
    step = event.step
    if step is None:
        raise InputError("step: name the step to move to")
    if step.value in ("signed", "declined"):
        raise Conflict(f"log the end with `negotiate log {record.company} {step.value}`")
    if step.rank < record.step.rank:
        raise Conflict(
            f"the negotiation is already at '{record.step.value}'; steps only move forward"
        )
