"""Practice sessions: mock negotiation calls, story drills and peer sheets."""

from sqlalchemy import Connection

from levelset.store.practice_tables import practice_table


def upgrade(conn: Connection) -> None:
    practice_table.create(conn)
