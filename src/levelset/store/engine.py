"""The records database engine: SQLite settings and transactions that really are one.

SQLite through Python 3.11's sqlite3 module does not begin a transaction before DDL, so a
`CREATE TABLE` commits on its own. The engine here takes transaction control away from the
driver (isolation_level None) and emits BEGIN itself, so every unit of work, schema changes
included, commits or rolls back as one. A write transaction starts with BEGIN IMMEDIATE: a
writer takes the write lock up front and, when another writer holds it, waits in SQLite's busy
handler (a queue) instead of failing halfway through its work.

On PostgreSQL the engine says BEGIN itself too (the driver in autocommit mode, so it never
begins on its own): one round trip opens the transaction, makes it READ ONLY when it is a read,
and sets its tenant for the row-level policies (`set_config(..., true)`: gone at COMMIT or
ROLLBACK), where the driver's own BEGIN, a `SET TRANSACTION` and a `set_config` took three.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text

from levelset.paths import private_file, private_if_present
from levelset.store.ownership import (
    OWNER_OPTION,
    TENANT_OPTION,
    TENANT_SETTING,
    WROTE_RECORDS,
    install,
)
from levelset.store.record_versions import raise_version

BUSY_TIMEOUT_MS = 30_000  # how long a writer queues behind another before giving up
_WRITE = "levelset_write"
_READ_ONLY = "levelset_read_only"


@contextmanager
def write_transaction(
    engine: Engine, *, owner: int | None = None, tenant: int | None = None, write: bool = True
) -> Iterator[Connection]:
    """BEGIN IMMEDIATE on SQLite (the write lock first, queueing behind other writers); with
    `write` False a read-only transaction: a deferred BEGIN, which under WAL reads the last
    commit without waiting for a writer, with writes refused (SQLite's query_only, PostgreSQL's
    READ ONLY), so a read that wrote by mistake fails at once instead of taking the lock.

    With an `owner`, every statement is scoped to that owner's records; with a `tenant`, to
    that organisation's rows, which PostgreSQL's row-level security is told as well, for this
    transaction only (`store.ownership`). A transaction that wrote the owner's records raises
    their version before it commits (`store.record_versions`).
    """
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE: write, _READ_ONLY: not write})
        if owner is not None:
            connection.execution_options(**{OWNER_OPTION: owner})
        if tenant is not None:
            connection.execution_options(**{TENANT_OPTION: tenant})
        with connection.begin():  # on PostgreSQL: BEGIN [READ ONLY] and the tenant, at once
            connection.info.pop(WROTE_RECORDS, None)  # a pooled connection's last transaction
            yield connection
            if connection.info.pop(WROTE_RECORDS, False):
                raise_version(connection)


def take_turn(connection: Connection, name: str, key: int) -> None:
    """Wait until other transactions numbering the same thing (`name`, `key`) have ended.

    SQLite's writers already go one at a time (BEGIN IMMEDIATE); PostgreSQL's do not, so two
    that read max(number) + 1 at once picked the same number and one failed on the unique
    index. A transaction-scoped advisory lock (released at COMMIT or ROLLBACK) lets them take
    turns; under READ COMMITTED the second then reads the first's row.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT pg_advisory_xact_lock(hashtext(:name), CAST(:key AS integer))"),
            {"name": name, "key": key},
        )


def postgresql_begin(options: Mapping[str, object]) -> str | None:
    """What opens a PostgreSQL transaction for a connection with these execution options, in
    one round trip (None: autocommit asked for, no transaction)."""
    if options.get("isolation_level") == "AUTOCOMMIT":
        return None
    begin = "BEGIN READ ONLY" if options.get(_READ_ONLY, False) else "BEGIN"
    tenant = options.get(TENANT_OPTION)
    if tenant is not None:  # an integer, checked here: nothing else enters the text
        begin += f"; SELECT set_config('{TENANT_SETTING}', '{int(str(tenant))}', true)"
    return begin


def _postgresql_connect(dbapi_connection: object, _record: object) -> None:
    dbapi_connection.autocommit = True  # type: ignore[attr-defined]  # we say BEGIN


def _postgresql_begin(connection: Connection) -> None:
    begin = postgresql_begin(connection.get_execution_options())
    if begin is None:
        return
    cursor = connection.connection.cursor()  # no parameters: the simple protocol, both at once
    try:
        cursor.execute(begin)
    finally:
        cursor.close()


def _sqlite_connect(dbapi_connection: object, _record: object) -> None:
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]  # we say BEGIN
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the others may wait
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    options = connection.get_execution_options()
    read_only = "ON" if options.get(_READ_ONLY, False) else "OFF"  # set on every BEGIN: pooled
    connection.exec_driver_sql(f"PRAGMA query_only={read_only}")  # connections carry it over
    connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(_WRITE, False) else "BEGIN")


def make_engine(url: str, *, file_open: bool = False) -> Engine:
    """The engine for `url`; `file_open`: this process has the SQLite file open already (the
    plain connection of `store.prepared`), so it is left alone: opening and closing it, its
    WAL or its shared-memory file here would drop the locks that connection holds (POSIX
    locks belong to the process), and another process could then reset the shared memory
    under it (SQLITE_PROTOCOL, or SIGBUS)."""
    engine = create_engine(url)
    install(engine)
    if engine.dialect.name == "sqlite":
        if not file_open:
            _create_private(engine)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgresql_connect)
        event.listen(engine, "begin", _postgresql_begin)
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
            private_if_present(companion)  # another process may remove these at any moment
