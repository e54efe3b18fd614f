"""What an import checks new events against: the stored events, read lean.

An import of a large sheet into a large history needs two things from what is stored: the
identity of every event (to leave out what a sheet imported again repeats, one set look-up
per row) and the applications and outreach (the attempts follow-ups join). Neither needs whole
events, so the store hands them over as tuples and an import never builds the full history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from levelset.tracking.events import Event, EventKind

# kind, date, ref, outcome, stage; kind and outcome by their stored names (the store hands
# them over as they are, and an enum member hashes apart from its name)
Identity = tuple[str, dt.date, str, str | None, str]


class Attempt(NamedTuple):
    """A stored application or outreach, as much of it as a follow-up needs to join it."""

    kind: EventKind
    date: dt.date
    ref: str
    company: str
    role: str


@dataclass(frozen=True)
class StoredEvents:
    """The identities of every stored event and the stored attempts, by date then id."""

    identities: frozenset[Identity]
    attempts: tuple[Attempt, ...]

    @classmethod
    def of(cls, events: Iterable[Event]) -> StoredEvents:
        """From whole events (a caller that holds them already, tests, small stores)."""
        listed = list(events)
        return cls(
            frozenset(identity(e) for e in listed),
            tuple(
                Attempt(e.kind, e.date, e.ref, e.company, e.role)
                for e in listed
                if e.kind.is_attempt
            ),
        )


def identity(event: Event) -> Identity:
    """Event.identity by names: what makes two events the same whatever their id or note."""
    outcome = event.outcome._value_ if event.outcome is not None else None
    return (event.kind._value_, event.date, event.ref, outcome, event.stage)


def as_stored(stored: Sequence[Event] | StoredEvents) -> StoredEvents:
    """Stored events as an import reads them, whichever form the caller has."""
    return stored if isinstance(stored, StoredEvents) else StoredEvents.of(stored)
