"""Which loader reads a file: by source (oews, crowd, onet, lca) and by the file's shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from levelset.errors import InputError, Problem
from levelset.market.store import BuildDb


@dataclass(frozen=True)
class Result:
    name: str  # dataset name
    rows: int
    release: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def load(
    db: BuildDb,
    source: str,
    file: Path,
    *,
    release: str | None,
    name: str | None,
) -> Result:
    """Load `file` as `source` into the open build; the dataset is named after the file."""
    loader = {"oews": _oews, "crowd": _crowd, "onet": _onet, "lca": _lca}[source]
    try:
        return loader(db, file, release, name)
    except InputError as error:
        guess = _looks_like(file) if _missing_columns(error) else None
        if guess is None or guess == source:
            raise
        hint = f"it looks like a {guess} file: levelset data import {guess} {file.name}"
        raise InputError(error.message, problems=error.problems, hint=hint) from None


# a column only one source's files have, to name the source a mistaken import meant
SIGNATURES = {
    "crowd": "salary_in_usd",
    "lca": "case_number",
    "oews": "occ_code",
}


def _missing_columns(error: InputError) -> bool:
    return any(p.message == "missing column" for p in error.problems)


def _looks_like(file: Path) -> str | None:
    """The source whose signature column the file's header has, if any."""
    from levelset.market.loaders.staging import read_header

    try:
        header = {h.lower() for h in read_header(file)}
    except InputError:
        return None
    if "soc" in header and "a_p50" in header:  # the shipped OEWS layout
        return "oews"
    return next((src for src, column in SIGNATURES.items() if column in header), None)


def _stem(file: Path) -> str:
    return _slug(file.name.removesuffix(".gz").rsplit(".", 1)[0] if file.is_file() else file.name)


def _oews(db: BuildDb, file: Path, release: str | None, name: str | None) -> Result:
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


def _crowd(db: BuildDb, file: Path, release: str | None, name: str | None) -> Result:
    from levelset.market.loaders import crowd

    snapshot = release or crowd.snapshot_of(file)
    dataset = name or f"aijobs_{snapshot}"
    loaded = crowd.load(db, file, dataset=dataset, snapshot=snapshot)
    return Result(dataset, loaded.rows, loaded.snapshot)


def _onet(db: BuildDb, file: Path, release: str | None, name: str | None) -> Result:
    from levelset.market.loaders import onet

    loaded = onet.load(db, file, dataset=name)
    return Result(name or f"onet_{loaded.release}", loaded.rows, loaded.release)


def _lca(db: BuildDb, file: Path, release: str | None, name: str | None) -> Result:
    from levelset.market.loaders import lca

    found = re.search(r"FY_?(20\d\d)(?:_?(Q[1-4]))?", file.name, re.IGNORECASE)
    period = "_".join(p for p in found.groups() if p) if found else _stem(file)
    dataset = name or f"lca_fy{_slug(period)}" if found else name or f"lca_{period}"
    if file.suffix.lower() not in (".csv", ".xlsx", ".xlsm", ".gz"):
        raise InputError(
            f"{file.name}: an LCA disclosure file is .xlsx or .csv",
            problems=[Problem("unsupported file type", file=file.name)],
        )
    loaded = lca.load(db, file, dataset=dataset)
    return Result(dataset, loaded.rows, loaded.release)
