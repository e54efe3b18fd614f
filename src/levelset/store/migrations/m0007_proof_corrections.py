"""The user's corrections to imported positions (edit, merge, drop, move a bullet)."""

from sqlalchemy import Connection

from levelset.store.proof_tables import proof_corrections


def upgrade(conn: Connection) -> None:
    proof_corrections.create(conn)
