"""Opening the records store: the Store value and migrations on first use (see engine.py).

A coaching server's page runs a dozen reads, each its own short transaction. Inside
`SharedReads` (the server opens one per request, from the session's lookup to the page's last
read) the reads of a Store on PostgreSQL share one READ ONLY transaction per tenant instead:
one BEGIN (with the tenant), one COMMIT and one pooled connection for the request. The owner
is the application's filter, not the database's, so a read as another owner of the same
tenant takes the connection on with its own owner option. Under READ COMMITTED each
statement still sees every commit made before it, as separate transactions did. A write, or a
read as another tenant, first ends the shared transaction (when none of its reads is open), so
a request never holds two pooled connections because of it. SQLite keeps one transaction per read: a
deferred SQLite transaction keeps its first snapshot, which would hide the request's own
writes.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from levelset.errors import Conflict, LevelsetError
from levelset.failures import explain
from levelset.paths import Paths
from levelset.store.owners import LOCAL_TENANT, OWN, OWNER_OPTION
from levelset.store.prepared import current_connection

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy import Connection, Engine

Now = Callable[[], dt.datetime]


class Database:
    """One records database, shared by every Store seen over it (another owner, another
    tenant): its SQLAlchemy engine, made on first use, and for a local SQLite file whose
    schema was found current (or a server's SQLite file made in this process), the plain
    `sqlite3` connections that the statements compiled ahead read through (`store.prepared`)
    without importing SQLAlchemy: one per thread, so that the requests of `levelset serve`
    read side by side (WAL lets readers run beside each other and beside a writer) instead of
    queueing for one shared connection."""

    def __init__(
        self, url: str, engine: Engine | None = None, *, sqlite: sqlite3.Connection | None = None
    ) -> None:
        self.url = url
        self._engine = engine
        self.plain = sqlite is not None  # set only when the schema was found current
        self._making = threading.Lock()
        self._connections: dict[threading.Thread, sqlite3.Connection] = {}
        if sqlite is not None:  # the connection that found the schema current: its thread's
            self._connections[threading.current_thread()] = sqlite

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._making:
                if self._engine is None:
                    from levelset.store.engine import make_engine

                    self._engine = make_engine(self.url, file_open=self.plain)
        return self._engine

    @property
    def dialect(self) -> str:
        if self._engine is not None:
            return str(self._engine.dialect.name)
        return self.url.split(":", 1)[0].split("+", 1)[0]

    @property
    def sqlite(self) -> sqlite3.Connection | None:
        """This thread's plain connection for reads compiled ahead (opened on its first use),
        on a local SQLite file whose schema is current or a server's file just made; None
        elsewhere."""
        if not self.plain:
            return None
        thread = threading.current_thread()
        connection = self._connections.get(thread)
        return connection if connection is not None else self._connect(thread)

    def _connect(self, thread: threading.Thread) -> sqlite3.Connection:
        from levelset.store.prepared import connect

        connection = connect(str(sqlite_file(self.url)))
        with self._making:
            for ended in [t for t in self._connections if not t.is_alive()]:
                self._connections.pop(ended).close()  # a server's idle worker threads end
            self._connections[thread] = connection
        return connection

    def plain_connections(self) -> int:
        """How many plain connections are open (one per thread that read through one)."""
        return len(self._connections)

    def dispose(self) -> None:
        self.plain = False
        with self._making:
            connections, self._connections = list(self._connections.values()), {}
        for connection in connections:
            connection.close()
        if self._engine is not None:
            self._engine.dispose()


@dataclass(frozen=True)
class Store:
    """A migrated records database. Use `begin()` for one all-or-nothing unit of work."""

    database: Database
    paths: Paths
    now: Now = field(compare=False)  # the workspace clock: stamps rows
    owner: int = OWN  # whose records this store reads and writes (see `store.ownership`)
    tenant: int = LOCAL_TENANT  # the organisation whose rows it sees (a coaching server's)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made on first use: a read compiled ahead needs none)."""
        return self.database.engine

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only unit of work: a deferred transaction that does not queue behind a
        writer (WAL lets readers see the last commit while another command writes); on
        PostgreSQL inside `SharedReads`, the request's shared read transaction."""
        shared = _SHARED.get()
        if shared is not None and self.dialect == "postgresql":
            with shared.read(self) as connection:
                yield connection
            return
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
        shared = _SHARED.get()
        if shared is not None:
            shared.end_if_idle()  # one pooled connection at a time: the reads' first
        with self._transaction(write=True) as connection:
            yield connection

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Connection]:
        from levelset.store.engine import write_transaction

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
        return self.database.dialect

    def close(self) -> None:
        self.database.dispose()


class SharedReads:
    """While entered (a context variable: this request's threads see it), a Store's reads on
    PostgreSQL share one read-only transaction; `end()` commits it and returns its connection
    to the pool (call it when the request is done, from a thread: it waits for the database).
    """

    def __init__(self) -> None:
        self._token: Token[SharedReads | None] | None = None
        self._key: tuple[Engine, int] | None = None
        self._owner: int | None = None  # whose rows the shared connection's reads see now
        self._stack: ExitStack | None = None
        self._connection: Connection | None = None
        self._open = 0  # reads running on the shared connection now

    def __enter__(self) -> SharedReads:
        self._token = _SHARED.set(self)
        return self

    def __exit__(self, *_: object) -> None:
        if self._token is not None:
            _SHARED.reset(self._token)
            self._token = None

    @contextmanager
    def read(self, store: Store) -> Iterator[Connection]:
        key = (store.engine, store.tenant)
        if self._open and (key != self._key or store.owner != self._owner):
            with store._transaction(write=False) as connection:  # inside another's: its own
                yield connection
            return
        if key != self._key:
            self.end()
        if self._connection is None:
            stack = ExitStack()
            self._connection = stack.enter_context(store._transaction(write=False))
            self._stack, self._key, self._owner = stack, key, store.owner
        elif store.owner != self._owner:  # the same tenant's transaction, another owner's rows
            self._connection.execution_options(**{OWNER_OPTION: store.owner})
            self._owner = store.owner
        self._open += 1
        try:
            yield self._connection
        except BaseException as error:
            self._open -= 1
            if not self._open:
                self.end(error)  # rolled back; raises the error as a lone read would
            raise
        self._open -= 1

    def end_if_idle(self) -> None:
        if not self._open:
            self.end()

    def end(self, error: BaseException | None = None) -> None:
        """Commit (or, after `error`, roll back) the shared transaction, if one is open."""
        stack, self._stack, self._connection, self._key = self._stack, None, None, None
        self._owner = None
        if stack is None:
            return
        if error is None:
            stack.close()
        else:
            stack.__exit__(type(error), error, error.__traceback__)


_SHARED: ContextVar[SharedReads | None] = ContextVar("levelset_shared_reads", default=None)


def open_store(
    paths: Paths, url: str | None = None, *, now: Now, backup_required: bool = True
) -> Store:
    """Open (and create or migrate) the records store for these paths; `now` (the workspace
    clock, given by the door) stamps rows. An upgrade backs the store up first; on PostgreSQL
    without pg_dump it is refused unless `backup_required` is False (the user said so)."""
    local = f"sqlite:///{paths.records_db}"
    url = url or local
    plain = _plain_connection(url, local, now)
    if plain is not None:  # found current, or made, with sqlite3: SQLAlchemy waits for a write
        return Store(Database(url, sqlite=plain), paths=paths, now=now)
    from levelset.store.engine import make_engine
    from levelset.store.migrations import migrate

    engine = make_engine(url)
    try:
        migrate(engine, paths, now=now, backup_required=backup_required)
    except BaseException:
        engine.dispose()
        raise
    return Store(Database(url, engine), paths=paths, now=now)


def _plain_connection(url: str, local: str, now: Now) -> sqlite3.Connection | None:
    """The sqlite3 connection of the home's records file when its schema is current, or of
    a server's SQLite file that does not exist yet, made from the compiled schema
    (store/fresh_schema.py: `server init` then needs no SQLAlchemy); None for anything else
    (the engine opens, creates and migrates it)."""
    if url == local:
        return current_connection(sqlite_file(url))
    if not url.startswith("sqlite:///") or any(c in url for c in "?%") or "memory" in url:
        return None  # PostgreSQL, or a SQLite URL the engine reads its own way
    path = sqlite_file(url)
    if path.exists() and path.stat().st_size > 0:
        return None
    from levelset.store.fresh_schema import created

    return created(path, now)


def sqlite_file(url: str) -> Path:
    """The file of a `sqlite:///` URL."""
    return Path(url.removeprefix("sqlite:///"))
