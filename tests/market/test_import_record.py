"""What an LCA import records once its file has loaded (issue 15): it skips the work only
another kind of load needs (the OEWS display levels, following changed metros or roles),
so its store must be the one a full build replaying the same import makes."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from levelset.market.build import import_file, rebuild
from levelset.paths import Paths
from tests.market.test_first_import import LCA, TABLES, _at


def _rows(path: Path) -> dict[str, object]:
    """Every table's rows; a dataset's load time aside (the prebuilt store's are its own)."""
    with duckdb.connect(str(path), read_only=True) as con:
        return {t: con.execute(f"SELECT {_COLUMNS.get(t, '*')} FROM {t} ORDER BY ALL")
                .fetchall() for t in TABLES}  # fmt: skip


_COLUMNS = {"datasets": "* EXCLUDE (loaded_at)"}


def _rebuilt(paths: Paths, tmp_path: Path) -> dict[str, object]:
    """The rows of the store as it is, and compared: those of a full build from the shipped
    files replaying the same imports (display levels filled, aggregates followed)."""
    kept = tmp_path / "imported.duckdb"
    shutil.copyfile(paths.market_db, kept)
    rebuild(paths, now=_at)
    assert _rows(paths.market_db) == _rows(kept)
    return _rows(kept)


def test_an_lca_import_stores_what_a_full_build_does(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "home").ensure()
    import_file(paths, "lca", LCA, now=_at)  # the first: on the prebuilt store
    rows = _rebuilt(paths, tmp_path)
    assert rows["lca_cells"] and rows["lca_spans"]
    import_file(paths, "lca", LCA, now=_at)  # again, on the live store: replaces its filings
    _rebuilt(paths, tmp_path)


def test_an_lca_import_rebuilds_aggregates_made_for_other_metros(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "home").ensure()
    import_file(paths, "lca", LCA, now=_at)
    with duckdb.connect(str(paths.market_db)) as con:  # as if the metros had changed since
        con.execute("UPDATE lca_cell_meta SET value = 'other metros' WHERE key = 'built_for'")
        con.execute("DELETE FROM lca_cells")
    import_file(paths, "lca", LCA, now=_at)
    rows = _rebuilt(paths, tmp_path)
    assert rows["lca_cells"]
