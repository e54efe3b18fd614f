"""The audit log of a coaching server: who read or changed which client's records, when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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


def coach_read(store: Store, coach_id: int, client_id: int, what: str) -> str | None:
    """A coach's read of one client's pages, in one transaction: the client's name while
    their consent to this coach stands (the read written to the log), else None."""
    from levelset.store.clients import clients_table
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
        return [AuditEntry(**{k: r[k] for k in AuditEntry.__dataclass_fields__}) for r in rows]
