"""Opening the records store: engine, SQLite settings, migrations on first use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, create_engine, event

from levelset.paths import Paths

Now = Callable[[], dt.datetime]


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
        """A transaction: committed when the block ends, rolled back if it raises."""
        with self.engine.begin() as connection:
            yield connection

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_store(paths: Paths, url: str | None = None, *, now: Now = _utc_now) -> Store:
    """Open (and create or migrate) the records store for these paths; `now` stamps rows."""
    from levelset.store.migrations import migrate

    engine = make_engine(url or f"sqlite:///{paths.records_db}")
    migrate(engine, paths, now=now)
    return Store(engine=engine, paths=paths, now=now)
