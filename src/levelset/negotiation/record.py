"""A negotiation with one company: five steps and an append-only log of dated events.

Nothing is ever rewritten. A wrong event is fixed by a `correction` event that names it and
carries the replacement (a date, an offer, a note) or voids it; every view reads the log
with corrections applied. Every offer version stays in the log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from levelset.offers.model import Offer


class Step(StrEnum):
    """The five steps, then how it ended."""

    PREPARE = "prepare"
    ANCHOR = "anchor"
    ASK = "ask"
    HOLD = "hold"
    CONFIRM = "confirm"
    SIGNED = "signed"
    DECLINED = "declined"

    @property
    def rank(self) -> int:
        return list(Step).index(self) if self is not Step.DECLINED else 5

    @property
    def meaning(self) -> str:
        return STEP_MEANING[self]

    @property
    def heading(self) -> str:
        """The step's name as people read it: "Prepare the case"."""
        return STEP_TITLE[self]


STEP_MEANING = {
    Step.PREPARE: "gather your market range, competing offers and your strongest results",
    Step.ANCHOR: "fix your anchor, realistic target and walk-away before you talk numbers",
    Step.ASK: "send one clear ask: the number, the reason, and what you will do if it is met",
    Step.HOLD: "let them answer; trade on other levers instead of dropping your number",
    Step.CONFIRM: "get every part of the final package in writing before you sign",
    Step.SIGNED: "you signed; the record now takes only notes and corrections",
    Step.DECLINED: "you declined; the record now takes only notes and corrections",
}


STEP_TITLE = {
    Step.PREPARE: "Prepare the case",
    Step.ANCHOR: "Set the anchor",
    Step.ASK: "Ask clearly",
    Step.HOLD: "Hold the line",
    Step.CONFIRM: "Confirm in writing",
    Step.SIGNED: "Signed",
    Step.DECLINED: "Declined",
}


class EventKind(StrEnum):
    INITIAL_OFFER = "initial_offer"
    COUNTER_SENT = "counter_sent"
    REVISED_OFFER = "revised_offer"
    IN_WRITING = "in_writing"
    DEADLINE = "deadline"
    ANCHOR_SET = "anchor_set"
    STEP = "step"
    NOTE = "note"
    SIGNED = "signed"
    DECLINED = "declined"
    CORRECTION = "correction"


OFFER_KINDS = frozenset({EventKind.INITIAL_OFFER, EventKind.REVISED_OFFER})
IMPLIED_STEP = {
    EventKind.ANCHOR_SET: Step.ANCHOR,
    EventKind.COUNTER_SENT: Step.ASK,
    EventKind.REVISED_OFFER: Step.HOLD,
    EventKind.IN_WRITING: Step.CONFIRM,
    EventKind.SIGNED: Step.SIGNED,
    EventKind.DECLINED: Step.DECLINED,
}


@dataclass(frozen=True)
class Event:
    """One dated fact. `verbal` marks an offer said on a call but not yet in writing."""

    seq: int
    kind: EventKind
    on: dt.date
    note: str | None = None
    offer: Offer | None = None
    verbal: bool = False
    step: Step | None = None
    corrects: int | None = None
    data: Mapping[str, Any] | None = None
    recorded_at: dt.datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        from levelset.offers.fileformat import offer_to_data

        return {
            "seq": self.seq,
            "kind": self.kind.value,
            "date": self.on.isoformat(),
            "note": self.note,
            "offer": offer_to_data(self.offer) if self.offer else None,
            "verbal": self.verbal,
            "step": self.step.value if self.step else None,
            "corrects": self.corrects,
            "data": dict(self.data) if self.data else None,
            "recorded_at": self.recorded_at.isoformat() if self.recorded_at else None,
        }


@dataclass(frozen=True)
class NegotiationRecord:
    """Everything logged about one company's offer, oldest first."""

    company: str
    events: tuple[Event, ...] = ()
    id: int | None = None

    def effective(self) -> tuple[Event, ...]:
        """The log as it should read: corrections applied, voided events gone, by date."""
        current = {e.seq: e for e in self.events if e.kind is not EventKind.CORRECTION}
        for fix in (e for e in self.events if e.kind is EventKind.CORRECTION):
            target = current.get(fix.corrects or -1)
            if target is not None:
                fixed = _apply(target, fix)
                if fixed is None:
                    del current[target.seq]
                else:
                    current[target.seq] = fixed
        return tuple(sorted(current.values(), key=lambda e: (e.on, e.seq)))

    @property
    def step(self) -> Step:
        step = Step.PREPARE
        for event in self.effective():
            implied = event.step if event.kind is EventKind.STEP else IMPLIED_STEP.get(event.kind)
            if implied is not None and (implied.rank > step.rank or implied is Step.DECLINED):
                step = implied
        return step

    @property
    def closed(self) -> bool:
        return self.step in (Step.SIGNED, Step.DECLINED)

    def offer_events(self) -> tuple[Event, ...]:
        """Every offer version, oldest first."""
        return tuple(e for e in self.effective() if e.kind in OFFER_KINDS and e.offer)

    @property
    def initial_offer(self) -> Offer | None:
        offers = self.offer_events()
        return offers[0].offer if offers else None

    @property
    def current_offer(self) -> Offer | None:
        offers = self.offer_events()
        return offers[-1].offer if offers else None

    @property
    def verbal_only(self) -> bool:
        """True when the newest offer was only said, and no `in_writing` event has followed."""
        offers = self.offer_events()
        if not offers or not offers[-1].verbal:
            return False
        written = [e for e in self.effective() if e.kind is EventKind.IN_WRITING]
        return not any((e.on, e.seq) >= (offers[-1].on, offers[-1].seq) for e in written)

    def first(self, kind: EventKind) -> Event | None:
        return next((e for e in self.effective() if e.kind is kind), None)

    def last(self, kind: EventKind) -> Event | None:
        found = [e for e in self.effective() if e.kind is kind]
        return found[-1] if found else None

    @property
    def anchor_data(self) -> Mapping[str, Any] | None:
        event = self.last(EventKind.ANCHOR_SET)
        return event.data if event else None

    def append(self, event: Event, *, today: dt.date) -> NegotiationRecord:
        """This record with `event` added after checking it fits (nothing but a deadline may
        be dated after `today`); raises Conflict or InputError."""
        from levelset.negotiation.event_checks import check_event

        numbered = dataclasses.replace(event, seq=len(self.events) + 1)
        check_event(self, numbered, today)
        return dataclasses.replace(self, events=(*self.events, numbered))

    def to_dict(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "id": self.id,
            "step": self.step.value,
            "step_meaning": self.step.meaning,
            "events": [e.to_dict() for e in self.events],
        }


def _apply(target: Event, fix: Event) -> Event | None:
    data = fix.data or {}
    if data.get("void"):
        return None
    changes: dict[str, Any] = {}
    if data.get("date"):
        changes["on"] = dt.date.fromisoformat(str(data["date"]))
    if fix.offer is not None:
        changes["offer"] = fix.offer
    if fix.note:
        changes["note"] = fix.note
    return dataclasses.replace(target, **changes)


def company_name(text: str) -> str:
    """The company a record is for, spaces tidied; InputError when there is no name."""
    name = " ".join(str(text).split())
    if not name:
        from levelset.errors import InputError

        raise InputError("company: a record needs the company's name (expected e.g. 'Acme')")
    return name


def parse_event_kind(text: str) -> EventKind:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {
        "initial": "initial_offer",
        "counter": "counter_sent",
        "revised": "revised_offer",
        "written": "in_writing",
        "sign": "signed",
        "decline": "declined",
    }
    try:
        return EventKind(aliases.get(key, key))
    except ValueError:
        from rapidfuzz import process

        from levelset.errors import UnknownValue

        kinds = [k.value for k in EventKind]
        near = [m[0] for m in process.extract(key, kinds, limit=3, score_cutoff=60)]
        raise UnknownValue("event", text, near or kinds) from None  # "sgined": signed first


def parse_step(text: str) -> Step:
    try:
        return Step(text.strip().lower())
    except ValueError:
        from levelset.errors import UnknownValue

        raise UnknownValue("step", text, [s.value for s in Step]) from None
