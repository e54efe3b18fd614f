"""A PostgreSQL records store from before clients (m0001-m0006, a few rows each) upgrades in
place through m0008 (owner key, store-wide unique constraints dropped by name, per-owner ones
made) and m0013 (offer numbers per owner). Runs against a real server only."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from levelset.store import open_store
from levelset.store.clients import add_client
from levelset.store.offers import add_offers
from levelset.store.records import record_tables
from tests.conftest import POSTGRES_ENV
from tests.store.test_owners import LEGACY, _offer

pytestmark = pytest.mark.skipif(
    not os.environ.get(POSTGRES_ENV), reason=f"set {POSTGRES_ENV} to run on PostgreSQL"
)
SERIALS = (
    "SELECT table_name FROM information_schema.columns"
    " WHERE column_name = 'id' AND column_default LIKE 'nextval%'"
)
PARENTS = ("negotiations", "plan", "proof_sources")
OLD_OFFER = (
    "INSERT INTO offers VALUES(1,'Acme','USD','150000','{}',NULL,'2026-01-02 10:00:00');\n"
    "INSERT INTO offers VALUES(2,'Beta','USD','160000','{}',NULL,'2026-01-03 10:00:00');"
)


def legacy_postgres() -> list[str]:
    """The SQLite dump of the legacy store as PostgreSQL statements, parents first."""
    body = "\n".join(
        line
        for line in LEGACY.read_text().splitlines()
        if not line.startswith("--") and line not in ("BEGIN TRANSACTION;", "COMMIT;")
    )
    body = body.replace("DATETIME", "TIMESTAMP WITH TIME ZONE") + "\n" + OLD_OFFER
    body = body.replace("\tid INTEGER NOT NULL", "\tid SERIAL NOT NULL")  # as SQLAlchemy made it
    body = body.replace("'called',NULL,0,NULL", "'called',NULL,false,NULL")  # a boolean
    statements = [s.strip() for s in body.split(";\n") if s.strip()]
    return sorted(statements, key=_order)


def _order(statement: str) -> tuple[int, int]:
    kind = 0 if statement.startswith("CREATE TABLE") else 1 if "INDEX" in statement[:20] else 2
    match = re.match(r'(?:CREATE TABLE|INSERT INTO)\s+"?(\w+)"?', statement)
    return kind, 0 if match and match.group(1) in PARENTS else 1


@pytest.fixture
def old_database() -> Iterator[str]:
    server = make_url(os.environ[POSTGRES_ENV])
    name = f"levelset_old_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    with engine.begin() as conn:
        for statement in legacy_postgres():
            conn.exec_driver_sql(statement.rstrip(";"))
        for table in conn.execute(text(SERIALS)).scalars().all():  # past the rows loaded
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f'coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'
                )
            )
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_an_old_postgres_store_upgrades_in_place(old_database: str, tmp_path: Path) -> None:
    before = _counts(old_database)
    store = open_store(Paths(tmp_path / "home").ensure(), url=old_database, now=SystemClock().now)
    after = _counts(old_database)
    assert {t: after[t] for t in before} == before and before["offers"] == 2
    with store.begin() as conn:
        for table in record_tables():
            owners = conn.execute(text(f"SELECT DISTINCT client_id FROM {table.name}")).all()
            assert owners in ([], [(0,)]), table.name
        names = conn.execute(text("SELECT company_key FROM negotiations")).scalars().all()
        numbers = conn.execute(text("SELECT number FROM offers ORDER BY id")).scalars().all()
    assert names == ["acme"] and numbers == [1, 2]
    client = store.for_owner(add_client(store, "Ada", email=None, note=None, cohort=None).id)
    insert = (
        "INSERT INTO negotiations (company, company_key, created_at, client_id)"
        " VALUES ('Acme', 'acme', now(), :owner)"
    )
    with client.engine.begin() as conn:  # the same name for another owner: allowed now
        conn.execute(text(insert), {"owner": client.owner})
    with pytest.raises(Exception, match=r"unique|duplicate"), store.engine.begin() as conn:
        conn.execute(text(insert), {"owner": 0})
    assert [s.id for s in add_offers(client, [_offer()])] == [1]
    assert [s.id for s in add_offers(store, [_offer()])] == [3]
    store.close()


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        names = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        skip = {"schema_migrations", "clients", "coach_notes", "practice_sessions"}
        counts = {
            n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()
            for n in names
            if n not in skip
        }
    engine.dispose()
    return counts
