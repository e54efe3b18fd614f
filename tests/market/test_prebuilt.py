"""The prebuilt market store: used by a fresh home when current, never when stale or broken."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from levelset.market.build import is_current, open_market, rebuild
from levelset.market.prebuild import write
from levelset.market.prebuilt import PREBUILT
from levelset.paths import Paths
from tests.market.market_home import clock

TABLES = ("oews", "crowd", "onet_occupations", "onet_titles", "level_map", "datasets")


def _counts(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _labels(paths: Paths, prebuilt: Path) -> list[str]:
    labels: list[str] = []
    rebuild(paths, progress=lambda label, _done: labels.append(label), prebuilt=prebuilt, now=clock)
    return labels


def test_a_fresh_home_starts_from_a_current_prebuilt_store(tmp_path: Path) -> None:
    packed = write(tmp_path / "market.duckdb")
    fresh = Paths(tmp_path / "fresh").ensure()
    labels = _labels(fresh, packed)
    assert labels == ["loading the prebuilt store", "done"]
    assert is_current(fresh)
    built = Paths(tmp_path / "built").ensure()
    rebuild(built, now=clock)
    assert _counts(fresh.market_db) == _counts(built.market_db)


def test_a_stale_prebuilt_store_is_not_used(tmp_path: Path) -> None:
    packed = write(tmp_path / "market.duckdb")
    stale = tmp_path / "stale.duckdb"
    shutil.copyfile(packed, stale)
    with duckdb.connect(str(stale)) as con:
        con.execute("UPDATE meta SET value = 'other data' WHERE key = 'shipped'")
    paths = Paths(tmp_path / "home").ensure()
    assert "loading oews_tech" in _labels(paths, stale)
    assert is_current(paths)


def test_a_damaged_prebuilt_store_is_not_used(tmp_path: Path) -> None:
    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"not a database")
    paths = Paths(tmp_path / "home").ensure()
    assert "loading oews_tech" in _labels(paths, broken)
    assert is_current(paths) and not list(paths.home.glob(".*.tmp"))


def test_the_shipped_prebuilt_store_is_current(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "home").ensure()
    labels = _labels(paths, PREBUILT)
    assert labels == ["loading the prebuilt store", "done"], (
        "src/levelset/data/prebuilt/market.duckdb is stale: the shipped data, tables or "
        "loaders changed; write it again with `python -m levelset.market.prebuild`"
    )
    with open_market(paths, now=clock) as store:
        assert store.meta()["shipped"]


def test_two_builds_write_the_same_bytes(tmp_path: Path) -> None:
    first = write(tmp_path / "one" / "market.duckdb")
    second = write(tmp_path / "two" / "market.duckdb")
    assert first.read_bytes() == second.read_bytes()
    copies = [p.with_name("market.sqlite").read_bytes() for p in (first, second)]
    assert copies[0] == copies[1]


def test_a_settled_identifier_keeps_the_file_readable_and_leaves_other_files_alone(
    tmp_path: Path,
) -> None:
    from levelset.market.duckdb_identity import HEADER_SIZE, header_checksum, settle_identifier

    db = tmp_path / "any.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE t AS SELECT range AS n FROM range(1000)")
    assert settle_identifier(db)
    header = db.read_bytes()[:HEADER_SIZE]
    assert int.from_bytes(header[:8], "little") == header_checksum(header)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT sum(n) FROM t").fetchone() == (499500,)
    other = tmp_path / "notes.txt"
    other.write_bytes(b"DUCK? no" * 1000)
    assert not settle_identifier(other) and other.read_bytes() == b"DUCK? no" * 1000
