"""The tables of tracked events, experiments and saved narrative scores (apart from their
queries in `store.tracking`, whose reads run through SQL compiled ahead: `store.prepared`)."""

from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, Index, Integer, String, Table, Text

from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

events_table = owned(
    Table(
        "tracking_events",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("kind", String(20), nullable=False),
        Column("date", Date, nullable=False),
        Column("ref", String(400), nullable=False, index=True),
        Column("company", String(200), nullable=False, default=""),
        Column("role", String(200), nullable=False, default=""),
        Column("channel", String(20)),
        Column("resume_version", String(100), nullable=False, default=""),
        Column("variant", String(100), nullable=False, default=""),
        Column("outcome", String(20)),
        Column("stage", String(100), nullable=False, default=""),
        Column("negotiation_id", String(200), nullable=False, default=""),
        Column("note", Text, nullable=False, default=""),
        Column("source", String(400), nullable=False, default=""),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)

experiments_table = owned(
    Table(
        "tracking_experiments",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("name", String(200), nullable=False),
        Column("change", Text, nullable=False),
        Column("start", Date, nullable=False),
        Column("design", String(20), nullable=False),
        Column("field", String(40), nullable=False),
        Column("baseline", String(200), nullable=False, default=""),
        Column("candidate", String(200), nullable=False, default=""),
        Column("metric", String(20), nullable=False),
        Column("window_days", Integer, nullable=False),
        Column("wait_days", Integer, nullable=False),
        Column("status", String(10), nullable=False),
        Column("closed_on", Date),
        Column("verdict", String(20)),
        Column("result", Text),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Index("uq_tracking_experiments_client_name", "client_id", "name", unique=True),
    )
)

scores_table = owned(
    Table(
        "narrative_scores",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("scored_on", Date, nullable=False),
        Column("score", Integer, nullable=False),
        Column("stage", String(20)),
        Column("company", String(200)),
        Column("label", String(400), nullable=False, default=""),
        Column("components", Text, nullable=False, default="{}"),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)
