"""The tables of stored offers and the user's currency rates (apart from their queries in
`store.offers`, whose reads run through SQL compiled ahead without SQLAlchemy:
`store.prepared`). Money is kept as exact decimal strings."""

from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, Integer, String, Table, Text

from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

offers_table = owned(
    Table(
        "offers",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("number", Integer),  # the offer's number within its owner (#1, #2, ...)
        Column("company", String(200), nullable=False),
        Column("currency", String(3), nullable=False),
        Column("base", String(40), nullable=False),
        Column("document", Text, nullable=False),
        Column("source_file", Text),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)

rates_table = owned(
    Table(
        "currency_rates",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("currency", String(3), nullable=False),
        Column("usd_per_unit", String(40), nullable=False),
        Column("as_of", Date, nullable=False),
        Column("source", String(300), nullable=False),
        Column("recorded_at", DateTime(timezone=True), nullable=False),
    )
)
