"""What may be logged when: the checks an event passes before it joins a negotiation record.

Refusals reach every door (the CLI, the web's forms, the assistant), so they speak in words:
an event kind as people say it ("counter you sent"), no command, flag or form field. Each names
the inputs its fix lies in (`fields`, by the names below); each door says those its own way,
the CLI as its flags, the web as its form's fields.

Fields: kind, date, offer, verbal, note, corrects, new_date, void, step, anchor.
"""

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
KIND_WORDS = {
    "counter_sent": "counter you sent",
    "in_writing": "offer in writing",
    "anchor_set": "anchor you set",
    "step": "step change",
}


def kind_words(kind: str) -> str:
    """An event kind in a message, in words: "revised offer", "counter you sent"."""
    return KIND_WORDS.get(kind, kind.replace("_", " "))


def check_event(record: NegotiationRecord, event: Event, today: dt.date) -> None:
    """Raise Conflict when `event` clashes with the record, InputError when it is malformed;
    `today` is the day nothing but a deadline may lie after."""
    kind, words = event.kind.value, kind_words(event.kind.value)
    if record.closed and kind not in AFTER_CLOSE:
        raise Conflict(
            f"the negotiation with {record.company} is {record.step.value}; "
            "only a correction or a note can be added now",
            fields=("kind",),
        )
    if kind in ("initial_offer", "revised_offer") and event.offer is None:
        raise InputError(f"{words}: give the offer itself", fields=("offer",))
    if kind == "initial_offer" and record.initial_offer is not None:
        raise Conflict(
            f"{record.company} already has an initial offer; log a revised offer, "
            "or a correction to fix the first one",
            fields=("kind",),
        )
    if kind in NEEDS_OFFER_FIRST and record.initial_offer is None:
        raise Conflict(f"log the initial offer from {record.company} before the {words}")
    _check_fields(event)
    _check_date(record, event, today)
    _check_specific(record, event, today)


def _check_fields(event: Event) -> None:
    kind, words = event.kind.value, kind_words(event.kind.value)
    if event.offer is not None and kind not in TAKES_OFFER:
        raise InputError(
            f"{words}: only an initial offer, a revised offer or a correction brings an offer; "
            "log the new offer as a revised offer",
            fields=("offer", "kind"),
        )
    if event.verbal and kind not in ("initial_offer", "revised_offer"):
        raise InputError(
            f"{words}: only an initial or a revised offer can be verbal", fields=("verbal",)
        )
    if kind == "note" and not (event.note or "").strip():
        raise InputError("note: give the note's text", fields=("note",))
    if kind != "correction" and event.corrects is not None:
        raise InputError(
            f"{words}: only a correction names an event to correct", fields=("corrects",)
        )
    if kind not in ("correction", "anchor_set") and event.data:
        raise InputError(
            f"{words}: only a correction moves an event's date or voids it",
            fields=("new_date", "void"),
        )
    if kind == "anchor_set" and not event.data:
        raise InputError(
            "anchor: an anchor is computed from the market and your offers, then saved; "
            "it is not logged by hand",
            fields=("anchor",),
        )


def _check_date(record: NegotiationRecord, event: Event, today: dt.date) -> None:
    kind, words = event.kind.value, kind_words(event.kind.value)
    if kind not in MAY_LIE_AHEAD:
        _not_in_future(words, event.on, today, "date")
    offers = record.offer_events()
    if kind not in MAY_PRECEDE_OFFER and offers and event.on < offers[0].on:
        raise InputError(
            f"{words}: {event.on} is before the first offer ({offers[0].on})", fields=("date",)
        )
    if kind in ENDINGS and offers and event.on < offers[-1].on:
        raise InputError(
            f"{words}: {event.on} is before the latest offer ({offers[-1].on})", fields=("date",)
        )


def _not_in_future(words: str, on: dt.date, today: dt.date, field: str) -> None:
    # only a deadline is about what lies ahead; everything else has already happened
    if on > today:
        raise InputError(
            f"{words}: {on} is in the future (expected the day it happened)", fields=(field,)
        )


def _check_specific(record: NegotiationRecord, event: Event, today: dt.date) -> None:
    kind = event.kind.value
    if kind == "step":
        _check_step(record, event)
    elif kind == "in_writing" and not record.verbal_only:
        raise Conflict("no verbal offer is waiting to be confirmed in writing", fields=("kind",))
    elif kind == "signed" and record.verbal_only:
        raise Conflict(
            "the latest offer is only verbal: when it arrives in writing, log the offer in "
            "writing, then that you signed",
            fields=("kind",),
        )
    elif kind == "correction":
        _check_correction(record, event, today)


def _check_correction(record: NegotiationRecord, event: Event, today: dt.date) -> None:
    target = {e.seq: e for e in record.events}.get(event.corrects or -1)
    if target is None or target.kind.value == "correction":
        raise InputError(
            f"correction: there is no event #{event.corrects} to correct", fields=("corrects",)
        )
    fixes = event.data or {}
    if fixes.get("void") and target.kind.value == "initial_offer":
        raise Conflict(
            "the initial offer cannot be voided; correct its offer or its date instead",
            fields=("offer", "new_date"),
        )
    if event.offer is not None and target.kind.value not in TAKES_OFFER:
        raise InputError(
            f"correction: event #{target.seq} is the {kind_words(target.kind.value)}, not an offer",
            fields=("corrects",),
        )
    if not (fixes or event.offer or event.note):
        raise InputError(
            "correction: say what changes (the date, the offer, the note, or that it is void)",
            fields=("new_date", "offer", "note", "void"),
        )
    if fixes.get("date") and target.kind.value not in MAY_LIE_AHEAD:
        _not_in_future("correction", dt.date.fromisoformat(str(fixes["date"])), today, "new_date")


def _check_step(record: NegotiationRecord, event: Event) -> None:
    step = event.step
    if step is None:
        raise InputError("step: name the step to move to", fields=("step",))
    if step.value in ENDINGS:
        raise Conflict(
            f"a negotiation ends when you log that you {step.value}, not by moving a step",
            fields=("kind",),
        )
    if step.rank < record.step.rank:
        raise Conflict(
            f"the negotiation is already at '{record.step.value}'; steps only move forward"
        )
