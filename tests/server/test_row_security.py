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
        with engine.begin() as conn:  # a UNION at the top reads each part under the policy
            conn.execute(text("SELECT set_config('levelset.org_id', :v, true)"), {"v": str(b)})
            both = "SELECT org_id FROM profile UNION ALL SELECT org_id FROM tracking_events"
            assert set(conn.execute(text(both)).scalars()) <= {b}
    finally:
        engine.dispose()
    shown = ("users", "clients", "consents", "profile", "tracking_events", "sessions")
    for table in (*shown, "record_versions"):
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


def test_the_store_says_read_only_and_its_tenant_with_begin_and_never_carries_them_over(
    pg_world: World,
) -> None:
    """The store's own transactions (`write_transaction`, whose BEGIN carries READ ONLY and the
    tenant in one round trip): the tenant holds for that transaction only, on a pooled
    connection the next one reuses; a read refuses writes; a failed transaction leaves no
    tenant behind either."""
    from levelset.store.engine import make_engine, write_transaction

    engine = make_engine(pg_world.app_url)
    a, b = pg_world.orgs["A"], pg_world.orgs["B"]
    said = text("SELECT current_setting('levelset.org_id', true)")
    try:
        with write_transaction(engine, tenant=a, write=False) as conn:
            assert conn.execute(said).scalar_one() == str(a)
            assert conn.execute(text("SHOW transaction_read_only")).scalar_one() == "on"
            seen = conn.execute(text("SELECT DISTINCT org_id FROM users")).scalars().all()
            assert seen == [a]
            with pytest.raises(DBAPIError, match="read-only"):
                conn.execute(text("UPDATE users SET name = name"))
        for _ in range(3):  # one pooled connection, reused each time
            with write_transaction(engine, write=False) as conn:
                assert conn.execute(said).scalar_one() in ("", None)
                assert conn.execute(text("SELECT count(*) FROM users")).scalar_one() == 0
        with pytest.raises(DBAPIError), write_transaction(engine, tenant=b) as conn:
            assert conn.execute(text("SHOW transaction_read_only")).scalar_one() == "off"
            assert conn.execute(said).scalar_one() == str(b)
            conn.execute(text("SELECT 1/0"))
        with engine.connect() as conn:  # a plain connection: in a transaction, no tenant
            assert conn.execute(said).scalar_one() in ("", None)
            assert conn.execute(text("SELECT count(*) FROM users")).scalar_one() == 0
            conn.execute(text("SELECT pg_sleep(0.01)"))
            begun = "SELECT now() < statement_timestamp()"  # now(): when the transaction began
            assert conn.execute(text(begun)).scalar_one() is True
    finally:
        engine.dispose()
