"""The tables of imported proof (a row per source file, a row per position or story) and of
the user's corrections to it (apart from their queries in `store.proof` and
`store.proof_corrections`, whose reads run through SQL compiled ahead: `store.prepared`), and
the last analysis of that proof kept for the commands that show it (`store.proof_analysis`)."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String, Table, Text

from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

proof_sources = owned(
    Table(
        "proof_sources",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("name", String(300), nullable=False),
        Column("channel", String(20), nullable=False),
        Column("digest", String(64), nullable=False),
        Column("document", Text, nullable=False),  # headline, summary, skills, name as JSON
        Column("imported_at", DateTime(timezone=True), nullable=False),
        Index("uq_proof_sources_client_name", "client_id", "name", unique=True),
    )
)

proof_items = owned(
    Table(
        "proof_items",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "source_id",
            Integer,
            ForeignKey("proof_sources.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        Column("kind", String(20), nullable=False),  # "position", "story" or "bullet"
        Column("ordinal", Integer, nullable=False),
        Column("data", Text, nullable=False),
    )
)


proof_corrections = owned(
    Table(
        "proof_corrections",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("source", String(300), nullable=False, index=True),
        Column("data", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)


proof_analysis = owned(
    Table(
        "proof_analysis",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("inputs", String(64), nullable=False),  # digest of what the analysis read
        Column("data", Text, nullable=False),  # the analysis, as JSON
        Column("made_at", DateTime(timezone=True), nullable=False),
    )
)
