"""Opening the records store: engine, SQLite settings, migrations on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, create_engine, event

from levelset.paths import Paths, database_url, default_paths


@dataclass(frozen=True)
class Store:
    """A migrated records database. Use `begin()` for one all-or-nothing unit of work."""

    engine: Engine
    paths: Paths

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


def open_store(paths: Paths | None = None, url: str | None = None) -> Store:
    """Open (and create or migrate) the records store for these paths."""
    from levelset.store.migrations import migrate

    paths = paths or default_paths()
    engine = make_engine(url or database_url(paths))
    migrate(engine, paths)
    return Store(engine=engine, paths=paths)
