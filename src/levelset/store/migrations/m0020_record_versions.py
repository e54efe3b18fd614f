"""A version number per owner of records (`record_versions`, see `store.record_versions`),
raised by every transaction that writes that owner's records: pages built from one client's
records are kept until it moves. A tenant table, under row-level security on PostgreSQL like
every other (m0011). Owners start without a row (version 0) until their next write.
"""

from __future__ import annotations

from sqlalchemy import Connection

from levelset.store.migrations.m0011_server import _row_level_security


def upgrade(conn: Connection) -> None:
    from levelset.store.record_versions import NAME, record_versions_table

    record_versions_table.create(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        _row_level_security(conn, NAME)
