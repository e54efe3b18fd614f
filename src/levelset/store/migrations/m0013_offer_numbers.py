"""Offer numbers per owner: each client's first offer is #1, as the coach's own first one is.

Offers were numbered by their row id, shared by the whole store, so a client's first offer could
be #7. Each offer now carries `number`, counted within its owner (in its organisation) in the
order stored; earlier offers are numbered by their id, owner by owner. A unique index keeps the
numbers apart. Like every migration that moves rows, it runs as a role that row-level security
does not bind (m0011).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, inspect, text

INDEX = "uq_offers_owner_number"


def upgrade(conn: Connection) -> None:
    if "number" not in {c["name"] for c in inspect(conn).get_columns("offers")}:
        conn.execute(text("ALTER TABLE offers ADD COLUMN number INTEGER"))
    counted: dict[int, int] = defaultdict(int)
    rows = conn.execute(text("SELECT id, client_id FROM offers ORDER BY client_id, id"))
    for offer_id, owner in rows.all():
        counted[owner] += 1
        number = text("UPDATE offers SET number = :n WHERE id = :id")
        conn.execute(number, {"n": counted[owner], "id": offer_id})
    conn.execute(text(f"CREATE UNIQUE INDEX IF NOT EXISTS {INDEX} ON offers (client_id, number)"))
