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
    from sqlalchemy.exc import IntegrityError

    if session_id and (kept := _kept(store, session_id)):
        return kept
    try:
        return _insert(store, kind, data, on=on, score=score, company=company, key=session_id)
    except IntegrityError:
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
    from sqlalchemy import select

    from levelset.store.negotiations import company_key
    from levelset.store.negotiations_tables import negotiations_table
    from levelset.store.practice_tables import practice_table

    document = json.dumps(to_jsonable(data))
    with store.begin() as conn:
        negotiation = None
        if company:
            found = select(negotiations_table.c.id).where(
                negotiations_table.c.company_key == company_key(company)
            )
            negotiation = conn.execute(found).scalar()
        values = {"negotiation_id": negotiation, "kind": kind, "company": company, "score": score}
        new = conn.execute(
            practice_table.insert().values(
                practised_on=on, data=document, created_at=store.now(), session_id=key, **values
            )
        ).inserted_primary_key
    return StoredPractice(int(new[0]) if new else 0, kind, company, score, on, data, key)


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
    from sqlalchemy import select

    from levelset.errors import NotFound
    from levelset.store.practice_tables import practice_table

    same = practice_table.c.id == practice_id
    with store.begin() as conn:
        row = conn.execute(select(practice_table).where(same)).first()
        if row is None:
            raise NotFound(
                f"no practice session #{practice_id}", hint="see `levelset practice history`"
            )
        conn.execute(practice_table.delete().where(same))
    return _stored(row._mapping)


def put_back_practice(store: Store, kept: dict[str, Any]) -> StoredPractice:
    """Keep a removed session again, its date, score, company and session id as they were."""
    return add_practice(
        store, str(kept["kind"]), dict(kept["data"]), on=dt.date.fromisoformat(kept["on"]),
        score=kept.get("score"), company=kept.get("company"), session_id=kept.get("session_id"),
    )  # fmt: skip
