"""A coach's clients: the `clients` table, coach notes, and an owner key on every record.

Every record table gains `client_id` (0: the user's or coach's own records, which is what every
row stored before this upgrade is). Names that were unique in the whole store (a negotiation's
company, a proof file, an experiment, the one profile, an application's key) become unique per
owner. On SQLite a table-level UNIQUE cannot be dropped, so those tables are rebuilt: their
children's rows are kept aside, the table is copied into a new one and renamed, and the
children's rows come back, all in this migration's one transaction.
"""

from __future__ import annotations

import warnings

from sqlalchemy import Connection, MetaData, Table, inspect, text

from levelset.store.ownership import OWNER_KEY
from levelset.store.records import record_tables

ATTEMPTS = "('application', 'outreach')"
# the store-wide UNIQUE constraints that become unique per owner: table -> their columns
STORE_WIDE = {
    "negotiations": ["company_key"],
    "proof_sources": ["name"],
    "tracking_experiments": ["name"],
}


def upgrade(conn: Connection) -> None:
    with warnings.catch_warnings():  # the expression index of m0006 is not reflected
        warnings.simplefilter("ignore")
        _upgrade(conn)


def _upgrade(conn: Connection) -> None:
    # record tables made by later migrations do not exist yet; they are born with the key
    tables = [t for t in record_tables() if inspect(conn).has_table(t.name)]
    from levelset.store.clients_tables import clients_table, notes_table

    clients_table.create(conn, checkfirst=True)
    notes_table.create(conn, checkfirst=True)
    for table in tables:
        _add_owner_key(conn, table)
    for table in tables:
        if _global_uniques(conn, table):
            _drop_global_uniques(conn, table, tables)
    for table in tables:
        for index in table.indexes:
            index.create(conn, checkfirst=True)
    conn.execute(text("DROP INDEX IF EXISTS uq_tracking_events_attempt"))
    conn.execute(
        text(
            "CREATE UNIQUE INDEX uq_tracking_events_attempt"
            " ON tracking_events (client_id, lower(ref)) WHERE kind IN " + ATTEMPTS
        )
    )


def _add_owner_key(conn: Connection, table: Table) -> None:
    if OWNER_KEY in {c["name"] for c in inspect(conn).get_columns(table.name)}:
        return
    conn.execute(
        text(f"ALTER TABLE {table.name} ADD COLUMN {OWNER_KEY} INTEGER NOT NULL DEFAULT 0")
    )


def _global_uniques(conn: Connection, table: Table) -> list[str]:
    """Names of the table's store-wide UNIQUE constraints (before this upgrade)."""
    if table.name not in STORE_WIDE:
        return []
    found = inspect(conn).get_unique_constraints(table.name)
    return [u["name"] or "" for u in found if u["column_names"] == STORE_WIDE[table.name]]


def _drop_global_uniques(conn: Connection, table: Table, tables: list[Table]) -> None:
    if conn.dialect.name != "sqlite":
        for name in _global_uniques(conn, table):
            conn.execute(text(f'ALTER TABLE {table.name} DROP CONSTRAINT "{name}"'))
        return
    children = [t for t in tables if any(fk.column.table is table for fk in t.foreign_keys)]
    for child in children:  # keep the children's rows aside: dropping the parent empties them
        conn.execute(text(f"CREATE TEMP TABLE keep_{child.name} AS SELECT * FROM {child.name}"))
        conn.execute(text(f"DELETE FROM {child.name}"))
    _rebuild(conn, table)
    for child in children:
        conn.execute(text(f"INSERT INTO {child.name} SELECT * FROM keep_{child.name}"))
        conn.execute(text(f"DROP TABLE keep_{child.name}"))


def _rebuild(conn: Connection, table: Table) -> None:
    """Copy `table` into one made from its current declaration, then take its place."""
    fresh = table.to_metadata(MetaData(), name=f"{table.name}_rebuilt")
    fresh.indexes.clear()  # made on the renamed table, under their own names, by `upgrade`
    fresh.create(conn)
    # the columns the table has now: a later migration's (m0011's org_id) is not there yet
    present = {c["name"] for c in inspect(conn).get_columns(table.name)}
    columns = ", ".join(c.name for c in table.columns if c.name in present)
    conn.execute(text(f"INSERT INTO {fresh.name} ({columns}) SELECT {columns} FROM {table.name}"))
    conn.execute(text(f"DROP TABLE {table.name}"))
    conn.execute(text(f"ALTER TABLE {fresh.name} RENAME TO {table.name}"))
