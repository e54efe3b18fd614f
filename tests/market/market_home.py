"""Test support: a market store built once per test run and copied into each test's home.

Building from the shipped files takes about a second; copying the built file takes a few
milliseconds, so every test still gets its own store it may change freely.
"""

from __future__ import annotations

import atexit
import csv
import datetime as dt
import gzip
import hashlib
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from levelset.market import build
from levelset.market.build import open_market
from levelset.paths import Paths
from tests.suite_day import TODAY

UPSTREAM = Path(__file__).parent / "fixtures" / "upstream"
SHIPPED = build.SHIPPED_DIR
TABLES = ("oews", "crowd", "onet_occupations", "onet_titles", "lca", "level_map", "datasets")
_built: list[Path] = []


def clock() -> dt.datetime:
    """The fixed clock of the market tests (the workspace's clock in the product)."""
    return dt.datetime.combine(TODAY, dt.time(9, 0), tzinfo=dt.UTC)


def market_paths(home: Path) -> Paths:
    """Paths under `home` whose market store is a fresh copy of the shipped build."""
    if not _built:
        folder = Path(tempfile.mkdtemp(prefix="levelset-market-"))
        atexit.register(shutil.rmtree, folder, True)
        build.rebuild(Paths(folder).ensure(), now=clock)
        _built.append(folder / "market.duckdb")
    paths = Paths(home).ensure()
    shutil.copyfile(_built[0], paths.market_db)
    return paths


@cache
def shipped_rows(name: str) -> list[dict[str, str]]:
    """The rows of a shipped CSV (gzip or plain), as the source publishes them."""
    file = SHIPPED / name
    opener: Any = gzip.open if file.suffix == ".gz" else open
    with opener(file, "rt", encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def fingerprint(paths: Paths) -> dict[str, Any]:
    """Row count of every table, and a checksum of the store file's bytes."""
    result: dict[str, Any] = {"file": hashlib.sha256(paths.market_db.read_bytes()).hexdigest()}
    with open_market(paths, now=clock) as store:
        for table in TABLES:
            result[table] = store.fetch(f"SELECT count(*) FROM {table}")[0][0]
    return result


def title_reading(market: Any, title: str) -> tuple[str, str | None]:
    """(role key, hinted band) of a typed title, or ("refused", None) when no role is found."""
    from levelset.errors import UnknownValue
    from levelset.market.ranges import _hinted_level
    from levelset.market.titles import resolve_role

    try:
        role = resolve_role(title, market)
    except UnknownValue:
        return "refused", None
    level = _hinted_level(role, None)
    return role.key, level.band.value if level else None
