"""The user's corrections to imported positions, kept apart from what was read.

Re-importing a source replaces what was read from it but keeps its corrections, which name
positions by how they were read (levelset.proof.corrections); forgetting a source forgets them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from levelset.proof.corrections import Correction
from levelset.store.db import Store
from levelset.store.prepared import read, reading


@read("proof.corrections")
def _corrections() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_corrections

    return select(proof_corrections.c.data).order_by(proof_corrections.c.id)


def add_correction(store: Store, correction: Correction) -> None:
    from levelset.store.proof_tables import proof_corrections

    values = {"source": correction.target.source, "data": json.dumps(correction.to_dict())}
    with store.begin() as conn:
        conn.execute(proof_corrections.insert().values(created_at=store.now(), **values))


def load_corrections(store: Store) -> list[Correction]:
    """Every correction, in the order it was made."""
    with reading(store, _corrections) as reads:
        return [Correction.from_dict(json.loads(data)) for (data,) in reads.tuples(_corrections)]


def clear_corrections(store: Store, sources: Sequence[str] = ()) -> int:
    """Forget the corrections of these sources (all when none named); how many went."""
    from sqlalchemy import delete

    from levelset.store.proof_tables import proof_corrections

    query = delete(proof_corrections)
    if sources:
        query = query.where(proof_corrections.c.source.in_(list(sources)))
    with store.begin() as conn:
        return conn.execute(query).rowcount or 0


def undo_correction(store: Store) -> Correction | None:
    """Forget the last correction made, and say which it was."""
    from sqlalchemy import delete, select

    from levelset.store.proof_tables import proof_corrections

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
