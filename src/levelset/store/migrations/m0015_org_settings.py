"""Organisation settings of the coaching server, and indexes for one owner's rows.

- `organisations.retention_days`: days after archiving when a client's records are erased;
- `oidc_providers`: an organisation's OpenID Connect provider (issuer, client id, secret);
- `oidc_logins`: sign-ins through it that are under way (state, nonce, PKCE verifier);
- an index on (org_id, client_id) of every record table, and of consents: every page reads
  one client's rows, which without it scans the whole organisation's (or the server's).

The new tables are tenant tables, under row-level security on PostgreSQL like every other
(m0011).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from levelset.store.migrations.m0011_server import _row_level_security
from levelset.store.ownership import OWNER_KEY, TENANT_KEY
from levelset.store.records import record_tables

NEW_TABLES = ("oidc_providers", "oidc_logins")
ALSO_INDEXED = ("consents",)


def upgrade(conn: Connection) -> None:
    from levelset.store.oidc_logins import oidc_logins_table
    from levelset.store.org_settings import oidc_providers_table

    columns = {c["name"] for c in inspect(conn).get_columns("organisations")}
    if "retention_days" not in columns:
        conn.execute(text("ALTER TABLE organisations ADD COLUMN retention_days INTEGER"))
    for table in (oidc_providers_table, oidc_logins_table):
        table.create(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        for name in NEW_TABLES:
            _row_level_security(conn, name)
    owned = [t.name for t in record_tables()]
    for name in (*owned, *ALSO_INDEXED):
        if inspect(conn).has_table(name):
            conn.execute(
                text(
                    f"CREATE INDEX IF NOT EXISTS ix_{name}_org_owner"
                    f" ON {name} ({TENANT_KEY}, {OWNER_KEY})"
                )
            )
