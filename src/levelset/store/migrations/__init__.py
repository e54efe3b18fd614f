"""Ordered, recorded schema migrations, each one real transaction, with a backup first.

A migration is a module `mNNNN_name.py` in this package with `def upgrade(conn) -> None`.
Applied names are recorded in `schema_migrations`, in the same transaction as the migration's
own statements: a migration is either applied and recorded, or not there at all, on SQLite
(the engine emits BEGIN IMMEDIATE around DDL, see `store.db`) and on PostgreSQL (transactional
DDL, plus an advisory lock so that two first runs do not race). Once a migration has shipped
it is never edited: change the schema with a new one.

Homes made by versions whose SQLite migrations committed statement by statement may hold the
empty tables of a migration that never got recorded; `leftovers` finds them and the next open
drops them (only when empty) before applying that migration again.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Engine,
    MetaData,
    String,
    Table,
    create_engine,
    func,
    inspect,
    select,
    text,
)

from levelset.errors import DataUnavailable
from levelset.paths import Paths
from levelset.store.backup import backup_before_upgrade
from levelset.store.engine import write_transaction

_bookkeeping = MetaData()
schema_migrations = Table(
    "schema_migrations",
    _bookkeeping,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)
_ADVISORY_KEY = 0x1E5E7  # PostgreSQL: one migrator at a time per database


@dataclass(frozen=True)
class Migration:
    name: str
    upgrade: Callable[..., None]


def names() -> list[str]:
    """The name of every migration module of this package, in order, none of them imported
    (a store that is up to date opens without loading its migrations' table modules)."""
    found = [info.name for info in pkgutil.iter_modules(__path__)]
    return sorted(n for n in found if n.startswith("m") and n[1:5].isdigit())


def load(name: str) -> Migration:
    module = importlib.import_module(f"{__name__}.{name}")
    return Migration(name, module.upgrade)


def discover() -> list[Migration]:
    """Every migration module of this package, in name order."""
    return [load(name) for name in names()]


def applied(engine: Engine) -> set[str]:
    """Names of the migrations recorded in this database (none for a new one)."""
    with engine.connect() as conn:
        return _recorded(conn)


def pending(engine: Engine) -> list[Migration]:
    done = applied(engine)
    return [load(name) for name in names() if name not in done]


def migrate(
    engine: Engine,
    paths: Paths,
    *,
    now: Callable[[], dt.datetime],
    backup_required: bool = True,
) -> list[str]:
    """Apply pending migrations in order, each in one transaction; back up first (on
    PostgreSQL without pg_dump, refused unless `backup_required` is False). A new SQLite
    database takes every migration at once from the compiled schema (store/fresh_schema.py)."""
    at_once = _fresh(engine, now)
    if at_once is not None:
        return at_once
    return _replay(engine, paths, now, backup_required)


def migrate_by_replay(engine: Engine) -> list[str]:
    """Every migration applied one by one to a new database, as `migrate` did before the
    compiled schema, which is made from what this leaves."""
    return _replay(engine, None, lambda: dt.datetime.now(dt.UTC), False)


def _replay(
    engine: Engine, paths: Paths | None, now: Callable[[], dt.datetime], backup_required: bool
) -> list[str]:
    done = applied(engine)
    todo = [load(name) for name in names() if name not in done]
    if not todo:
        return []
    if done:  # a brand-new database has nothing worth backing up
        if paths is None:
            raise ValueError("an upgrade of a database in use needs its paths, for the backup")
        backup_before_upgrade(engine, paths, now(), required=backup_required)
    expected = Expected()
    try:
        return [m.name for m in todo if _apply(engine, m, now, expected)]
    finally:
        expected.close()


def _apply(
    engine: Engine,
    migration: Migration,
    now: Callable[[], dt.datetime],
    expected: Expected | None = None,
) -> bool:
    """Apply one migration unless another process got there first; True when this one did."""
    with write_transaction(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_KEY})
        _bookkeeping.create_all(conn)
        done = _recorded(conn)
        if migration.name in done:
            return False
        if conn.dialect.name == "sqlite":  # PostgreSQL's DDL was always transactional
            _drop_leftovers(conn, leftovers(conn, done, expected))
        migration.upgrade(conn)
        conn.execute(schema_migrations.insert().values(name=migration.name, applied_at=now()))
    return True


def _fresh(engine: Engine, now: Callable[[], dt.datetime]) -> list[str] | None:
    """Every migration at once on a SQLite database that holds no table yet, from the compiled
    schema; None (nothing done) elsewhere, or when the file is missing or names other
    migrations than these."""
    if engine.dialect.name != "sqlite":
        return None
    from levelset.store.fresh_schema import shipped

    schema = shipped()
    if schema is None or list(schema.migrations) != names():
        return None
    with write_transaction(engine) as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master LIMIT 1").first() is not None:
            return None  # made meanwhile, or left half made: the replay sees to it
        for statement in schema.statements:
            conn.exec_driver_sql(statement)
        stamp = now()
        rows = [{"name": name, "applied_at": stamp} for name in schema.migrations]
        conn.execute(schema_migrations.insert(), rows)
    return list(schema.migrations)


def _recorded(conn: Connection) -> set[str]:
    if not inspect(conn).has_table(schema_migrations.name):
        return set()
    return set(conn.execute(select(schema_migrations.c.name)).scalars())


@dataclass(frozen=True)
class Leftovers:
    """Tables and indexes in a database that its recorded migrations do not account for."""

    tables: tuple[str, ...] = ()
    indexes: tuple[tuple[str, str], ...] = ()  # (table, index)


def leftovers(conn: Connection, done: set[str], expected: Expected | None = None) -> Leftovers:
    """What a half-applied (unrecorded) migration left behind in this SQLite database."""
    expected_tables, expected_indexes = (expected or Expected(once=True)).schema(done)
    tables, indexes = _sqlite_schema(conn)
    extra_tables = tuple(sorted(tables - expected_tables))
    extra_indexes = tuple(sorted(i for i in indexes - expected_indexes if i[0] not in extra_tables))
    return Leftovers(extra_tables, extra_indexes)


def _sqlite_schema(conn: Connection) -> tuple[set[str], set[tuple[str, str]]]:
    """User tables and explicitly created indexes (expression indexes included)."""
    rows = conn.execute(
        text(
            "SELECT type, name, tbl_name FROM sqlite_master"
            " WHERE type IN ('table', 'index') AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        )
    ).all()
    tables = {r.name for r in rows if r.type == "table" and r.name != schema_migrations.name}
    indexes = {(r.tbl_name, r.name) for r in rows if r.type == "index"}
    return tables, indexes


class Expected:
    """Tables and indexes the `done` migrations make, replayed on a scratch database that one
    run of migrations moves forward as it applies them (replaying every done migration before
    each new one made a fresh database's migration quadratic: 15 migrations, 120 replays)."""

    def __init__(self, *, once: bool = False) -> None:
        self._once = once
        self._scratch: Engine | None = None
        self._conn: Connection | None = None
        self._replayed: list[str] = []

    def schema(self, done: set[str]) -> tuple[set[str], set[tuple[str, str]]]:
        wanted = [m for m in discover() if m.name in done]
        if [m.name for m in wanted[: len(self._replayed)]] != self._replayed:
            self.close()  # not this run moving forward (another order, fewer): from the start
        conn = self._connection()
        with conn.begin():
            for migration in wanted[len(self._replayed) :]:
                migration.upgrade(conn)
                self._replayed.append(migration.name)
            found = _sqlite_schema(conn)
        if self._once:
            self.close()
        return found

    def _connection(self) -> Connection:
        if self._conn is None:
            self._scratch = create_engine("sqlite://")
            self._conn = self._scratch.connect()
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._scratch is not None:
            self._scratch.dispose()
        self._scratch, self._conn, self._replayed = None, None, []


def _drop_leftovers(conn: Connection, found: Leftovers) -> None:
    preparer = conn.dialect.identifier_preparer
    for table in found.tables:
        rows = conn.execute(select(func.count()).select_from(text(preparer.quote(table))))
        if rows.scalar_one():
            raise DataUnavailable(
                f"the records store holds rows in {table!r}, left by an unfinished upgrade",
                hint="restore the latest copy from the backups folder (`levelset paths`)",
            )
    for _table, index in found.indexes:
        conn.execute(text(f"DROP INDEX {preparer.quote(index)}"))
    for table in _children_first(conn, found.tables):
        conn.execute(text(f"DROP TABLE {preparer.quote(table)}"))


def _children_first(conn: Connection, tables: tuple[str, ...]) -> list[str]:
    """Leftover tables ordered so that a table referencing another is dropped before it."""
    refs = {t: {fk["referred_table"] for fk in inspect(conn).get_foreign_keys(t)} for t in tables}
    ordered: list[str] = []
    remaining = set(tables)
    while remaining:
        leaves = sorted(t for t in remaining if not any(t in refs[o] for o in remaining - {t}))
        pick = (leaves or sorted(remaining))[0]
        ordered.append(pick)
        remaining.discard(pick)
    return ordered
