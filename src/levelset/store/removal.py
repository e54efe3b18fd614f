"""Removing whole records: a negotiation (the one place that deletes from the negotiation
tables) and an experiment, with what puts an experiment back.

A record's events and drafts are never changed or deleted one by one (store/negotiations.py
only ever appends); removing the whole record, at the user's request and with an undo file
written first (app/drafting.delete_record), is the exception and lives here, apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from levelset.errors import Conflict, NotFound
from levelset.store.db import Store
from levelset.store.negotiations import _companies, _id_of, _require_id
from levelset.store.prepared import read
from levelset.store.prepared_writes import write, writing
from levelset.store.tracking import _EXPERIMENT, _experiment_named


@write("removal.unlink_practice")
def _unlink_practice() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.practice_tables import practice_table as t

    linked = t.c.negotiation_id == bindparam("record")  # rehearsals stay, as history
    return t.update().where(linked).values(negotiation_id=None)


@write("removal.drop_drafts")
def _drop_drafts() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.negotiations_tables import drafts_table as t

    return t.delete().where(t.c.negotiation_id == bindparam("id"))


@write("removal.drop_events")
def _drop_events() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.negotiations_tables import events_table as t

    return t.delete().where(t.c.negotiation_id == bindparam("id"))


@write("removal.drop_negotiation")
def _drop_negotiation() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.negotiations_tables import negotiations_table as t

    return t.delete().where(t.c.id == bindparam("id"))


_RECORD = (_unlink_practice, _drop_drafts, _drop_events, _drop_negotiation)


def delete_record(store: Store, company: str) -> None:
    """Remove a negotiation record with its events and drafts, all or nothing."""
    with writing(store, _RECORD, [_id_of, _companies]) as writer:
        record_id = _require_id(writer.reads, company)
        writer.run(_unlink_practice, record=record_id)
        for each in (_drop_drafts, _drop_events, _drop_negotiation):
            writer.run(each, id=record_id)


@read("removal.experiment")
def _experiment() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.tracking_tables import experiments_table as t

    return select(t).where(t.c.name == bindparam("name"))


@write("removal.drop_experiment")
def _drop_experiment() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.tracking_tables import experiments_table as t

    return t.delete().where(t.c.name == bindparam("name"))


def remove_experiment(store: Store, name: str) -> dict[str, Any]:
    """Delete one experiment; return its row (without id and owner) to put it back later."""
    with writing(store, [_drop_experiment], [_experiment]) as writer:
        row = writer.reads.first(_experiment, name=name)
        if row is None:
            raise NotFound(f"no experiment named {name!r}")
        writer.run(_drop_experiment, name=name)
    kept = {k: v for k, v in row.items() if k not in ("id", "client_id", "created_at")}
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in kept.items()}


@write("removal.put_back_experiment")
def _put_back() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.tracking_tables import experiments_table as t

    return t.insert().values({c: bindparam(c) for c in _PUT_BACK})


_PUT_BACK = (*_EXPERIMENT, "result", "created_at")  # the tenant's key: the store's own


def put_back_experiment(store: Store, row: dict[str, Any]) -> str:
    """Store a removed experiment again as it was (Conflict when its name is taken now)."""
    dates = {
        k: dt.date.fromisoformat(row[k]) if row.get(k) else None for k in ("start", "closed_on")
    }
    values = {**row, **dates, "created_at": store.now()}
    with writing(store, [_put_back], [_experiment_named]) as writer:
        if writer.reads.first(_experiment_named, name=row["name"]):
            raise Conflict(f"an experiment named {row['name']!r} exists again")
        writer.run(_put_back, **{c: values.get(c) for c in _PUT_BACK})
    return str(row["name"])
