"""The profile's table (apart from its queries in `store.profile`, which read it through
SQL compiled ahead without importing SQLAlchemy: `store.prepared`)."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text

from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

profile_table = owned(
    Table(
        "profile",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("name", String(200)),
        Column("target_title", String(200)),
        Column("target_band", String(40)),
        Column("locations", Text, nullable=False, default="[]"),
        Column("track", String(20), nullable=False, default="ic"),
        Column("positioning", Text),
        Column("current_base", Integer),
        Column("currency", String(3), nullable=False, default="USD"),
        Column("updated_at", DateTime(timezone=True), nullable=False),
        Index("uq_profile_client", "client_id", unique=True),
    )
)
