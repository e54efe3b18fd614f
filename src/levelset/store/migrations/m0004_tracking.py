"""Tracked job-search events, experiments and saved narrative scores."""

from sqlalchemy import Connection

from levelset.store.tracking_tables import events_table, experiments_table, scores_table


def upgrade(conn: Connection) -> None:
    for table in (events_table, experiments_table, scores_table):
        table.create(conn)
