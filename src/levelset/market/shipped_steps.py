"""The steps that load the files shipped in the package into a fresh market store.

Each step fills its tables and says what it loaded; build.py runs them in this order. The
loaders are imported by the steps that use them: opening a current store needs none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import levelset
from levelset.market import catalog
from levelset.market.build_db import BuildDb
from levelset.market.catalog import Dataset

SHIPPED_DIR = Path(levelset.__file__).parent / "data" / "market"


@dataclass(frozen=True)
class Loaded:
    dataset: Dataset
    rows: int
    source_file: str


def _shipped(name: str) -> Path:
    return SHIPPED_DIR / name


def _load_oews_tech(db: BuildDb) -> Loaded:
    return _load_oews(db, catalog.OEWS_TECH)


def _load_oews_national(db: BuildDb) -> Loaded:
    # after the tech subset: its national rows replace the 36 identical ones and bring the
    # occupation hierarchy level the area file lacks
    return _load_oews(db, catalog.OEWS_NATIONAL)


def _load_oews(db: BuildDb, dataset: Dataset) -> Loaded:
    from levelset.market.loaders import oews

    file = _shipped(dataset.files[0])
    result = oews.load_csv(db, file, dataset=dataset.name, release=dataset.release)
    return Loaded(dataset, result.rows, file.name)


def _load_crowd(db: BuildDb) -> Loaded:
    from levelset.market.loaders import crowd

    file = _shipped(catalog.CROWD.files[0])
    result = crowd.load(db, file, dataset=catalog.CROWD.name)
    return Loaded(catalog.CROWD, result.rows, file.name)


def _load_onet(db: BuildDb) -> Loaded:
    from levelset.market.loaders import onet

    result = onet.load(db, SHIPPED_DIR, dataset=catalog.ONET.name)
    return Loaded(catalog.ONET, result.rows, ", ".join(catalog.ONET.files))


def _load_levels(db: BuildDb) -> Loaded:
    from levelset.market.loaders.staging import stage_delimited

    file = _shipped(catalog.LEVELS.files[0])
    staged = stage_delimited(db, "levels_stage", file)
    columns = ", ".join(c for c in staged.columns)
    db.run(
        f"INSERT INTO level_map SELECT CAST(band AS INTEGER), * EXCLUDE (band), ? "
        f"FROM (SELECT {columns} FROM {staged.table})",
        [catalog.LEVELS.name],
    )
    rows = int(db.rows("SELECT count(*) FROM level_map")[0][0])
    return Loaded(catalog.LEVELS, rows, file.name)


SHIPPED_STEPS: tuple[Callable[[BuildDb], Loaded], ...] = (
    _load_oews_tech,
    _load_oews_national,
    _load_crowd,
    _load_onet,
    _load_levels,
)
