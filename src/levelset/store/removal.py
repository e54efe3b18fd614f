"""Removing whole records: a negotiation (the one place that deletes from the negotiation
tables) and an experiment, with what puts an experiment back.

A record's events and drafts are never changed or deleted one by one (store/negotiations.py
only ever appends); removing the whole record, at the user's request and with an undo file
written first (app/drafting.delete_record), is the exception and lives here, apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from levelset.errors import Conflict, NotFound
from levelset.store.db import Store
from levelset.store.negotiations import _require_id
from levelset.store.negotiations_tables import drafts_table, events_table, negotiations_table
from levelset.store.practice_tables import practice_table
from levelset.store.prepared import on_connection


def delete_record(store: Store, company: str) -> None:
    """Remove a negotiation record with its events and drafts, all or nothing."""
    with store.begin() as conn:
        record_id = _require_id(on_connection(conn), company)
        linked = practice_table.c.negotiation_id == record_id  # rehearsals stay, as history
        conn.execute(practice_table.update().where(linked).values(negotiation_id=None))
        for table in (drafts_table, events_table):
            conn.execute(table.delete().where(table.c.negotiation_id == record_id))
        conn.execute(negotiations_table.delete().where(negotiations_table.c.id == record_id))


def remove_experiment(store: Store, name: str) -> dict[str, Any]:
    """Delete one experiment; return its row (without id and owner) to put it back later."""
    from levelset.store.tracking_tables import experiments_table

    with store.begin() as conn:
        same = experiments_table.c.name == name
        row = conn.execute(select(experiments_table).where(same)).mappings().first()
        if row is None:
            raise NotFound(f"no experiment named {name!r}")
        conn.execute(experiments_table.delete().where(same))
    kept = {k: v for k, v in row.items() if k not in ("id", "client_id", "created_at")}
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in kept.items()}


def put_back_experiment(store: Store, row: dict[str, Any]) -> str:
    """Store a removed experiment again as it was (Conflict when its name is taken now)."""
    from levelset.store.tracking_tables import experiments_table

    dates = {
        k: dt.date.fromisoformat(row[k]) if row.get(k) else None for k in ("start", "closed_on")
    }
    with store.begin() as conn:
        taken = conn.execute(
            select(experiments_table.c.id).where(experiments_table.c.name == row["name"])
        ).first()
        if taken:
            raise Conflict(f"an experiment named {row['name']!r} exists again")
        conn.execute(experiments_table.insert().values(**{**row, **dates}, created_at=store.now()))
    return str(row["name"])
