"""Opening the records store: the Store value and migrations on first use (see engine.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from sqlalchemy import Connection, Engine

from levelset.errors import Conflict, LevelsetError
from levelset.failures import explain
from levelset.paths import Paths
from levelset.store.engine import make_engine, write_transaction
from levelset.store.ownership import LOCAL_TENANT, OWN

Now = Callable[[], dt.datetime]


@dataclass(frozen=True)
class Store:
    """A migrated records database. Use `begin()` for one all-or-nothing unit of work."""

    engine: Engine
    paths: Paths
    now: Now = field(compare=False)  # the workspace clock: stamps rows
    owner: int = OWN  # whose records this store reads and writes (see `store.ownership`)
    tenant: int = LOCAL_TENANT  # the organisation whose rows it sees (a coaching server's)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only unit of work: a deferred transaction that does not queue behind a
        writer (WAL lets readers see the last commit while another command writes)."""
        with self._transaction(write=False) as connection:
            yield connection

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises.

        A failure of the machine or the database (locked past the wait, disk full, I/O error,
        a damaged file) comes out as the LevelsetError that says so in one line
        (levelset.failures), for every door alike. A uniqueness clash stays the database's
        own error here (callers may expect it); the doors report it as a conflict.
        """
        with self._transaction(write=True) as connection:
            yield connection

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Connection]:
        try:
            with write_transaction(
                self.engine, owner=self.owner, tenant=self.tenant, write=write
            ) as connection:
                yield connection
        except LevelsetError:
            raise
        except Exception as error:
            explained = explain(error, self.paths.home)
            if explained is None or isinstance(explained, Conflict):
                raise
            raise explained from error

    def for_owner(self, owner: int) -> Store:
        """The same database seen as another owner (`ALL_OWNERS`: read-only, everyone)."""
        return replace(self, owner=owner)

    def for_tenant(self, tenant: int) -> Store:
        """The same database seen as one organisation of a coaching server."""
        return replace(self, tenant=tenant)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


def open_store(
    paths: Paths, url: str | None = None, *, now: Now, backup_required: bool = True
) -> Store:
    """Open (and create or migrate) the records store for these paths; `now` (the workspace
    clock, given by the door) stamps rows. An upgrade backs the store up first; on PostgreSQL
    without pg_dump it is refused unless `backup_required` is False (the user said so)."""
    from levelset.store.migrations import migrate

    engine = make_engine(url or f"sqlite:///{paths.records_db}")
    try:
        migrate(engine, paths, now=now, backup_required=backup_required)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine=engine, paths=paths, now=now)
