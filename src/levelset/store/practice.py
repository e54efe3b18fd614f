"""Practice sessions: each rehearsal kept with its negotiation record (or on its own for the
story drill and the peer sheet), as the session's JSON with its score and date."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Date, DateTime, ForeignKey, Integer, String, Table, Text, select

from levelset.jsonable import to_jsonable
from levelset.store.db import Store
from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

practice_table = owned(
    Table(
        "practice_sessions",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True),
        Column("negotiation_id", Integer, ForeignKey("negotiations.id")),
        Column("kind", String(20), nullable=False),  # negotiation, stories, peer
        Column("company", String(200)),
        Column("score", Integer),
        Column("practised_on", Date, nullable=False),
        Column("data", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)


@dataclass(frozen=True)
class StoredPractice:
    id: int
    kind: str
    company: str | None
    score: int | None
    on: dt.date
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "company": self.company,
            "score": self.score,
            "on": self.on.isoformat(),
        }


def add_practice(
    store: Store,
    kind: str,
    data: dict[str, Any],
    *,
    on: dt.date,
    score: int | None = None,
    company: str | None = None,
) -> StoredPractice:
    """Keep one session; with `company` it is linked to that negotiation record."""
    from levelset.store.negotiations import company_key, negotiations_table

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
                practised_on=on, data=document, created_at=store.now(), **values
            )
        ).inserted_primary_key
    return StoredPractice(int(new[0]) if new else 0, kind, company, score, on, data)


def list_practice(store: Store, kind: str | None = None) -> list[StoredPractice]:
    """Every kept session (of `kind`), oldest first."""
    query = select(practice_table).order_by(practice_table.c.id)
    if kind:
        query = query.where(practice_table.c.kind == kind)
    with store.read() as conn:
        rows = conn.execute(query).all()
    return [
        StoredPractice(r.id, r.kind, r.company, r.score, r.practised_on, json.loads(r.data))
        for r in rows
    ]
