"""DOL Labor Condition Application disclosure files (.xlsx or .csv), one per fiscal quarter or
year; each adds its filings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from levelset.errors import InputError, Problem
from levelset.market.build_db import BuildDb
from levelset.market.catalog import LCA, Dataset
from levelset.market.upstream import Result, Upstream


def load(db: BuildDb, file: Path, release: str | None, name: str | None) -> Result:
    from levelset.market.loaders import lca
    from levelset.market.loaders.dispatch import slug, stem

    found = lca.PERIOD.search(file.name)
    period = "_".join(p for p in found.groups() if p) if found else stem(file)
    dataset = name or f"lca_fy{slug(period)}" if found else name or f"lca_{period}"
    if file.suffix.lower() not in (".csv", ".xlsx", ".xlsm", ".gz"):
        raise InputError(
            f"{file.name}: an LCA disclosure file is .xlsx or .csv",
            problems=[Problem("unsupported file type", file=file.name)],
        )
    loaded = lca.load(db, file, dataset=dataset)
    return Result(dataset, loaded.rows, loaded.release)


def _entitle(dataset: Dataset, release: str) -> Dataset:
    return replace(dataset, citation=f"{LCA.citation}, {release}")


UPSTREAM = Upstream(
    key="lca",
    order=4,
    template=LCA,
    load=load,
    tables=("lca",),
    signature="case_number",
    entitle=_entitle,
)
