"""O*NET occupations and titles (a database zip or folder); a release replaces the earlier."""

from __future__ import annotations

from pathlib import Path

from levelset.market.build_db import BuildDb
from levelset.market.catalog import ONET
from levelset.market.upstream import Result, Upstream


def load(db: BuildDb, file: Path, release: str | None, name: str | None) -> Result:
    from levelset.market.loaders import onet

    loaded = onet.load(db, file, dataset=name)
    return Result(name or f"onet_{loaded.release}", loaded.rows, loaded.release)


UPSTREAM = Upstream(
    key="onet",
    order=3,
    template=ONET,
    load=load,
    tables=("onet_titles", "onet_occupations"),
    replaces=True,
)
