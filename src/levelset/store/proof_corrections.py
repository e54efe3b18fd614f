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
from levelset.store.prepared_writes import write, writing


@read("proof.corrections")
def _corrections() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_corrections

    return select(proof_corrections.c.data).order_by(proof_corrections.c.id)


@write("proof.add_correction")
def _add() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.proof_tables import proof_corrections as t

    return t.insert().values({c: bindparam(c) for c in ("source", "data", "created_at")})


@read("proof.last_correction")
def _last() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_corrections as t

    return select(t.c.id, t.c.data).order_by(t.c.id.desc()).limit(1)


@write("proof.drop_correction")
def _drop() -> Any:
    from sqlalchemy import bindparam, delete

    from levelset.store.proof_tables import proof_corrections as t

    return delete(t).where(t.c.id == bindparam("id"))


@write("proof.drop_corrections_of")
def _drop_of() -> Any:
    from sqlalchemy import bindparam, delete

    from levelset.store.proof_tables import proof_corrections as t

    return delete(t).where(t.c.source == bindparam("source"))


@write("proof.drop_every_correction")
def _drop_every() -> Any:
    from sqlalchemy import delete

    from levelset.store.proof_tables import proof_corrections as t

    return delete(t)


def add_correction(store: Store, correction: Correction) -> None:
    values = {"source": correction.target.source, "data": json.dumps(correction.to_dict())}
    with writing(store, [_add]) as writer:
        writer.run(_add, created_at=store.now(), **values)


def load_corrections(store: Store) -> list[Correction]:
    """Every correction, in the order it was made."""
    with reading(store, _corrections) as reads:
        return [Correction.from_dict(json.loads(data)) for (data,) in reads.tuples(_corrections)]


def clear_corrections(store: Store, sources: Sequence[str] = ()) -> int:
    """Forget the corrections of these sources (all when none named); how many went."""
    with writing(store, [_drop_of, _drop_every]) as writer:
        if not sources:
            return writer.run(_drop_every) or 0
        return sum(writer.run(_drop_of, source=source) or 0 for source in dict.fromkeys(sources))


def undo_correction(store: Store) -> Correction | None:
    """Forget the last correction made, and say which it was."""
    with writing(store, [_drop], [_last]) as writer:
        last = writer.reads.first(_last)
        if last is None:
            return None
        writer.run(_drop, id=last["id"])
        return Correction.from_dict(json.loads(last["data"]))
