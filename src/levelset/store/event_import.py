"""The two reads and the one write of a large tracking import.

An import of 100,000 rows into 100,000 stored events reads what it checks against as plain
tuples (the identities of every event, the applications and outreach follow-ups join), not
as whole events, and writes its events in one executemany of one INSERT, each column
converted once per distinct value (dates repeat), in one transaction (all or none). On a
current SQLite home the reads and the INSERT are the SQL compiled ahead (`store.prepared`,
`store.prepared_writes`): no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import writing
from levelset.store.tracking import _add_event
from levelset.tracking.events import Event, EventKind
from levelset.tracking.stored import Attempt, Identity, StoredEvents

_KINDS = {member.value: member for member in EventKind}
_ATTEMPTS = tuple(k.value for k in EventKind if k.is_attempt)

# The stored fields of an event; kind, channel and outcome are stored by their names.
_FIELDS = (
    "kind", "date", "ref", "company", "role", "channel", "resume_version", "variant", "outcome",
    "stage", "negotiation_id", "note",
)  # fmt: skip
_NAMED = frozenset({"kind", "channel", "outcome"})


def _column(events: Sequence[Event], name: str) -> list[Any]:
    """One stored field of every event (attrgetter: no Python call per event)."""
    values = list(map(attrgetter(name), events))
    if name in _NAMED:  # ._value_, not .value: a slow descriptor
        return [None if member is None else member._value_ for member in values]
    return values


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
    values = {name: _column(events, name) for name in _FIELDS}
    fixed = {"source": source, "created_at": store.now()}
    with writing(store, [_add_event]) as writer:
        writer.columns(_add_event, values, fixed)
    return len(events)
