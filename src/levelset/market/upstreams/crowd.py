"""Crowd-reported salaries (ai-jobs.net): each snapshot holds every year, so it replaces the
earlier one."""

from __future__ import annotations

from pathlib import Path

from levelset.market.build_db import BuildDb
from levelset.market.catalog import CROWD
from levelset.market.upstream import Result, Upstream


def load(db: BuildDb, file: Path, release: str | None, name: str | None) -> Result:
    from levelset.market.loaders import crowd

    snapshot = release or crowd.snapshot_of(file)
    dataset = name or f"aijobs_{snapshot}"
    loaded = crowd.load(db, file, dataset=dataset, snapshot=snapshot)
    return Result(dataset, loaded.rows, loaded.snapshot)


UPSTREAM = Upstream(
    key="crowd",
    order=2,
    template=CROWD,
    load=load,
    tables=("crowd",),
    replaces=True,
    signature="salary_in_usd",
)
