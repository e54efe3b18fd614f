"""The coaching server: organisations, users, sessions, invitations, consent, the audit log,
background jobs, an organisation key (`org_id`) on every tenant table, and row-level security
on PostgreSQL.

Every row stored before this upgrade belongs to organisation 0, the single-user app's. Client
names become unique per organisation (SQLite cannot drop a table-level UNIQUE, so `clients`
is rebuilt there). On PostgreSQL each tenant table gets a policy that shows and accepts only
the rows of the organisation the transaction names (`levelset.org_id`, see
`store.ownership`), FORCEd so that it binds the tables' owner too; only a superuser or a role
with BYPASSRLS (the one that runs migrations) sees past it. Later migrations that move rows
must run as such a role.
"""

from __future__ import annotations

import importlib
import warnings

from sqlalchemy import Connection, MetaData, Table, inspect, text

from levelset.store.ownership import TENANT_KEY, TENANT_SETTING, TENANTED
from levelset.store.records import record_tables

SERVER_MODULES = ("accounts", "sessions", "consent", "audit", "jobs")
POLICY = "tenant_isolation"


def upgrade(conn: Connection) -> None:
    with warnings.catch_warnings():  # the expression index of m0006 is not reflected
        warnings.simplefilter("ignore")
        _upgrade(conn)


def _upgrade(conn: Connection) -> None:
    record_tables()
    for name in SERVER_MODULES:
        importlib.import_module(f"levelset.store.{name}")
    from levelset.store.accounts import organisations_table
    from levelset.store.clients_tables import clients_table

    for table in TENANTED.values():
        if inspect(conn).has_table(table.name):
            _add_tenant_key(conn, table)
    if _name_unique_store_wide(conn):
        _per_organisation_names(conn, clients_table)
    for index in clients_table.indexes:
        index.create(conn, checkfirst=True)
    organisations_table.create(conn, checkfirst=True)
    for table in organisations_table.metadata.sorted_tables:
        if table.name in (*_server_tables(), "account_emails", "login_attempts"):
            table.create(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        for name in sorted(TENANTED):
            if inspect(conn).has_table(name):  # a later migration's tables: made there
                _row_level_security(conn, name)


def _server_tables() -> tuple[str, ...]:
    return ("users", "password_resets", "sessions", "invitations", "consents", "audit_log", "jobs")


def _add_tenant_key(conn: Connection, table: Table) -> None:
    if TENANT_KEY in {c["name"] for c in inspect(conn).get_columns(table.name)}:
        return
    conn.execute(
        text(f"ALTER TABLE {table.name} ADD COLUMN {TENANT_KEY} INTEGER NOT NULL DEFAULT 0")
    )


def _name_unique_store_wide(conn: Connection) -> list[str]:
    found = inspect(conn).get_unique_constraints("clients")
    return [u["name"] or "" for u in found if u["column_names"] == ["name_key"]]


def _per_organisation_names(conn: Connection, clients: Table) -> None:
    if conn.dialect.name != "sqlite":
        for name in _name_unique_store_wide(conn):
            conn.execute(text(f'ALTER TABLE clients DROP CONSTRAINT "{name}"'))
        return
    fresh = clients.to_metadata(MetaData(), name="clients_rebuilt")
    fresh.indexes.clear()  # made on the renamed table, under their own names
    fresh.create(conn)
    present = {c["name"] for c in inspect(conn).get_columns("clients")}
    columns = ", ".join(c.name for c in clients.columns if c.name in present)
    conn.execute(text(f"INSERT INTO clients_rebuilt ({columns}) SELECT {columns} FROM clients"))
    conn.execute(text("DROP TABLE clients"))
    conn.execute(text("ALTER TABLE clients_rebuilt RENAME TO clients"))


def _row_level_security(conn: Connection, table: str) -> None:
    tenant = f"NULLIF(current_setting('{TENANT_SETTING}', true), '')::integer"
    conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    conn.execute(text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))
    conn.execute(text(f"DROP POLICY IF EXISTS {POLICY} ON {table}"))
    conn.execute(
        text(
            f"CREATE POLICY {POLICY} ON {table}"
            f" USING ({TENANT_KEY} = {tenant}) WITH CHECK ({TENANT_KEY} = {tenant})"
        )
    )
