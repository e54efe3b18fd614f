"""Practice sessions: each rehearsal kept with its negotiation record (or on its own for the
story drill and the peer sheet), as the session's JSON with its score and date."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from typing import Any

from levelset.jsonable import to_jsonable
from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import write, writing


@read("practice.all")
def _all() -> Any:
    from sqlalchemy import select

    from levelset.store.practice_tables import practice_table

    return select(practice_table).order_by(practice_table.c.id)


@read("practice.of_kind")
def _of_kind() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.practice_tables import practice_table

    return _all.statement().where(practice_table.c.kind == bindparam("kind"))


@read("practice.session")
def _session() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.practice_tables import practice_table

    return select(practice_table).where(practice_table.c.session_id == bindparam("session_id"))


@dataclass(frozen=True)
class StoredPractice:
    id: int
    kind: str
    company: str | None
    score: int | None
    on: dt.date
    data: dict[str, Any]
    session_id: str | None = None
    already_kept: bool = False  # this session id was kept before: nothing new was stored

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "company": self.company,
            "score": self.score,
            "on": self.on.isoformat(),
            "session_id": self.session_id,
            "already_kept": self.already_kept,
        }


@write("practice.add")
def _add() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.practice_tables import practice_table as t

    columns = (
        "negotiation_id", "kind", "company", "score", "practised_on", "data", "created_at",
        "session_id",
    )  # fmt: skip
    return t.insert().values({c: bindparam(c) for c in columns})


@read("practice.one")
def _one() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.practice_tables import practice_table as t

    return select(t).where(t.c.id == bindparam("id"))


@write("practice.drop")
def _drop() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.practice_tables import practice_table as t

    return t.delete().where(t.c.id == bindparam("id"))


def add_practice(
    store: Store,
    kind: str,
    data: dict[str, Any],
    *,
    on: dt.date,
    score: int | None = None,
    company: str | None = None,
    session_id: str | None = None,
) -> StoredPractice:
    """Keep one session; with `company` it is linked to that negotiation record. A session id
    already kept stores nothing and gives back the row kept first (`already_kept`), also when
    two keeps race: the database's unique index decides."""
    if session_id and (kept := _kept(store, session_id)):
        return kept
    try:
        return _insert(store, kind, data, on=on, score=score, company=company, key=session_id)
    except Exception as error:  # sqlite3's or SQLAlchemy's, whichever wrote
        if type(error).__name__ != "IntegrityError":
            raise
        kept = _kept(store, session_id) if session_id else None
        if kept is None:
            raise
        return kept


def _insert(
    store: Store,
    kind: str,
    data: dict[str, Any],
    *,
    on: dt.date,
    score: int | None,
    company: str | None,
    key: str | None,
) -> StoredPractice:
    from levelset.store.negotiations import _id_of, company_key

    document = json.dumps(to_jsonable(data))
    with writing(store, [_add], [_id_of]) as writer:
        negotiation = None
        if company:
            found = writer.reads.first(_id_of, key=company_key(company))
            negotiation = found["id"] if found else None
        values = {"negotiation_id": negotiation, "kind": kind, "company": company, "score": score}
        new = writer.run(
            _add, practised_on=on, data=document, created_at=store.now(), session_id=key, **values
        )
    return StoredPractice(int(new) if new else 0, kind, company, score, on, data, key)


def _kept(store: Store, session_id: str) -> StoredPractice | None:
    with reading(store, _session) as reads:
        row = reads.first(_session, session_id=session_id)
    return replace(_stored(row), already_kept=True) if row else None


def _stored(row: Any) -> StoredPractice:
    return StoredPractice(
        row["id"], row["kind"], row["company"], row["score"], row["practised_on"],
        json.loads(row["data"]), row["session_id"],
    )  # fmt: skip


def list_practice(store: Store, kind: str | None = None) -> list[StoredPractice]:
    """Every kept session (of `kind`), oldest first."""
    with reading(store, _all, _of_kind) as reads:
        rows = reads.all(_of_kind, kind=kind) if kind else reads.all(_all)
    return [_stored(r) for r in rows]


def remove_practice(store: Store, practice_id: int) -> StoredPractice:
    """Delete one kept session; return it, to put back later (NotFound: no such session)."""
    from levelset.errors import NotFound

    with writing(store, [_drop], [_one]) as writer:
        row = writer.reads.first(_one, id=practice_id)
        if row is None:
            raise NotFound(
                f"no practice session #{practice_id}", hint="see `levelset practice history`"
            )
        writer.run(_drop, id=practice_id)
    return _stored(row)


def put_back_practice(store: Store, kept: dict[str, Any]) -> StoredPractice:
    """Keep a removed session again, its date, score, company and session id as they were."""
    return add_practice(
        store, str(kept["kind"]), dict(kept["data"]), on=dt.date.fromisoformat(kept["on"]),
        score=kept.get("score"), company=kept.get("company"), session_id=kept.get("session_id"),
    )  # fmt: skip
