"""Offers, the user's currency rates, negotiations with their event log and drafts."""

from sqlalchemy import Connection

from levelset.store.negotiations_tables import drafts_table, events_table, negotiations_table
from levelset.store.offers_tables import offers_table, rates_table


def upgrade(conn: Connection) -> None:
    for table in (offers_table, rates_table, negotiations_table, events_table, drafts_table):
        table.create(conn)
