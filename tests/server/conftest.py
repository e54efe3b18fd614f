from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.server.world import World, postgres_world, sqlite_world

pytest.importorskip("argon2")
POSTGRES = pytest.mark.skipif(
    not os.environ.get("LEVELSET_TEST_POSTGRES_URL"),
    reason="set LEVELSET_TEST_POSTGRES_URL to run on PostgreSQL",
)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=POSTGRES)])
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    home = tmp_path_factory.mktemp("server") / "home"
    if request.param == "sqlite":
        yield from sqlite_world(home)
    else:
        yield from postgres_world(home)


@pytest.fixture(scope="module")
def pg_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    if not os.environ.get("LEVELSET_TEST_POSTGRES_URL"):
        pytest.skip("set LEVELSET_TEST_POSTGRES_URL to run on PostgreSQL")
    yield from postgres_world(tmp_path_factory.mktemp("server-pg") / "home")
