"""Build the market store once per session and give each test a copy, so the cross-company
level table is real without rebuilding DuckDB from the shipped files in every test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from levelset.paths import Paths
from tests.market.market_home import clock


@pytest.fixture(scope="session")
def built_market(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    home = tmp_path_factory.mktemp("market-home")
    try:
        from levelset.market import level_table
        from levelset.market.build import open_market

        level_table(open_market(Paths(home).ensure(), now=clock))
    except Exception:  # the market capability may be absent: tests then see no table
        return None
    return Paths(home).market_db


@pytest.fixture(autouse=True)
def market_copy(levelset_home: Path, built_market: Path | None) -> Iterator[None]:
    if built_market is not None and built_market.exists():
        Paths(levelset_home).ensure()
        shutil.copy2(built_market, Paths(levelset_home).market_db)
    yield
