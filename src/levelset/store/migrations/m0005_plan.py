"""The 30-day plan: stored plans, ticked items and weekly review answers."""

from sqlalchemy import Connection

from levelset.store.plan_tables import plan_review_table, plan_table, plan_tick_table


def upgrade(conn: Connection) -> None:
    for table in (plan_table, plan_tick_table, plan_review_table):
        table.create(conn)
