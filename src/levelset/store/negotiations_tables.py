"""The tables of stored negotiations: one row per company, its event log and its drafts
(apart from their queries in `store.negotiations`, whose reads run through SQL compiled
ahead: `store.prepared`)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

negotiations_table = owned(
    Table(
        "negotiations",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("company", String(200), nullable=False),
        Column("company_key", String(200), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Index("uq_negotiations_client_company", "client_id", "company_key", unique=True),
    )
)

events_table = owned(
    Table(
        "negotiation_events",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("negotiation_id", Integer, ForeignKey("negotiations.id"), nullable=False),
        Column("seq", Integer, nullable=False),
        Column("kind", String(30), nullable=False),
        Column("occurred_on", Date, nullable=False),
        Column("note", Text),
        Column("offer_document", Text),
        Column("verbal", Boolean, nullable=False, default=False),
        Column("step", String(20)),
        Column("corrects", Integer),
        Column("data", Text),
        Column("recorded_at", DateTime(timezone=True), nullable=False),
        UniqueConstraint("negotiation_id", "seq", name="uq_negotiation_events_seq"),
    )
)

drafts_table = owned(
    Table(
        "negotiation_drafts",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("negotiation_id", Integer, ForeignKey("negotiations.id"), nullable=False),
        Column("kind", String(20), nullable=False),
        Column("version", Integer, nullable=False),
        Column("subject", Text),
        Column("body", Text, nullable=False),
        Column("origin", String(20), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        UniqueConstraint("negotiation_id", "kind", "version", name="uq_negotiation_drafts_version"),
    )
)
