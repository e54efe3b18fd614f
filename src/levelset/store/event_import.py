"""The two reads and the one write of a large tracking import.

An import of 100,000 rows into 100,000 stored events reads what it checks against as plain
tuples (the identities of every event, the applications and outreach follow-ups join), not
as whole events, and writes its events in one executemany of one INSERT, each column
converted once per distinct value (dates repeat), in one transaction (all or none). On a
current SQLite home the reads and the INSERT are the SQL compiled ahead (`store.prepared`,
`store.prepared_writes`): no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import writing
from levelset.store.tracking import _add_event
from levelset.tracking.events import Channel, Event, EventKind, Outcome
from levelset.tracking.stored import Attempt, Identity, StoredEvents

_KINDS = {member.value: member for member in EventKind}
_ATTEMPTS = tuple(k.value for k in EventKind if k.is_attempt)

# Each stored field of an event, read from the event.
_FIELDS: dict[str, Callable[[Event], Any]] = {
    "kind": lambda e: e.kind._value_,
    "date": lambda e: e.date,
    "ref": lambda e: e.ref,
    "company": lambda e: e.company,
    "role": lambda e: e.role,
    "channel": lambda e: _value(e.channel),
    "resume_version": lambda e: e.resume_version,
    "variant": lambda e: e.variant,
    "outcome": lambda e: _value(e.outcome),
    "stage": lambda e: e.stage,
    "negotiation_id": lambda e: e.negotiation_id,
    "note": lambda e: e.note,
}


def _value(member: Channel | Outcome | None) -> str | None:
    return member._value_ if member is not None else None  # not .value: a slow descriptor


@read("tracking.identities")
def _identities() -> Any:
    from sqlalchemy import select

    from levelset.store.tracking_tables import events_table

    c = events_table.c
    return select(c.kind, c.date, c.ref, c.outcome, c.stage)


@read("tracking.attempts")
def _attempts() -> Any:
    from sqlalchemy import or_, select

    from levelset.store.tracking_tables import events_table

    c = events_table.c
    attempt = or_(*(c.kind == kind for kind in _ATTEMPTS))  # constants, not an expanding IN
    return select(c.kind, c.date, c.ref, c.company, c.role).where(attempt).order_by(c.date, c.id)


def stored_for_import(store: Store) -> StoredEvents:
    """Every stored event's identity and the stored attempts (by date, then id)."""
    with reading(store, _identities, _attempts) as rows:
        seen: frozenset[Identity] = frozenset(rows.tuples(_identities))
        found = rows.tuples(_attempts)
    return StoredEvents(seen, tuple(Attempt(_KINDS[k], d, r, co, ro) for k, d, r, co, ro in found))


def insert_events(store: Store, events: Sequence[Event], source: str) -> int:
    """Insert `events` in one transaction (all or none) as one executemany; return how many.

    No ids come back, so the driver inserts the rows in one batched call, given column by
    column (`Writer.columns`).
    """
    if not events:
        return 0
    values = {name: [field(e) for e in events] for name, field in _FIELDS.items()}
    fixed = {"source": source, "created_at": store.now()}
    with writing(store, [_add_event]) as writer:
        writer.columns(_add_event, values, fixed)
    return len(events)
