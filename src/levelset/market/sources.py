"""What the market store holds: its datasets with their credits, and the state of the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from levelset.market import build, manifest
from levelset.market.store import MarketReader, open_with_meta
from levelset.paths import Paths


@dataclass(frozen=True)
class Source:
    """One dataset as stored: who made it, its licence, release, size and how to cite it."""

    name: str
    source: str
    title: str
    publisher: str
    licence: str
    release: str
    rows: int
    citation: str
    notice: str | None
    source_file: str
    loaded_at: dt.datetime


@dataclass(frozen=True)
class ImportedFile:
    source: str
    dataset: str
    path: Path
    release: str | None
    imported_at: str


@dataclass(frozen=True)
class StoreStatus:
    path: Path
    exists: bool
    current: bool  # built by this version from the shipped files it has
    size_bytes: int
    built_at: str | None
    schema_version: str | None
    datasets: int
    imports: tuple[ImportedFile, ...]


def list_sources(store: MarketReader) -> list[Source]:
    """Every dataset in the market store, shipped then imported."""
    rows = store.fetch(
        'SELECT name, source, title, publisher, licence, release, "rows", citation, notice, '
        "source_file, loaded_at FROM datasets ORDER BY loaded_at, "
        "list_position(['oews', 'crowd', 'onet', 'lca', 'levels'], source), name"
    )
    return [Source(*row) for row in rows]


def notices(sources: list[Source]) -> list[str]:
    """The notices the licences ask us to show, each once."""
    return list(dict.fromkeys(s.notice for s in sources if s.notice))


def store_status(paths: Paths) -> StoreStatus:
    """Where the store is, when it was built, and what the user imported (no build)."""
    db = paths.market_db
    opened = open_with_meta(db)  # as it is: status never builds
    meta: dict[str, str] = {}
    count = 0
    if opened is not None:
        store, meta = opened
        with store:
            if meta:
                count = int(store.fetch("SELECT count(*) FROM datasets")[0][0])
    imports = tuple(
        ImportedFile(e.source, e.dataset, paths.imports / e.path, e.release, e.imported_at)
        for e in manifest.entries(paths)
    )
    return StoreStatus(
        db,
        db.exists(),
        build.meta_is_current(paths, meta or None),
        db.stat().st_size if db.exists() else 0,
        meta.get("built_at"),
        meta.get("schema_version"),
        count,
        imports,
    )
