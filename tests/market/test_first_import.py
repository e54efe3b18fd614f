"""A fresh home's first import builds on the prebuilt store unpacked as its copy (issue 15):
the same store as unpacking it first and importing after, dated by the import; a refused
first import leaves no store; a stale prebuilt store is not used."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest

from levelset.errors import InputError
from levelset.market import build
from levelset.market.build import import_file, is_current, rebuild
from levelset.market.prebuilt import PREBUILT
from levelset.paths import Paths

LCA = (
    Path(__file__).resolve().parents[2]
    / "examples/market/LCA_Disclosure_Data_FY2025_Q4_SYNTHETIC.csv"
)
AT = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.UTC)
TABLES = ("oews", "crowd", "onet_occupations", "onet_titles", "lca", "level_map", "datasets",
          "lca_cells", "lca_spans", "lca_cell_meta")  # fmt: skip


def _at() -> dt.datetime:
    return AT


def _rows(path: Path) -> dict[str, object]:
    with duckdb.connect(str(path), read_only=True) as con:
        found: dict[str, object] = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                                    for t in TABLES}  # fmt: skip
        found["meta"] = dict(con.execute("SELECT key, value FROM meta").fetchall())
    return found


def test_the_first_import_gives_the_store_of_unpacking_then_importing(tmp_path: Path) -> None:
    first = Paths(tmp_path / "first").ensure()
    import_file(first, "lca", LCA, now=_at)
    before = Paths(tmp_path / "before").ensure()
    rebuild(before, prebuilt=PREBUILT, now=_at)  # what the first import did before
    import_file(before, "lca", LCA, now=_at)
    assert is_current(first)
    ours, theirs = _rows(first.market_db), _rows(before.market_db)
    assert ours == theirs
    assert ours["meta"]["built_at"] == "2026-12-06T09:30:00"  # type: ignore[index]
    assert not list(first.home.glob(".*.tmp*"))


def test_a_refused_first_import_leaves_no_store(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "home").ensure()
    bad = tmp_path / "LCA_Disclosure_Data_FY2025_Q4.csv"
    bad.write_text(LCA.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_file(paths, "lca", bad, now=_at)
    assert not paths.market_db.exists() and not list(paths.home.glob(".*.tmp*"))
    import_file(paths, "lca", LCA, now=_at)  # the next one starts afresh
    assert is_current(paths)


def test_a_stale_prebuilt_store_is_not_built_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "stale.duckdb"
    shutil.copyfile(PREBUILT, stale)
    with duckdb.connect(str(stale)) as con:
        con.execute("UPDATE meta SET value = 'other data' WHERE key = 'shipped'")
    monkeypatch.setattr(build, "PREBUILT", stale)  # a real stale file where the shipped one is
    paths = Paths(tmp_path / "home").ensure()
    import_file(paths, "lca", LCA, now=_at)
    assert is_current(paths)
    with duckdb.connect(str(paths.market_db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM lca").fetchone()[0] > 0
