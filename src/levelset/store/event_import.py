"""The two reads and the one write of a large tracking import.

An import of 100,000 rows into 100,000 stored events reads what it checks against as plain
tuples (the identities of every event, the applications and outreach follow-ups join), not
as whole events, and writes its events in one executemany of an INSERT compiled once, each
column converted once per distinct value (dates repeat), in one transaction (all or none).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Insert, select

from levelset.store.db import Store
from levelset.store.ownership import as_run
from levelset.store.tracking_tables import events_table
from levelset.tracking.events import Channel, Event, EventKind, Outcome
from levelset.tracking.stored import Attempt, Identity, StoredEvents

_KINDS = {member.value: member for member in EventKind}

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


def stored_for_import(store: Store) -> StoredEvents:
    """Every stored event's identity and the stored attempts (by date, then id)."""
    c = events_table.c
    identities = select(c.kind, c.date, c.ref, c.outcome, c.stage)
    attempts = (
        select(c.kind, c.date, c.ref, c.company, c.role)
        .where(c.kind.in_([k.value for k in EventKind if k.is_attempt]))
        .order_by(c.date, c.id)
    )
    with store.read() as conn:
        seen: frozenset[Identity] = frozenset(map(tuple, conn.execute(identities)))
        rows = conn.execute(attempts).all()
    return StoredEvents(seen, tuple(Attempt(_KINDS[k], d, r, co, ro) for k, d, r, co, ro in rows))


def insert_events(store: Store, events: Sequence[Event], source: str) -> int:
    """Insert `events` in one transaction (all or none) as one executemany; return how many.

    No ids come back, so the driver inserts the rows in one batched call.
    """
    if not events:
        return 0
    fixed = {"source": source, "created_at": store.now()}
    with store.begin() as conn:
        insert = as_run(conn, events_table.insert())  # tenant and owner keys, as every insert
        assert isinstance(insert, Insert)
        _insert_many(conn, insert, events, fixed)
    return len(events)


def _insert_many(
    conn: Connection, insert: Insert, events: Sequence[Event], fixed: dict[str, Any]
) -> None:
    """SQLAlchemy's per-row parameter handling costs more than the insert itself for a
    hundred thousand rows, so a positional driver gets the rows column by column, each value
    converted by its column type's own bind processor. Named paramstyles go through
    SQLAlchemy."""
    keys = [*_FIELDS, *fixed]
    compiled = insert.compile(dialect=conn.dialect, column_keys=keys)
    if not compiled.positional or compiled.positiontup is None:
        conn.execute(insert, [{k: f(e) for k, f in _FIELDS.items()} | fixed for e in events])
        return
    carried = compiled.construct_params(dict.fromkeys(keys))  # values the statement sets
    types = {c.key: c.type for c in insert.table.c}
    columns = []
    for name in compiled.positiontup:
        convert = types[name].dialect_impl(conn.dialect).bind_processor(conn.dialect)
        if name in _FIELDS:
            columns.append(_converted([_FIELDS[name](e) for e in events], convert))
        else:
            columns.append([_bound(fixed.get(name, carried.get(name)), convert)] * len(events))
    conn.exec_driver_sql(compiled.string, list(zip(*columns, strict=True)))


def _converted(values: list[Any], convert: Any) -> list[Any]:
    """One column's values, converted once per distinct value (dates repeat)."""
    if convert is None:
        return values
    done: dict[Any, Any] = {}
    return [done[v] if v in done else done.setdefault(v, _bound(v, convert)) for v in values]


def _bound(value: Any, convert: Any) -> Any:
    return value if convert is None or value is None else convert(value)
