"""An import checks that the live store is current on its own copy's connection (one DuckDB
connect instead of two, issue 15): a store of another version, one missing or one DuckDB
cannot open is built again first, as before, and the import lands on the new store."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from levelset.market import store
from levelset.market.build import import_file, open_market
from levelset.paths import Paths
from tests.market.market_home import UPSTREAM, clock, market_paths

CROWD = UPSTREAM / "aijobs_salaries_2025-06-01.csv"


def _outdated(paths: Paths) -> None:
    with duckdb.connect(str(paths.market_db)) as con:
        con.execute("UPDATE meta SET value = 'old' WHERE key = 'shipped'")


def _unreadable(paths: Paths) -> None:
    paths.market_db.write_bytes(b"not a DuckDB file " * 200)


def _missing(paths: Paths) -> None:
    paths.market_db.unlink()


@pytest.mark.parametrize("spoil", [_outdated, _unreadable, _missing])
def test_an_import_into_a_store_that_is_not_current_rebuilds_it_first(
    paths: Paths, spoil: object
) -> None:
    market_paths(paths.home)
    open_market(paths, now=clock).close()
    spoil(paths)  # type: ignore[operator]
    report = import_file(paths, "crowd", CROWD, now=clock)
    with open_market(paths, now=clock) as store:
        assert store.meta()["shipped"] != "old"
        assert store.fetch("SELECT count(*) FROM crowd") == [(report.rows,)]
        assert store.fetch("SELECT DISTINCT snapshot FROM crowd") == [("2025-06-01",)]
    assert not list(paths.home.glob(".*.tmp*"))  # no copy left behind


def test_an_import_into_a_current_store_opens_duckdb_once(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    market_paths(paths.home)
    open_market(paths, now=clock).close()
    opened: list[tuple[str, bool]] = []
    engine = store.duckdb  # DuckDB's engine as the store imports it (_duckdb, else duckdb)
    real = engine.connect

    def counting(database: str = ":memory:", read_only: bool = False, **rest: object) -> object:
        opened.append((Path(database).name, read_only))
        return real(database, read_only=read_only, **rest)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "connect", counting)
    import_file(paths, "crowd", CROWD, now=clock)
    assert len(opened) == 1 and opened[0][1] is False, opened
