"""Opening the records store: engine, SQLite settings, migrations on first use.

SQLite through Python 3.11's sqlite3 module does not begin a transaction before DDL, so a
`CREATE TABLE` commits on its own. The engine here takes transaction control away from the
driver (isolation_level None) and emits BEGIN itself, so every unit of work, schema changes
included, commits or rolls back as one. `Store.begin()` starts with BEGIN IMMEDIATE: a
writer takes the write lock up front and, when another writer holds it, waits in SQLite's busy
handler (a queue) instead of failing halfway through its work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event

from levelset.paths import Paths, private_file

Now = Callable[[], dt.datetime]
BUSY_TIMEOUT_MS = 30_000  # how long a writer queues behind another before giving up
_WRITE = "levelset_write"


def _utc_now() -> dt.datetime:  # the default clock, for a store opened outside a Workspace
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Store:
    """A migrated records database. Use `begin()` for one all-or-nothing unit of work."""

    engine: Engine
    paths: Paths
    now: Now = field(default=_utc_now, compare=False)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        with write_transaction(self.engine) as connection:
            yield connection

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """BEGIN IMMEDIATE on SQLite (the write lock first, queueing behind other writers)."""
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE: True})
        with connection.begin():
            yield connection


def _sqlite_connect(dbapi_connection: object, _record: object) -> None:
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]  # we say BEGIN
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the others may wait
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _create_private(engine)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _create_private(engine: Engine) -> None:
    """Create a missing SQLite file readable by its owner only (WAL files inherit the mode)."""
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.parent.is_dir():
        private_file(path)
        for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if companion.exists():
                private_file(companion)


def open_store(paths: Paths, url: str | None = None, *, now: Now = _utc_now) -> Store:
    """Open (and create or migrate) the records store for these paths; `now` stamps rows."""
    from levelset.store.migrations import migrate

    engine = make_engine(url or f"sqlite:///{paths.records_db}")
    try:
        migrate(engine, paths, now=now)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine=engine, paths=paths, now=now)
