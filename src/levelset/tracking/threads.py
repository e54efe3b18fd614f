"""Each application or outreach with everything that followed it: did it get a response?"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from levelset.tracking.events import Event, EventKind, Outcome

REPLY_KINDS = (EventKind.RESPONSE, EventKind.INTERVIEW, EventKind.OFFER, EventKind.REJECTION)


class Measure(StrEnum):
    """What counts as success for an attempt."""

    RESPONDED = "responded"  # any reply: positive, negative, interview, offer or rejection
    POSITIVE = "positive"  # a positive reply, an interview or an offer
    INTERVIEWED = "interviewed"
    OFFERED = "offered"


@dataclass(frozen=True)
class Thread:
    """An attempt (application or outreach) and its follow-up events in date order."""

    attempt: Event
    follow_ups: tuple[Event, ...]

    def reached(self, measure: Measure) -> bool:
        return measure in self._reached

    @cached_property
    def _reached(self) -> frozenset[Measure]:
        """Every measure this thread reached, worked out once (metrics ask many times)."""
        kinds = {e.kind for e in self.follow_ups}
        found = set()
        if EventKind.OFFER in kinds:
            found.add(Measure.OFFERED)
        if kinds & {EventKind.INTERVIEW, EventKind.OFFER}:
            found |= {Measure.INTERVIEWED, Measure.POSITIVE}
        if any(e.outcome is Outcome.POSITIVE for e in self.follow_ups):
            found.add(Measure.POSITIVE)
        if kinds & set(REPLY_KINDS):
            found.add(Measure.RESPONDED)
        return frozenset(found)

    @property
    def first_reply(self) -> dt.date | None:
        replies = [
            e.date for e in self.follow_ups if e.kind in REPLY_KINDS and not e.date_stands_in
        ]
        return min(replies) if replies else None

    @property
    def days_to_first_reply(self) -> int | None:
        first = self.first_reply
        return None if first is None else (first - self.attempt.date).days


def threads(events: Sequence[Event]) -> list[Thread]:
    """Group events by the attempt they follow; attempts in date order."""
    attempts = sorted((e for e in events if e.kind.is_attempt), key=lambda e: (e.date, e.ref))
    by_ref: dict[str, list[Event]] = {a.ref: [] for a in attempts}
    for event in events:
        if not event.kind.is_attempt and event.ref in by_ref:
            by_ref[event.ref].append(event)
    return [Thread(a, tuple(sorted(by_ref[a.ref], key=lambda e: e.date))) for a in attempts]
