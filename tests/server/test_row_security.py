"""Straight at PostgreSQL as the workers' role, past the ORM's filter: another tenant's rows
are invisible and cannot be written; with no tenant set, nothing is visible."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from levelset.store.ownership import TENANTED
from levelset.store.records import record_tables
from tests.server.world import World

pytestmark = pytest.mark.postgres


def _tables() -> list[str]:
    record_tables()
    import levelset.store.audit
    import levelset.store.consent
    import levelset.store.sessions  # noqa: F401

    return sorted(TENANTED)


def test_the_wrong_tenant_reads_zero_rows_of_every_tenant_table(pg_world: World) -> None:
    engine = create_engine(pg_world.app_url)
    a, b = pg_world.orgs["A"], pg_world.orgs["B"]
    counted = {}
    try:
        for table in _tables():
            with engine.begin() as conn:
                conn.execute(text("SELECT set_config('levelset.org_id', :v, true)"), {"v": str(b)})
                query = text(f"SELECT count(*) FROM {table} WHERE org_id = :a")
                assert conn.execute(query, {"a": a}).scalar_one() == 0, table
                rows = conn.execute(text(f"SELECT org_id FROM {table}")).scalars().all()
                assert set(rows) <= {b}, table
            with engine.begin() as conn:  # no tenant said: nothing at all
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
            with engine.begin() as conn:
                conn.execute(text("SELECT set_config('levelset.org_id', :v, true)"), {"v": str(a)})
                counted[table] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()
    for table in ("users", "clients", "consents", "profile", "tracking_events", "sessions"):
        assert counted[table] > 0, table  # organisation A's own rows are there to be hidden


def test_the_wrong_tenant_cannot_write_or_switch_security_off(pg_world: World) -> None:
    engine = create_engine(pg_world.app_url)
    a, b = pg_world.orgs["A"], pg_world.orgs["B"]
    try:
        with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as conn:
            conn.execute(text("SELECT set_config('levelset.org_id', :v, true)"), {"v": str(b)})
            conn.execute(
                text(
                    "INSERT INTO audit_log (at, actor_id, client_id, action, what, org_id)"
                    " VALUES (now(), 1, 1, 'read', 'x', :a)"
                ),
                {"a": a},
            )
        with engine.begin() as conn:
            conn.execute(text("SELECT set_config('levelset.org_id', :v, true)"), {"v": str(b)})
            changed = conn.execute(text("UPDATE users SET name = 'x' WHERE org_id = :a"), {"a": a})
            assert changed.rowcount == 0
            gone = conn.execute(text("DELETE FROM clients WHERE org_id = :a"), {"a": a})
            assert gone.rowcount == 0
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text("ALTER TABLE users DISABLE ROW LEVEL SECURITY"))
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text("SET LOCAL row_security = off"))
            conn.execute(text("SELECT count(*) FROM users")).scalar_one()
    finally:
        engine.dispose()
