"""The tables of the user's own market evidence, saved postings and collected comps (apart
from their queries in `store.market_evidence`, whose reads run through SQL compiled ahead:
`store.prepared`)."""

from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, Integer, String, Table, Text

from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

postings_table = owned(
    Table(
        "market_postings",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("company", String(200)),
        Column("title", String(300)),
        Column("level", String(100)),
        Column("location", String(300)),
        Column("pay_min", String(40)),
        Column("pay_max", String(40)),
        Column("currency", String(3)),
        Column("period", String(10)),
        Column("pay_text", Text),
        Column("format", String(10), nullable=False),
        Column("source", String(500)),
        Column("seen_on", Date, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)

comps_table = owned(
    Table(
        "market_comps",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("company", String(200)),
        Column("title", String(300), nullable=False),
        Column("level", String(100)),
        Column("location", String(300)),
        Column("base", String(40), nullable=False),
        Column("bonus", String(40)),
        Column("equity", String(40)),
        Column("currency", String(3), nullable=False),
        Column("seen_on", Date, nullable=False),
        Column("source", String(300), nullable=False),
        Column("note", Text),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)
