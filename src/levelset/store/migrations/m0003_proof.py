"""Imported proof materials: sources and their positions, stories and loose bullets."""

from sqlalchemy import Connection

from levelset.store.proof_tables import proof_items, proof_sources


def upgrade(conn: Connection) -> None:
    proof_sources.create(conn)
    proof_items.create(conn)
