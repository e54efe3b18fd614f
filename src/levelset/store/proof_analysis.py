"""The last analysis of the owner's proof, kept with a digest of everything it read (issue 15).

Reading every bullet again (the proof report, the level estimate) is most of a cold
`playbook`'s own work and loads most of its modules. The analysis depends only on the imported
documents, the user's corrections to them, the profile, the day and the code that reads them;
`inputs_digest` hashes all of these, and the analysis kept under that digest is read back
while it still matches. Any change to one of them gives a new digest and the analysis is made
again: an import or a removal changes the sources' digests, a correction made or undone the
corrections' rows. The store holds the analysis as opaque JSON (its shape is the app's). One
row per owner; it goes with the owner's other records when they are erased or exported.
`last_analysis` reads it whatever its digest: what the app kept in it that does not depend on
everything the digest covers (each bullet's reading, under its own key) outlives a change.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from levelset.digests import sha256_hex
from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import write, writing


@read("proof_analysis.sources")
def _sources() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_sources as t

    return select(t.c.name, t.c.digest).order_by(t.c.id)


@read("proof_analysis.corrections")
def _corrections() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_corrections as t

    return select(t.c.data).order_by(t.c.id)


@read("proof_analysis.kept")
def _kept() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.proof_tables import proof_analysis as t

    return select(t.c.data).where(t.c.inputs == bindparam("inputs")).order_by(t.c.id).limit(1)


@read("proof_analysis.last")
def _last() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_analysis as t

    return select(t.c.inputs, t.c.data).order_by(t.c.id.desc()).limit(1)


@write("proof_analysis.forget")
def _forget() -> Any:
    from sqlalchemy import delete

    from levelset.store.proof_tables import proof_analysis as t

    return delete(t)


@write("proof_analysis.keep")
def _keep() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.proof_tables import proof_analysis as t

    return t.insert().values({c: bindparam(c) for c in ("inputs", "data", "made_at")})


def inputs_digest(store: Store, others: Sequence[str]) -> str | None:
    """A digest of the stored documents (each one's own digest, by name), the corrections and
    `others` (what else the analysis reads: the profile, the day, the code); None when no
    document is stored."""
    with reading(store, _sources, _corrections) as reads:
        sources = reads.tuples(_sources)
        corrections = [data for (data,) in reads.tuples(_corrections)]
    if not sources:
        return None
    held = [[list(s) for s in sources], corrections, list(others)]
    return sha256_hex(json.dumps(held).encode())


def kept_analysis(store: Store, inputs: str) -> Any:
    """The analysis kept under this digest (as it was given to `keep_analysis`), or None."""
    with reading(store, _kept) as reads:
        found = reads.first(_kept, inputs=inputs)
    return None if found is None else json.loads(found["data"])


def last_analysis(store: Store) -> tuple[str, Any] | None:
    """The digest and the analysis kept last, whatever it was made of, or None: what a
    command whose inputs changed may still use of it (the app's per-bullet readings)."""
    with reading(store, _last) as reads:
        found = reads.first(_last)
    return None if found is None else (found["inputs"], json.loads(found["data"]))


def keep_analysis(store: Store, inputs: str, analysis: Any) -> None:
    """Keep `analysis` (JSON-able) under this digest, in place of the one kept before."""
    with writing(store, [_forget, _keep]) as writer:
        writer.run(_forget)
        writer.run(_keep, inputs=inputs, data=json.dumps(analysis), made_at=store.now())
