"""The coach's client list and private coach notes, as tables (apart from their queries in
`store.clients`, whose reads run through SQL compiled ahead: `store.prepared`)."""

from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, Index, Integer, String, Table, Text

from levelset.store.ownership import owned, owner_column, tenant_column, tenanted
from levelset.store.schema import metadata

clients_table = tenanted(
    Table(
        "clients",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("name", String(200), nullable=False),
        Column("name_key", String(200), nullable=False),
        Column("email", String(300)),
        Column("note", Text),
        Column("cohort", String(200)),
        Column("next_checkin", Date),
        Column("archived_on", Date),
        Column("created_at", DateTime(timezone=True), nullable=False),
        tenant_column(),
        Index("uq_clients_org_name", "org_id", "name_key", unique=True),
    )
)

notes_table = owned(
    Table(
        "coach_notes",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("written_on", Date, nullable=False),
        Column("text", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)
