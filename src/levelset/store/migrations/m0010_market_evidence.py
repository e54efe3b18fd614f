"""The user's own market evidence: saved job postings and collected comps."""

from sqlalchemy import Connection

from levelset.store.market_evidence_tables import comps_table, postings_table


def upgrade(conn: Connection) -> None:
    postings_table.create(conn)
    comps_table.create(conn)
