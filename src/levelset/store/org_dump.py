"""One organisation's rows, every table, for its export: read in one transaction.

Record rows keep their owner key (`client_id`, which client they are of); no table keeps its
tenant key (the whole export is one organisation's). Users are listed without password
hashes; sessions, reset links, sign-in attempts and pending sign-ins are not exported.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, select

from levelset.store.db import Store
from levelset.store.ownership import ALL_OWNERS, TENANT_KEY

USER_FIELDS = ("id", "email", "name", "role", "client_id", "created_at")


def dump_organisation(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of the store's organisation by table: records of every client, clients,
    users (no secrets), consents and the audit log."""
    from levelset.store.accounts import users_table
    from levelset.store.audit import audit_table
    from levelset.store.clients_tables import clients_table
    from levelset.store.consent import consents_table
    from levelset.store.records import record_tables

    every = store.for_owner(ALL_OWNERS)
    dumped: dict[str, list[dict[str, Any]]] = {}
    with every.read() as conn:
        for table in (clients_table, consents_table, audit_table, *record_tables()):
            dumped[table.name] = _rows(conn, table)
        people = select(*(users_table.c[name] for name in USER_FIELDS))
        dumped["users"] = [
            dict(r) for r in conn.execute(people.order_by(users_table.c.id)).mappings()
        ]
    return dumped


def _rows(conn: Any, table: Table) -> list[dict[str, Any]]:
    order = table.primary_key.columns.values()
    rows = conn.execute(select(table).order_by(*order)).mappings()
    return [{k: v for k, v in r.items() if k != TENANT_KEY} for r in rows]
