"""Removing a whole negotiation record: the one place that deletes from the negotiation tables.

A record's events and drafts are never changed or deleted one by one (store/negotiations.py
only ever appends); removing the whole record, at the user's request and with an undo file
written first (app/drafting.delete_record), is the exception and lives here, apart.
"""

from __future__ import annotations

from levelset.store.db import Store
from levelset.store.negotiations import _require_id, drafts_table, events_table, negotiations_table
from levelset.store.practice import practice_table


def delete_record(store: Store, company: str) -> None:
    """Remove a negotiation record with its events and drafts, all or nothing."""
    with store.begin() as conn:
        record_id = _require_id(conn, company)
        linked = practice_table.c.negotiation_id == record_id  # rehearsals stay, as history
        conn.execute(practice_table.update().where(linked).values(negotiation_id=None))
        for table in (drafts_table, events_table):
            conn.execute(table.delete().where(table.c.negotiation_id == record_id))
        conn.execute(negotiations_table.delete().where(negotiations_table.c.id == record_id))
