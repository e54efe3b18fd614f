"""The table of practice sessions (apart from its queries in `store.practice`, whose reads
run through SQL compiled ahead: `store.prepared`)."""

from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, ForeignKey, Integer, String, Table, Text

from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

practice_table = owned(
    Table(
        "practice_sessions",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("negotiation_id", Integer, ForeignKey("negotiations.id")),
        Column("kind", String(20), nullable=False),  # negotiation, stories, peer
        Column("company", String(200)),
        Column("score", Integer),
        Column("practised_on", Date, nullable=False),
        Column("data", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("session_id", String(64)),  # one row per session id (m0019's unique index)
    )
)
