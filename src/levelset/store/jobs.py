"""The coaching server's background work: a job table in the database itself.

A job belongs to one organisation (`tenanted`, under row-level security like every tenant
table), so a worker claims jobs one organisation at a time, with the tenant passed
explicitly; on PostgreSQL `FOR UPDATE SKIP LOCKED` lets several workers claim side by side
without taking the same job twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text, select, update

from levelset.store.db import Store
from levelset.store.ownership import tenant_column, tenanted
from levelset.store.schema import metadata

jobs_table = tenanted(
    Table(
        "jobs",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("kind", String(100), nullable=False),
        Column("payload", Text, nullable=False),  # JSON
        Column("state", String(20), nullable=False),  # queued | running | done | failed
        Column("attempts", Integer, nullable=False, default=0),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("finished_at", DateTime(timezone=True)),
        Column("result", Text),  # JSON on success, the error's message on failure
        tenant_column(),
        Index("ix_jobs_org_state", "org_id", "state"),
    )
)


@dataclass(frozen=True)
class Job:
    id: int
    kind: str
    payload: dict[str, Any]
    state: str
    attempts: int
    result: str | None


def _job(row: Any) -> Job:
    return Job(
        row["id"],
        row["kind"],
        json.loads(row["payload"]),
        row["state"],
        row["attempts"],
        row["result"],
    )


def enqueue(store: Store, kind: str, payload: dict[str, Any]) -> int:
    values = {
        "kind": kind,
        "payload": json.dumps(payload),
        "state": "queued",
        "attempts": 0,
        "created_at": store.now(),
    }
    with store.begin() as conn:
        key: Any = conn.execute(jobs_table.insert().values(values)).inserted_primary_key
        return int(key[0])


def claim(store: Store) -> Job | None:
    """The oldest queued job of the store's organisation, marked running (None: none)."""
    table = jobs_table.c
    query = select(jobs_table).where(table.state == "queued").order_by(table.id).limit(1)
    if store.dialect == "postgresql":
        query = query.with_for_update(skip_locked=True)
    with store.begin() as conn:
        row = conn.execute(query).mappings().first()
        if row is None:
            return None
        change = {"state": "running", "attempts": row["attempts"] + 1}
        conn.execute(update(jobs_table).where(table.id == row["id"]).values(change))
    return _job({**row, **change})


def finish(store: Store, job_id: int, state: str, result: str) -> None:
    change = {"state": state, "result": result, "finished_at": store.now()}
    with store.begin() as conn:
        conn.execute(update(jobs_table).where(jobs_table.c.id == job_id).values(change))


def find(store: Store, job_id: int) -> Job | None:
    with store.begin() as conn:
        row = conn.execute(select(jobs_table).where(jobs_table.c.id == job_id)).mappings().first()
    return None if row is None else _job(row)


def organisations_with_work(store: Store, organisations: list[int]) -> list[int]:
    """Which of these organisations have queued jobs (asked one tenant at a time)."""
    found = []
    for org in organisations:
        with store.for_tenant(org).begin() as conn:
            query = select(jobs_table.c.id).where(jobs_table.c.state == "queued").limit(1)
            if conn.execute(query).first() is not None:
                found.append(org)
    return found
