"""Practice sessions: mock negotiation calls, story drills and peer sheets."""

from sqlalchemy import Connection

from levelset.store.practice import practice_table


def upgrade(conn: Connection) -> None:
    practice_table.create(conn)
