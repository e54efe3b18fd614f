"""The target profile: one row per workspace."""

from sqlalchemy import Connection

from levelset.store.profile_tables import profile_table


def upgrade(conn: Connection) -> None:
    profile_table.create(conn)
