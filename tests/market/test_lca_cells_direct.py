"""An import of a few filings computes its cells by quantile_cont itself (the banded statement
costs more to plan than to run on so few, issue 15); the cells it leaves are those a full
recompute by the banded statement gives, to the last bit, after several imports whose cases
overlap and the re-import of a file."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from levelset.market.build import import_file, open_market
from levelset.market.build_db import BuildDb
from levelset.market.lca_cells import DIRECT_LIMIT
from levelset.market.loaders import lca_aggregates
from levelset.market.loaders.lca_aggregates import Scope, YearAggregate
from levelset.paths import Paths
from tests.market.lca_filings import filing_rows as _rows
from tests.market.lca_filings import write_filings as _write
from tests.market.market_home import clock, market_paths

Cells = list[tuple[object, ...]]


@pytest.fixture(scope="module")
def layered(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """Three years of filings from four imports, each under the direct statement's limit: the
    second replaces a third of the first's cases, the first imported again takes them back,
    and a third year arrives last."""
    folder = tmp_path_factory.mktemp("lca-direct")
    paths = market_paths(folder / "home")
    first = _write(folder / "LCA_Disclosure_Data_FY2024_Q4.csv", _rows(3000, 1, "I-200"))
    later = _rows(1500, 2, "I-200")[500:] + _rows(1500, 3, "I-201")
    second = _write(folder / "LCA_Disclosure_Data_FY2025_Q1.csv", later)
    third = _write(folder / "LCA_Disclosure_Data_FY2026_Q1.csv", _rows(800, 4, "I-202"))
    for file in (first, second, first, third):
        import_file(paths, "lca", file, now=clock)
    return paths


def _stored(paths: Paths) -> Cells:
    with open_market(paths, now=clock) as store:
        return store.fetch("SELECT * FROM lca_cells ORDER BY ALL")


def _recomputed(paths: Paths, folder: Path, build: Callable[[BuildDb, Scope], None]) -> Cells:
    """Every year's cells computed again by `build` on a copy of the store."""
    copy = folder / f"{build.__name__}.duckdb"
    shutil.copyfile(paths.market_db, copy)
    db = BuildDb(copy)
    try:
        lca_aggregates.refresh(db, None, [YearAggregate("lca_cells", build)])
        return db.rows("SELECT * FROM lca_cells ORDER BY ALL")
    finally:
        db.abandon()


def test_cells_after_imports_equal_a_full_banded_recompute(layered: Paths, tmp_path: Path) -> None:
    with open_market(layered, now=clock) as store:
        (counted,) = store.fetch("SELECT count(*) FROM lca WHERE counted")[0]
    assert 0 < counted <= DIRECT_LIMIT  # every import took the direct statement
    stored = _stored(layered)
    assert stored == _recomputed(layered, tmp_path, lca_aggregates.banded_cells)
    assert stored == _recomputed(layered, tmp_path, lca_aggregates.direct_cells)
    assert {row[1] for row in stored} == {2024, 2025, 2026}
    assert len(stored) > 1000
    spread = [row for row in stored if row[5][0] != row[5][-1]]  # type: ignore[index]
    assert len(spread) > 500
