"""The last analysis of each owner's proof, kept with the digest of what it read
(`proof_analysis`, see `store.proof_analysis`): a command that shows the analysis reads it
back while the résumés, their corrections and the profile are unchanged. A record table,
under row-level security on PostgreSQL like every other (m0011).
"""

from __future__ import annotations

from sqlalchemy import Connection

from levelset.store.migrations.m0011_server import _row_level_security


def upgrade(conn: Connection) -> None:
    from levelset.store.proof_tables import proof_analysis

    proof_analysis.create(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        _row_level_security(conn, proof_analysis.name)
