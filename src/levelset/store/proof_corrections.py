"""The user's corrections to imported positions, kept apart from what was read.

Re-importing a source replaces what was read from it but keeps its corrections, which name
positions by how they were read (levelset.proof.corrections); forgetting a source forgets them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Column, DateTime, Integer, String, Table, Text, delete, select

from levelset.proof.corrections import Correction
from levelset.store.db import Store
from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

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


def add_correction(store: Store, correction: Correction) -> None:
    values = {"source": correction.target.source, "data": json.dumps(correction.to_dict())}
    with store.begin() as conn:
        conn.execute(proof_corrections.insert().values(created_at=store.now(), **values))


def load_corrections(store: Store) -> list[Correction]:
    """Every correction, in the order it was made."""
    with store.begin() as conn:
        rows = conn.execute(select(proof_corrections.c.data).order_by(proof_corrections.c.id))
        return [Correction.from_dict(json.loads(data)) for data in rows.scalars()]


def clear_corrections(store: Store, sources: Sequence[str] = ()) -> int:
    """Forget the corrections of these sources (all when none named); how many went."""
    query = delete(proof_corrections)
    if sources:
        query = query.where(proof_corrections.c.source.in_(list(sources)))
    with store.begin() as conn:
        return conn.execute(query).rowcount or 0


def undo_correction(store: Store) -> Correction | None:
    """Forget the last correction made, and say which it was."""
    with store.begin() as conn:
        last = conn.execute(
            select(proof_corrections.c.id, proof_corrections.c.data)
            .order_by(proof_corrections.c.id.desc())
            .limit(1)
        ).first()
        if last is None:
            return None
        conn.execute(delete(proof_corrections).where(proof_corrections.c.id == last.id))
        return Correction.from_dict(json.loads(last.data))
