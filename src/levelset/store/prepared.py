"""Reads compiled ahead: a local SQLite home read through `sqlite3`, without SQLAlchemy (issue 15).

Importing SQLAlchemy costs a cold command about 0.19 s of CPU, two thirds of its start-up
budget. A read declared here with `@read("name")` is still written once, as a SQLAlchemy Core
statement in the query module that owns its tables; `scripts/compile_reads.py` compiles each
one for SQLite, with the owner and tenant scoping of `store.ownership` applied, into
`data/prebuilt/store_reads.json`: its SQL, where each parameter comes from (the store's owner,
its tenant, an argument of the read, a constant of the statement) and how each column's value
is turned into what SQLAlchemy's type would give. `tests/store/test_prepared_reads.py` fails
while that file is stale, and compares each read's rows both ways.

`reading(store, ...)` runs the reads through the plain connection when the store is a local
SQLite file whose schema was found current at open (`current_connection`, which reads the
recorded migrations with `sqlite3` and imports neither SQLAlchemy nor the migrations) and the
file holds every read asked for, each compiled for the store's kind of owner (one owner, or
every owner for a read declared `across_owners`); anything else (PostgreSQL, a read not in the
file or compiled for the other kind of owner) runs the same statement through SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import json
import pkgutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import levelset
from levelset.errors import Conflict, LevelsetError
from levelset.failures import explain
from levelset.once import once
from levelset.paths import private_file, private_if_present
from levelset.store.owners import ALL_OWNERS

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from levelset.store.db import Store

READS = Path(levelset.__file__).parent / "data" / "prebuilt" / "store_reads.json"
MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 30_000  # as the engine's (store.engine)

Row = dict[str, Any]
Column = tuple[str, "Callable[[Any], Any] | None"]  # a column's key and its conversion
_DECLARED: dict[str, Read] = {}
_CONVERT: dict[str, Callable[[Any], Any]] = {
    "datetime": dt.datetime.fromisoformat,  # what SQLAlchemy's SQLite DateTime gives
    "date": dt.date.fromisoformat,
    "bool": bool,
}


@dataclass(frozen=True)
class Read:
    """A named read: `statement()` builds it as SQLAlchemy Core (SQLAlchemy imported then)."""

    name: str
    statement: Callable[[], Any]
    across_owners: bool = False  # compiled for a store seeing every owner (ALL_OWNERS) only


def read(name: str, *, across_owners: bool = False) -> Callable[[Callable[[], Any]], Read]:
    """Declare the statement a function builds as the read `name` (compiled ahead): for one
    owner's store, or with `across_owners` for a view across owners (`ALL_OWNERS`)."""

    def declare(statement: Callable[[], Any]) -> Read:
        if name in _DECLARED:
            raise ValueError(f"read {name} is declared twice")
        _DECLARED[name] = Read(name, statement, across_owners)
        return _DECLARED[name]

    return declare


def declared() -> dict[str, Read]:
    """Every read declared by the query modules imported so far."""
    return dict(_DECLARED)


def migration_names() -> list[str]:
    """The migrations the package ships (as `store.migrations.names`, none imported)."""
    found = [info.name for info in pkgutil.iter_modules([str(MIGRATIONS)])]
    return sorted(n for n in found if n.startswith("m") and n[1:5].isdigit())


def connect(path: str) -> sqlite3.Connection:
    """A connection set up as the engine sets up its own (store.engine), for reads."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    return connection


def current_connection(path: Path) -> sqlite3.Connection | None:
    """A connection to the SQLite file at `path` when every shipped migration is recorded in
    it; None when it is missing, new, behind or unreadable (the full open then migrates it or
    says what is wrong)."""
    if not path.is_file():
        return None
    private_file(path)  # owner-only, as the engine leaves it; before any lock is taken
    for part in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        private_if_present(part)  # another process may remove these at any moment
    try:
        connection = connect(str(path))
    except sqlite3.Error:
        return None
    try:
        recorded = {row[0] for row in connection.execute("SELECT name FROM schema_migrations")}
    except sqlite3.Error:
        connection.close()
        return None
    if not set(migration_names()) <= recorded:
        connection.close()
        return None
    return connection


@once
def shipped_file() -> dict[str, dict[str, Any]]:
    """The compiled reads and writes, by name under `reads` and `writes` (both empty when the
    file is missing or unreadable)."""
    try:
        data: dict[str, dict[str, Any]] = json.loads(READS.read_text(encoding="utf-8"))
        return {"reads": data["reads"], "writes": data.get("writes", {})}
    except (OSError, ValueError, KeyError, TypeError):
        return {"reads": {}, "writes": {}}


def shipped() -> dict[str, dict[str, Any]]:
    """The compiled reads, by name (none when the file is missing or unreadable)."""
    return shipped_file()["reads"]


class Reader:
    """Runs declared reads inside one read transaction; each row a dict by column key."""

    def all(self, read: Read, **params: Any) -> list[Row]:
        raise NotImplementedError

    def tuples(self, read: Read, **params: Any) -> list[tuple[Any, ...]]:
        """The rows as plain tuples in the statement's column order (many rows: cheaper)."""
        raise NotImplementedError

    def first(self, read: Read, **params: Any) -> Row | None:
        rows = self.all(read, **params)
        return rows[0] if rows else None


class _Alchemy(Reader):
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def all(self, read: Read, **params: Any) -> list[Row]:
        result = self.connection.execute(read.statement(), params)
        return [dict(row) for row in result.mappings()]

    def tuples(self, read: Read, **params: Any) -> list[tuple[Any, ...]]:
        rows = self.connection.execute(read.statement(), params).all()  # one fetch, not per row
        return [tuple(row) for row in rows]


class _Compiled(Reader):
    def __init__(self, connection: sqlite3.Connection, owner: int, tenant: int) -> None:
        self.connection, self.owner, self.tenant = connection, owner, tenant

    def all(self, read: Read, **params: Any) -> list[Row]:
        cursor, columns = self._run(read, params)
        return [_row(columns, row) for row in cursor.fetchall()]

    def tuples(self, read: Read, **params: Any) -> list[tuple[Any, ...]]:
        cursor, columns = self._run(read, params)
        converts = [(i, convert) for i, (_, convert) in enumerate(columns) if convert is not None]
        rows = cursor.fetchall()
        if not converts or not rows:
            return rows
        columns_of: list[Sequence[Any]] = list(zip(*rows, strict=True))  # dates repeat
        for i, convert in converts:
            columns_of[i] = _converted(columns_of[i], convert)
        return list(zip(*columns_of, strict=True))

    def first(self, read: Read, **params: Any) -> Row | None:
        cursor, columns = self._run(read, params)
        row = cursor.fetchone()
        cursor.close()
        return None if row is None else _row(columns, row)

    def _run(self, read: Read, params: dict[str, Any]) -> tuple[sqlite3.Cursor, list[Column]]:
        entry = shipped()[read.name]
        values = [self._value(source, params) for source in entry["params"]]
        columns = [(key, _CONVERT.get(kind)) for key, kind in entry["columns"]]
        return self.connection.execute(entry["sql"], values), columns

    def _value(self, source: list[Any], params: dict[str, Any]) -> Any:
        kind, value = source
        if kind == "owner":
            return self.owner
        if kind == "tenant":
            return self.tenant
        if kind == "arg":
            return params[value]
        return value  # a constant written in the statement


def _converted(column: Sequence[Any], convert: Callable[[Any], Any]) -> list[Any]:
    """A column's stored values as Python values, each distinct value converted once."""
    done: dict[Any, Any] = {None: None}
    return [done[v] if v in done else done.setdefault(v, convert(v)) for v in column]


def on_connection(connection: Connection) -> Reader:
    """The declared reads run on a SQLAlchemy connection already open (inside a write)."""
    return _Alchemy(connection)


def _row(columns: list[Column], row: tuple[Any, ...]) -> Row:
    return {
        key: value if convert is None or value is None else convert(value)
        for (key, convert), value in zip(columns, row, strict=True)
    }


def compiled_for(store: Store, *reads: Read) -> bool:
    """True when these reads of this store run through the plain sqlite3 connection."""
    if not store.database.plain:
        return False
    across, held = store.owner == ALL_OWNERS, shipped()
    return all(r.name in held and r.across_owners == across for r in reads)


@contextmanager
def reading(store: Store, *reads: Read) -> Iterator[Reader]:
    """One read transaction for `reads` (all of those the block runs): through the compiled
    SQL when the store allows it (`compiled_for`), else through SQLAlchemy as `store.read()`."""
    if not compiled_for(store, *reads):
        with store.read() as alchemy:
            yield _Alchemy(alchemy)
        return
    plain = store.database.sqlite  # this thread's own connection: no other thread uses it
    assert plain is not None  # compiled_for says so
    if plain.in_transaction:  # a read inside another of this thread: the same snapshot
        yield _Compiled(plain, store.owner, store.tenant)
        return
    with explaining(store):
        plain.execute("PRAGMA query_only=ON")  # as the engine's read transactions
        plain.execute("BEGIN")
        try:
            yield _Compiled(plain, store.owner, store.tenant)
        finally:
            _end_read(plain)


def _end_read(plain: sqlite3.Connection) -> None:
    """COMMIT a read (nothing to keep or undo); should that fail, ROLLBACK, so the connection
    never carries a stale snapshot into the next read."""
    try:
        plain.execute("COMMIT")
    except BaseException:
        if plain.in_transaction:
            plain.execute("ROLLBACK")
        raise


@contextmanager
def explaining(store: Store) -> Iterator[None]:
    """A compiled block's database failures as the store's own errors, as the SQLAlchemy path
    explains them (a conflict, or anything not explained, goes on as it is)."""
    try:
        yield
    except LevelsetError:
        raise
    except Exception as error:
        explained = explain(error, store.paths.home)
        if explained is None or isinstance(explained, Conflict):
            raise
        raise explained from error
