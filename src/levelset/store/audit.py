"""The audit log of a coaching server: who read or changed which client's records, when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, select

from levelset.store.db import Store
from levelset.store.ownership import tenant_column, tenanted
from levelset.store.schema import metadata

audit_table = tenanted(
    Table(
        "audit_log",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("at", DateTime(timezone=True), nullable=False),
        Column("actor_id", Integer, nullable=False),  # users.id (kept when the user goes)
        Column("client_id", Integer, nullable=False),  # clients.id whose records
        Column("action", String(20), nullable=False),  # read | change
        Column("what", String(500), nullable=False),  # method and path
        tenant_column(),
        Index("ix_audit_log_org_client", "org_id", "client_id"),
    )
)


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    actor_id: int
    client_id: int
    action: str
    what: str
    actor: str | None = None  # the user's name (None: the account was erased)
    client: str | None = None  # the client's name (None: erased)


def record(store: Store, actor_id: int, client_id: int, action: str, what: str) -> None:
    values = {
        "at": store.now(),
        "actor_id": actor_id,
        "client_id": client_id,
        "action": action,
        "what": what[:500],
    }
    with store.begin() as conn:
        conn.execute(audit_table.insert().values(values))


def record_many(store: Store, actor_id: int, client_ids: list[int], action: str, what: str) -> None:
    """One line per client, in one transaction (an organisation-wide export)."""
    if not client_ids:
        return
    values = [
        {
            "at": store.now(),
            "actor_id": actor_id,
            "client_id": c,
            "action": action,
            "what": what[:500],
        }
        for c in client_ids
    ]
    with store.begin() as conn:
        conn.execute(audit_table.insert(), values)


def coach_read(store: Store, coach_id: int, client_id: int, what: str) -> str | None:
    """A coach's read of one client's pages, in one transaction: the client's name while
    their consent to this coach stands (the read written to the log), else None."""
    from levelset.store.clients_tables import clients_table
    from levelset.store.consent import consents_table

    shared = consents_table.c
    query = (
        select(clients_table.c.name)
        .join(consents_table, shared.client_id == clients_table.c.id)
        .where(shared.coach_id == coach_id, shared.client_id == client_id)
        .where(shared.revoked_at.is_(None))
        .limit(1)
    )
    with store.begin() as conn:
        name = conn.execute(query).scalar_one_or_none()
        if name is not None:
            conn.execute(audit_table.insert().values(_entry(store, coach_id, client_id, what)))
    return None if name is None else str(name)


def _entry(store: Store, actor_id: int, client_id: int, what: str) -> dict[str, object]:
    return {
        "at": store.now(),
        "actor_id": actor_id,
        "client_id": client_id,
        "action": "read",
        "what": what[:500],
    }


def entries(store: Store, client_id: int | None = None, limit: int = 200) -> list[AuditEntry]:
    query = select(audit_table).order_by(audit_table.c.id.desc()).limit(limit)
    if client_id is not None:
        query = query.where(audit_table.c.client_id == client_id)
    with store.begin() as conn:
        rows = conn.execute(query).mappings()
        return [_entry_of(r) for r in rows]


def named_entries(store: Store, client_id: int | None = None, limit: int = 200) -> list[AuditEntry]:
    """`entries` with the user's and the client's names, read in one query."""
    from levelset.store.accounts import users_table
    from levelset.store.clients_tables import clients_table

    log = audit_table.c
    # scalar subqueries, not outer joins: the tenant filter is added to each SELECT's WHERE,
    # which would turn an outer join into an inner one and drop erased accounts' lines
    actor = select(users_table.c.name).where(users_table.c.id == log.actor_id)
    client = select(clients_table.c.name).where(clients_table.c.id == log.client_id)
    query = (
        select(
            audit_table,
            actor.scalar_subquery().label("actor"),
            client.scalar_subquery().label("client"),
        )
        .order_by(log.id.desc())
        .limit(limit)
    )
    if client_id is not None:
        query = query.where(log.client_id == client_id)
    with store.read() as conn:
        rows = conn.execute(query).mappings()
        return [_entry_of(r) for r in rows]


def _entry_of(row: Any) -> AuditEntry:
    """An entry from a row (the names only when the query read them)."""
    return AuditEntry(**{k: row[k] for k in AuditEntry.__dataclass_fields__ if k in row})
