"""The tables of stored plans, their ticks and weekly reviews (apart from their queries in
`store.plan`, whose reads run through SQL compiled ahead: `store.prepared`)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

plan_table = owned(
    Table(
        "plan",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("start", Date, nullable=False),
        Column("focus", String(20), nullable=False),
        Column("data", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)

plan_tick_table = owned(
    Table(
        "plan_tick",
        metadata,
        owner_column(),
        Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"), nullable=False),
        Column("item_id", String(20), nullable=False),
        Column("ticked_at", DateTime(timezone=True), nullable=False),
        PrimaryKeyConstraint("plan_id", "item_id"),
    )
)

plan_review_table = owned(
    Table(
        "plan_review",
        metadata,
        owner_column(),
        Column("plan_id", Integer, ForeignKey("plan.id", ondelete="CASCADE"), nullable=False),
        Column("week", Integer, nullable=False),
        Column("changed", Text, nullable=False, default=""),
        Column("next_test", Text, nullable=False, default=""),
        Column("answered_at", DateTime(timezone=True), nullable=False),
        PrimaryKeyConstraint("plan_id", "week"),
    )
)
