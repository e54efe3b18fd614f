"""A coach's clients (who they are, their cohort, archived or not) and private coach notes.

The `clients` table is the coach's own list and belongs to no owner; each client's records
carry its id as their owner key (`store.ownership`). Coach notes are records of the client
they are about, so erasing a client erases them too.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from typing import Any

from levelset.errors import Conflict, NotFound
from levelset.store.db import Store
from levelset.store.owners import ALL_OWNERS
from levelset.store.prepared import Read, read, reading
from levelset.store.prepared_writes import Write, write, writing


@read("clients.all")
def _all() -> Any:
    from sqlalchemy import select

    from levelset.store.clients_tables import clients_table

    return select(clients_table).order_by(clients_table.c.name_key)


@read("clients.every")
def _every() -> Any:
    from sqlalchemy import select

    from levelset.store.clients_tables import clients_table

    return select(clients_table)


@read("clients.current")
def _current() -> Any:
    from levelset.store.clients_tables import clients_table

    return _all.statement().where(clients_table.c.archived_on.is_(None))


@read("clients.notes")
def _notes() -> Any:
    from sqlalchemy import select

    from levelset.store.clients_tables import notes_table

    return select(notes_table).order_by(notes_table.c.written_on, notes_table.c.id)


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    email: str | None
    note: str | None
    cohort: str | None
    next_checkin: dt.date | None
    archived_on: dt.date | None
    created_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class NoteRow:
    id: int
    written_on: dt.date
    text: str


def name_key(name: str) -> str:
    """How client names are compared: spaces folded, case ignored."""
    return " ".join(name.split()).casefold()


def _client(row: Any) -> ClientRow:
    return ClientRow(
        id=row["id"],
        name=row["name"],
        email=row["email"],
        note=row["note"],
        cohort=row["cohort"],
        next_checkin=row["next_checkin"],
        archived_on=row["archived_on"],
        created_at=row["created_at"],
    )


@read("clients.named")
def _named() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.clients_tables import clients_table as t

    return select(t).where(t.c.name_key == bindparam("key"))


@write("clients.add")
def _add() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.clients_tables import clients_table as t

    columns = ("name", "name_key", "email", "note", "cohort", "created_at")
    return t.insert().values({c: bindparam(c) for c in columns})


def add_client(
    store: Store, name: str, *, email: str | None, note: str | None, cohort: str | None
) -> ClientRow:
    """Add a client; a name already taken (case and spaces aside) is a Conflict."""
    values: dict[str, Any] = {"name": " ".join(name.split()), "name_key": name_key(name)}
    values["email"] = email
    values |= {"note": note, "cohort": cohort, "created_at": store.now()}
    with writing(store, [_add], [_named]) as writer:
        if writer.reads.first(_named, key=values["name_key"]):
            raise Conflict(f"a client named {name!r} already exists")
        writer.run(_add, **values)
        row = writer.reads.first(_named, key=values["name_key"])
    assert row is not None
    return _client(row)


def list_clients(store: Store, *, archived: bool = True) -> list[ClientRow]:
    """Every client by name (archived ones too unless `archived` is False)."""
    query = _all if archived else _current
    with reading(store, query) as reads:
        return [_client(r) for r in reads.all(query)]


def find_client(store: Store, name: str) -> ClientRow:
    """The client named `name`; NotFound names the closest ones."""
    with reading(store, _every) as reads:
        rows = reads.all(_every)
    for row in rows:
        if row["name_key"] == name_key(name):
            return _client(row)
    keys = [r["name_key"] for r in rows]
    close = [k for k in keys if name_key(name) in k] or difflib.get_close_matches(
        name_key(name), keys, n=3
    )
    names = [r["name"] for r in rows if r["name_key"] in close][:3]
    hint = f"closest: {', '.join(names)}" if names else "add one with `levelset client add NAME`"
    raise NotFound(f"no client named {name!r}", hint=hint)


def _set(column: str) -> Write:
    def statement() -> Any:
        from sqlalchemy import bindparam

        from levelset.store.clients_tables import clients_table as t

        where = t.c.id == bindparam("client")  # not "id": SQLAlchemy's own in an UPDATE
        return t.update().where(where).values({column: bindparam(f"new_{column}")})

    return write(f"clients.set_{column}")(statement)


_SET = {column: _set(column) for column in ("archived_on", "cohort", "next_checkin")}


def update_client(store: Store, client_id: int, **values: Any) -> None:
    """Set these of the client's columns (archived_on, cohort, next_checkin), at once."""
    with writing(store, [_SET[column] for column in values]) as writer:
        for column, value in values.items():
            writer.run(_SET[column], client=client_id, **{f"new_{column}": value})


@write("clients.add_note")
def _add_note() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.clients_tables import notes_table as t

    return t.insert().values({c: bindparam(c) for c in ("written_on", "text", "created_at")})


def add_note(store: Store, written_on: dt.date, text: str) -> NoteRow:
    """A dated private note about the store owner (a client)."""
    with writing(store, [_add_note]) as writer:
        key = writer.run(_add_note, written_on=written_on, text=text, created_at=store.now())
    return NoteRow(id=int(key) if key else 0, written_on=written_on, text=text)


def list_notes(store: Store) -> list[NoteRow]:
    with reading(store, _notes) as reads:
        return [NoteRow(r["id"], r["written_on"], r["text"]) for r in reads.all(_notes)]


def erase_owner(store: Store) -> dict[str, int]:
    """Delete every record of the store's owner; rows removed per table (children first)."""
    if store.owner == ALL_OWNERS:
        raise Conflict("erase one owner at a time")
    removed: dict[str, int] = {}
    with writing(store, _ERASE) as writer:
        for name, erase in reversed(list(zip(RECORD_TABLES, _ERASE, strict=True))):
            removed[name] = writer.run(erase) or 0
    return {name: count for name, count in removed.items() if count}


@write("clients.drop")
def _drop() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.clients_tables import clients_table as t

    return t.delete().where(t.c.id == bindparam("id"))


def delete_client(store: Store, client_id: int) -> None:
    with writing(store, [_drop]) as writer:
        writer.run(_drop, id=client_id)


# Every record table, parents before children (`records.record_tables()`; a test checks it).
RECORD_TABLES = (
    "coach_notes", "currency_rates", "market_comps", "market_postings", "narrative_scores",
    "negotiations", "offers", "plan", "profile", "proof_analysis", "proof_corrections",
    "proof_sources", "tracking_events", "tracking_experiments", "negotiation_drafts",
    "negotiation_events", "plan_review", "plan_tick", "practice_sessions", "proof_items",
)  # fmt: skip


def _whole(name: str) -> Read:
    def statement() -> Any:
        from sqlalchemy import select

        from levelset.store.records import record_tables

        (table,) = [t for t in record_tables() if t.name == name]
        return select(table)

    return read(f"records.{name}")(statement)


def _erase(name: str) -> Write:
    def statement() -> Any:
        from levelset.store.records import record_tables

        (table,) = [t for t in record_tables() if t.name == name]
        return table.delete()

    return write(f"records.erase_{name}")(statement)


_WHOLE = tuple(_whole(name) for name in RECORD_TABLES)
_ERASE = tuple(_erase(name) for name in RECORD_TABLES)


def dump_owner(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every record row of the store's owner, by table (the owner and tenant keys left out)."""
    dumped: dict[str, list[dict[str, Any]]] = {}
    keys = {"client_id", "org_id"}  # whose rows they are, not what they say
    with reading(store, *_WHOLE) as reads:
        for name, whole in zip(RECORD_TABLES, _WHOLE, strict=True):
            rows = reads.all(whole)
            dumped[name] = [{k: v for k, v in r.items() if k not in keys} for r in rows]
    return dumped
