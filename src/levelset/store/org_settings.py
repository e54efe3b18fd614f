"""What an organisation of the coaching server sets for itself: how long archived clients'
records are kept, and the OpenID Connect provider its people may sign in with.

The retention period lives on the `organisations` row (read by the retention job across
organisations); the provider (issuer, client id and secret) is a tenant table, so row-level
security keeps one organisation's secret from every other.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, delete, select, update

from levelset.store.accounts import organisations_table
from levelset.store.db import Store
from levelset.store.ownership import tenant_column, tenanted
from levelset.store.schema import metadata

oidc_providers_table = tenanted(
    Table(
        "oidc_providers",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("issuer", String(500), nullable=False),
        Column("client_id", String(300), nullable=False),
        Column("client_secret", String(500), nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
        tenant_column(),
        Index("uq_oidc_providers_org", "org_id", unique=True),
    )
)


@dataclass(frozen=True)
class OidcProvider:
    issuer: str
    client_id: str
    client_secret: str


def retention_days(store: Store, org_id: int) -> int | None:
    """Days after archiving when a client's records are erased (None: kept)."""
    table = organisations_table.c
    with store.read() as conn:
        found = conn.execute(select(table.retention_days).where(table.id == org_id)).first()
    return None if found is None or found[0] is None else int(found[0])


def set_retention(store: Store, org_id: int, days: int | None) -> None:
    change = update(organisations_table).where(organisations_table.c.id == org_id)
    with store.begin() as conn:
        conn.execute(change.values(retention_days=days))


def retention_by_organisation(store: Store) -> dict[int, int]:
    """Every organisation that erases archived clients, with its period in days."""
    table = organisations_table.c
    query = select(table.id, table.retention_days).where(table.retention_days.is_not(None))
    with store.read() as conn:
        return {int(i): int(d) for i, d in conn.execute(query.order_by(table.id))}


def provider(store: Store) -> OidcProvider | None:
    """The store's organisation's OpenID Connect provider, if it set one."""
    table = oidc_providers_table.c
    query = select(table.issuer, table.client_id, table.client_secret)
    with store.read() as conn:
        row = conn.execute(query).first()
    return None if row is None else OidcProvider(row[0], row[1], row[2])


def set_provider(store: Store, issuer: str, client_id: str, client_secret: str) -> None:
    """Set (or replace) the organisation's provider."""
    values = {
        "issuer": issuer,
        "client_id": client_id,
        "client_secret": client_secret,
        "updated_at": store.now(),
    }
    with store.begin() as conn:
        conn.execute(delete(oidc_providers_table))
        conn.execute(oidc_providers_table.insert().values(values))


def remove_provider(store: Store) -> None:
    with store.begin() as conn:
        conn.execute(delete(oidc_providers_table))
