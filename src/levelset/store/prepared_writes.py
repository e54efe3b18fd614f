"""Writes compiled ahead: a local SQLite home written through `sqlite3`, without SQLAlchemy.

The companion of `store.prepared` for the store's writes (issue 15): a statement declared
with `@write("name")` (one INSERT, UPDATE or DELETE written as SQLAlchemy Core, its values
`bindparam`s) is compiled with the owner and tenant scoping into the `writes` of
`data/prebuilt/store_reads.json`, with each parameter's source and how a Python value is
turned into what SQLAlchemy's type would bind. A `Writer` runs one write (a new row's key or
the rows matched back), many rows of it, many rows with their keys in order (`keys`), or many
rows given column by column, each column bound once per distinct value (`columns`: a large
tracking import).

`writing(store, ...)` keeps the transaction of `Store.begin()`: BEGIN IMMEDIATE (queueing
behind another writer in SQLite's busy handler) on the plain connection the reads use (never
another: a second handle on the file would drop the locks this process holds, see
`store.engine.make_engine`), the records' version raised by the compiled upsert of
`record_versions` just before COMMIT when a record table was written, ROLLBACK when the block
raises, and failures explained as `Store.begin()` explains them. Anything else (PostgreSQL,
a view across owners, a write or read not in the file) runs the same statements through
SQLAlchemy in `store.begin()`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from levelset.store.owners import ALL_OWNERS
from levelset.store.prepared import (
    Read,
    Reader,
    _Alchemy,
    _Compiled,
    compiled_for,
    explaining,
    shipped_file,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from levelset.store.db import Store

VERSION = "record_versions.raise"  # the write that raises the records' version at commit
_DECLARED: dict[str, Write] = {}


def sqlite_datetime(value: dt.datetime) -> str:  # SQLAlchemy's SQLite DATETIME storage format
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    )


def _date(value: dt.date) -> str:  # SQLAlchemy's SQLite DATE storage format
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


BIND: dict[str, Callable[[Any], Any]] = {"datetime": sqlite_datetime, "date": _date, "bool": int}


@dataclass(frozen=True)
class Write:
    """A named write: `statement()` builds it as SQLAlchemy Core (SQLAlchemy imported then)."""

    name: str
    statement: Callable[[], Any]


def write(name: str) -> Callable[[Callable[[], Any]], Write]:
    """Declare the INSERT, UPDATE or DELETE a function builds as the write `name`."""

    def declare(statement: Callable[[], Any]) -> Write:
        if name in _DECLARED:
            raise ValueError(f"write {name} is declared twice")
        _DECLARED[name] = Write(name, statement)
        return _DECLARED[name]

    return declare


def declared_writes() -> dict[str, Write]:
    """Every write declared by the query modules imported so far."""
    return dict(_DECLARED)


class Writer:
    """Runs declared writes (and declared reads) inside one write transaction."""

    reads: Reader

    def run(self, write: Write, **params: Any) -> int | None:
        """Run one write: the new row's key for an INSERT (the cursor's last row id), how
        many rows an UPDATE or DELETE matched."""
        raise NotImplementedError

    def many(self, write: Write, rows: Sequence[dict[str, Any]]) -> None:
        """Run one write once per row of parameters."""
        raise NotImplementedError

    def keys(self, write: Write, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Run one INSERT once per row of parameters: the new rows' keys, in their order."""
        raise NotImplementedError

    def columns(
        self, write: Write, values: Mapping[str, Sequence[Any]], fixed: Mapping[str, Any]
    ) -> None:
        """Run one write once per row, its parameters given column by column (`values`: one
        list per parameter, all as long; `fixed`: the same for every row), each column's values
        bound once per distinct value (a hundred thousand rows: dates repeat)."""
        raise NotImplementedError

    def take_turn(self, name: str, key: int) -> None:
        """As `store.engine.take_turn` (PostgreSQL's numbering; SQLite's writers queue)."""


class _AlchemyWriter(Writer):
    def __init__(self, connection: Connection) -> None:
        self.connection, self.reads = connection, _Alchemy(connection)

    def run(self, write: Write, **params: Any) -> int | None:
        result = self.connection.execute(write.statement(), params)
        if not result.context.isinsert:
            return int(result.rowcount)
        key = result.inserted_primary_key
        return None if key is None else key[0]

    def many(self, write: Write, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.connection.execute(write.statement(), list(rows))

    def keys(self, write: Write, rows: Sequence[dict[str, Any]]) -> list[int]:
        if not rows:
            return []
        statement = write.statement()
        key = next(iter(statement.table.primary_key))
        returning = statement.returning(key, sort_by_parameter_order=True)
        return [int(k) for k in self.connection.execute(returning, list(rows)).scalars()]

    def columns(
        self, write: Write, values: Mapping[str, Sequence[Any]], fixed: Mapping[str, Any]
    ) -> None:
        from levelset.store.bulk_insert import insert_columns

        insert_columns(self.connection, write.statement(), values, fixed)

    def take_turn(self, name: str, key: int) -> None:
        from levelset.store.engine import take_turn

        take_turn(self.connection, name, key)


def on_connection(connection: Connection) -> Writer:
    """The declared writes (and reads) run on a SQLAlchemy transaction already open."""
    return _AlchemyWriter(connection)


class _CompiledWriter(Writer):
    def __init__(self, connection: sqlite3.Connection, owner: int, tenant: int) -> None:
        self.connection, self.owner, self.tenant = connection, owner, tenant
        self.reads = _Compiled(connection, owner, tenant)
        self.wrote_records = False

    def run(self, write: Write, **params: Any) -> int | None:
        entry = self._entry(write)
        cursor = self.connection.execute(entry["sql"], self._values(entry, params))
        return cursor.lastrowid if entry["insert"] else cursor.rowcount

    def many(self, write: Write, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            entry = self._entry(write)
            values = [self._values(entry, row) for row in rows]
            self.connection.executemany(entry["sql"], values)

    def keys(self, write: Write, rows: Sequence[dict[str, Any]]) -> list[int]:
        found = [self.run(write, **row) for row in rows]  # SQLite: each insert's own row id
        return [int(key) for key in found if key is not None]

    def columns(
        self, write: Write, values: Mapping[str, Sequence[Any]], fixed: Mapping[str, Any]
    ) -> None:
        entry = self._entry(write)
        count = len(next(iter(values.values()), ()))
        if not count:
            return
        columns = []
        for kind, name, bind in entry["params"]:
            convert = None if bind is None else BIND[bind]
            if kind == "arg" and name in values:
                columns.append(converted(values[name], convert))
                continue
            columns.append([bound(self._value(kind, name, fixed), convert)] * count)
        self.connection.executemany(entry["sql"], zip(*columns, strict=True))

    def _entry(self, write: Write) -> dict[str, Any]:
        entry: dict[str, Any] = shipped_file()["writes"][write.name]
        self.wrote_records = self.wrote_records or entry["records"]
        return entry

    def _values(self, entry: dict[str, Any], params: Mapping[str, Any]) -> list[Any]:
        values = []
        for kind, source, bind in entry["params"]:
            value = self._value(kind, source, params)
            if bind is not None and value is not None:
                value = BIND[bind](value)
            values.append(value)
        return values

    def _value(self, kind: str, source: Any, params: Mapping[str, Any]) -> Any:
        if kind == "owner":
            return self.owner
        if kind == "tenant":
            return self.tenant
        if kind == "arg":
            return params[source]
        return source  # a constant written in the statement


def converted(values: Sequence[Any], convert: Callable[[Any], Any] | None) -> list[Any]:
    """One column's values bound, each distinct value once (dates repeat)."""
    if convert is None:
        return list(values)
    done: dict[Any, Any] = {}
    return [done[v] if v in done else done.setdefault(v, bound(v, convert)) for v in values]


def bound(value: Any, convert: Callable[[Any], Any] | None) -> Any:
    return value if convert is None or value is None else convert(value)


def compiled_writes(store: Store, writes: Sequence[Write], reads: Sequence[Read] = ()) -> bool:
    """True when these writes (and reads) of this store run through the plain connection."""
    if store.owner == ALL_OWNERS or not compiled_for(store, *reads):
        return False
    held = shipped_file().get("writes", {})
    return all(w.name in held for w in (*writes, _version())) and store.database.plain


@write(VERSION)
def _raise_version() -> Any:
    """`record_versions.raise_version` as one statement: the owner an argument, the tenant
    the scoping's."""
    from sqlalchemy import bindparam
    from sqlalchemy.dialects.sqlite import insert

    from levelset.store.owners import OWNER_KEY, TENANT_KEY
    from levelset.store.record_versions import record_versions_table as table

    upsert = insert(table).values({OWNER_KEY: bindparam("owner"), "version": 1})
    return upsert.on_conflict_do_update(
        index_elements=[table.c[TENANT_KEY], table.c[OWNER_KEY]],
        set_={"version": table.c.version + 1},
    )


def _version() -> Write:
    return _DECLARED[VERSION]


@contextmanager
def writing(store: Store, writes: Sequence[Write], reads: Sequence[Read] = ()) -> Iterator[Writer]:
    """One write transaction for `writes` and `reads` (all those the block runs): through the
    compiled SQL when `compiled_writes` allows it, else through SQLAlchemy's `store.begin()`."""
    if not compiled_writes(store, writes, reads):
        with store.begin() as connection:
            yield _AlchemyWriter(connection)
        return
    plain = store.database.sqlite  # this thread's own connection
    assert plain is not None  # compiled_writes says so
    if plain.in_transaction:  # inside a compiled read of this thread: as before
        with store.begin() as connection:
            yield _AlchemyWriter(connection)
        return
    with explaining(store):
        plain.execute("PRAGMA query_only=OFF")  # as the engine's write transactions
        plain.execute("BEGIN IMMEDIATE")  # the write lock first, queueing behind writers
        try:
            writer = _CompiledWriter(plain, store.owner, store.tenant)
            yield writer
            if writer.wrote_records:
                writer.run(_version(), owner=store.owner)
            plain.execute("COMMIT")
        except BaseException:
            if plain.in_transaction:  # SQLite may have rolled back already (disk full)
                plain.execute("ROLLBACK")
            raise
