"""A version number per owner of records, raised by every transaction that writes them.

A page built from one owner's records can be kept and served again until that owner's
version moves: the number lives in the database, so every worker process of a coaching
server (and a command run beside the local app) sees the same one. The ownership hook notes
a write to any record table (`store.ownership`); the engine raises the version in the same
transaction, just before it commits (`store.engine.write_transaction`), so a reader never
sees records newer than their version without the version having moved too.

The table belongs to one organisation like every other (the hook sets and filters its tenant
key, PostgreSQL's row-level security holds it, m0020) but it is not a record table: erasing or
exporting a client's records leaves it alone. Erasing raises the version once more, so a
client id that SQLite hands out again never meets a version a page was kept under before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Connection, Integer, PrimaryKeyConstraint, Table, select

from levelset.store.ownership import (
    OWNER_KEY,
    OWNER_OPTION,
    TENANT_KEY,
    owner_column,
    tenant_column,
    tenanted,
)
from levelset.store.schema import metadata

if TYPE_CHECKING:
    from levelset.store.db import Store

NAME = "record_versions"

record_versions_table = tenanted(
    Table(
        NAME,
        metadata,
        tenant_column(),
        owner_column(),
        Column("version", Integer, nullable=False),
        PrimaryKeyConstraint(TENANT_KEY, OWNER_KEY),
    )
)


def raise_version(conn: Connection) -> None:
    """Add one to the version of the records this connection's owner wrote (an upsert: the
    first write makes the row; the hook fills in the tenant key)."""
    table = record_versions_table
    owner = int(conn.get_execution_options()[OWNER_OPTION])
    upsert = _dialect_insert(conn.dialect.name)(table).values({OWNER_KEY: owner, "version": 1})
    conn.execute(
        upsert.on_conflict_do_update(
            index_elements=[table.c[TENANT_KEY], table.c[OWNER_KEY]],
            set_={"version": table.c.version + 1},
        )
    )


def _dialect_insert(name: str) -> Any:
    """The dialect's INSERT, which says ON CONFLICT; imported here: the PostgreSQL dialect
    costs a SQLite command about 35 ms of start-up (issue 15)."""
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def records_version(store: Store) -> int:
    """The store owner's records version (0 before their first write)."""
    table = record_versions_table
    mine = select(table.c.version).where(table.c[OWNER_KEY] == store.owner)
    with store.read() as conn:
        found = conn.execute(mine).scalar()
    return int(found or 0)
