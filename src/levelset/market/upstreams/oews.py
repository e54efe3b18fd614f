"""OEWS estimates: the shipped layout, BLS's all-data files (CSV or workbook) and its flat
time-series files; a release adds to the earlier ones."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from levelset.market.build_db import BuildDb
from levelset.market.catalog import OEWS_NATIONAL, Dataset
from levelset.market.upstream import Result, Upstream


def load(db: BuildDb, file: Path, release: str | None, name: str | None) -> Result:
    from levelset.market.loaders import oews, oews_alldata, oews_flat

    dataset = "oews_importing"  # renamed below once the release is known
    if file.is_dir() or file.name.startswith("oe."):
        loaded = oews_flat.load(db, file, dataset=dataset, release=release)
    elif file.suffix.lower() in (".xlsx", ".xlsm"):
        loaded = oews_alldata.load_xlsx(db, file, dataset=dataset, release=release)
    elif oews_alldata.is_alldata_csv(file):
        loaded = oews_alldata.load_csv(db, file, dataset=dataset, release=release)
    else:
        loaded = oews.load_csv(db, file, dataset=dataset, release=release)
    final = name or f"oews_{loaded.release.lower().replace(' ', '')}"
    db.run("UPDATE oews SET dataset = ? WHERE dataset = ?", [final, dataset])
    return Result(final, loaded.rows, loaded.release)


def _entitle(dataset: Dataset, release: str) -> Dataset:
    return replace(dataset, title=f"OEWS estimates, {release} (imported)")


UPSTREAM = Upstream(
    key="oews",
    order=1,
    template=OEWS_NATIONAL,
    load=load,
    tables=("oews",),
    signature="occ_code",
    entitle=_entitle,
)
