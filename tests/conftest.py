"""Shared fixtures: every test runs in its own LEVELSET_HOME; stores on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from tests.suite_day import TODAY

POSTGRES_ENV = "LEVELSET_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def levelset_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home for each test, so no test sees another's records or the user's."""
    home = tmp_path / "home"
    monkeypatch.setenv("LEVELSET_HOME", str(home))
    monkeypatch.delenv("LEVELSET_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def on_the_suites_day(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """Every command's clock stopped on the suite's fixed day, the web app's too (LEVELSET_TODAY;
    monkeypatch restores the environment)."""
    monkeypatch.setenv("LEVELSET_TODAY", TODAY.isoformat())
    return TODAY


@pytest.fixture
def paths(levelset_home: Path) -> Paths:
    return Paths(levelset_home).ensure()


def _backends() -> list[object]:
    backends: list[object] = ["sqlite"]
    backends.append(
        pytest.param(
            "postgres",
            marks=pytest.mark.skipif(
                not os.environ.get(POSTGRES_ENV), reason=f"set {POSTGRES_ENV} to run on PostgreSQL"
            ),
        )
    )
    return backends


@pytest.fixture(params=_backends())
def store(request: pytest.FixtureRequest, paths: Paths) -> Iterator[object]:
    """A migrated records store on SQLite, and on PostgreSQL when a server is configured."""
    from levelset.store import open_store

    if request.param == "sqlite":
        opened = open_store(paths, now=SystemClock().now)
        yield opened
        opened.close()
        return
    yield from _postgres_store(paths, request.getfixturevalue("postgres_template"))


@pytest.fixture(scope="session")
def postgres_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL database that every migration made, once per run: each test's database is
    a copy of it (CREATE DATABASE ... TEMPLATE), not a new replay of the migrations."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from levelset.store import open_store

    server = make_url(os.environ[POSTGRES_ENV])
    name = f"levelset_template_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    home = Paths(tmp_path_factory.mktemp("postgres-template")).ensure()
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        open_store(home, url=url, now=SystemClock().now).close()  # no connection left open
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _postgres_store(paths: Paths, template: str) -> Iterator[object]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from levelset.store import open_store

    server = make_url(os.environ[POSTGRES_ENV])
    name = f"levelset_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    opened = open_store(
        paths,
        url=server.set(database=name).render_as_string(hide_password=False),
        now=SystemClock().now,
    )
    try:
        yield opened
    finally:
        opened.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
