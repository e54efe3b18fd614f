"""Building the market store: from the shipped files, then the user's imports, all or nothing.

Every write builds a separate DuckDB file (a fresh one, or a copy of the live store for an
import), checks it, and only then moves it over the live file. A failure at any point leaves
the live store exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from levelset.errors import InputError, Problem, UnknownValue
from levelset.market import manifest, tables
from levelset.market.build_db import BuildDb, Progress
from levelset.market.build_record import record_build, upstream_ddl, upstream_of
from levelset.market.build_record import shipped_fingerprint as shipped_fingerprint
from levelset.market.prebuilt import PREBUILT, Now
from levelset.market.shipped_steps import SHIPPED_DIR as SHIPPED_DIR
from levelset.market.shipped_steps import SHIPPED_STEPS, Loaded
from levelset.market.store import DuckDBError, MarketStore, open_with_meta, read_meta
from levelset.paths import Paths

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class BuildReport:
    path: Path
    datasets: tuple[tuple[str, int], ...]  # (name, rows) as stored
    replayed: tuple[str, ...]  # imported datasets loaded again
    seconds: float


@dataclass(frozen=True)
class ImportReport:
    source: str
    dataset: str
    file: Path
    rows: int
    release: str
    kept_as: Path
    seconds: float


def open_market(paths: Paths, *, now: Now, progress: Progress | None = None) -> MarketStore:
    """The market store of these paths, built first (reporting `progress`, dated by `now`)
    when missing or built by another version from other shipped files."""
    opened = open_with_meta(paths.market_db)  # the connection that checks is the one kept
    if opened is not None:
        store, meta = opened
        if meta_is_current(paths, meta):
            return store
        store.close()
    rebuild(paths, progress=progress, prebuilt=PREBUILT, now=now)
    return MarketStore(paths.market_db)


def is_current(paths: Paths) -> bool:
    """True when the store exists and was built by this version from these shipped files and
    exactly the imports the manifest lists (a crash between recording an import and swapping
    the store in leaves them apart: the next use rebuilds, replaying the import)."""
    return meta_is_current(paths, read_meta(paths.market_db))


def meta_is_current(paths: Paths, meta: dict[str, str] | None) -> bool:
    """is_current for a store whose meta table is already read."""
    if not meta or meta.get("shipped") != shipped_fingerprint():
        return False
    return meta.get("imports", manifest.fingerprint(paths)) == manifest.fingerprint(paths)


def rebuild(
    paths: Paths,
    *,
    progress: Progress | None = None,
    prebuilt: Path | None = None,
    now: Now,
) -> BuildReport:
    """Build the store again from the shipped files, then replay every import in order.

    With `prebuilt` (a home's first store: `open_market`, `import_file`), a home without imports
    starts from that store when it is current (market/prebuilt.py) instead of building. Progress is
    reported per dataset: ("loading NAME", share of the datasets done). `now` (the
    workspace clock) dates the build.
    """
    start = time.perf_counter()
    replayed: list[str] = []
    entries = [e for e in manifest.entries(paths) if (paths.imports / e.path).exists()]
    if (
        prebuilt is not None
        and not manifest.entries(paths)
        and _unpacked(paths, prebuilt, progress, now())
    ):
        counts = tuple(_stored_counts(paths.market_db))
        return BuildReport(paths.market_db, counts, (), time.perf_counter() - start)
    steps = len(SHIPPED_STEPS) + len(entries)
    with _building(paths, copy_live=False) as db:
        for ddl in (*tables.ALL, *upstream_ddl()):
            db.run(ddl)
        loaded = []
        for done, step in enumerate(SHIPPED_STEPS):
            _tick(progress, f"loading {step.__name__.removeprefix('_load_')}", done / steps)
            loaded.append(step(db))
        for done, entry in enumerate(entries, start=len(SHIPPED_STEPS)):
            _tick(progress, f"replaying {entry.dataset}", done / steps)
            file = paths.imports / entry.path
            loaded.append(_apply(db, entry.source, file, entry.release, entry.dataset))
            replayed.append(entry.dataset)
        _tick(progress, "saving", 0.99)
        counts = record_build(db, loaded, manifest.fingerprint(paths), now())
    _tick(progress, "done", 1.0)
    return BuildReport(paths.market_db, counts, tuple(replayed), time.perf_counter() - start)


def _unpacked(paths: Paths, prebuilt: Path, progress: Progress | None, at: dt.datetime) -> bool:
    """Move the prebuilt store into place when it is current; False to build instead."""
    from levelset.market.prebuilt import unpack

    paths.ensure()
    temp = paths.market_db.with_name(f".{paths.market_db.name}.{os.getpid()}-prebuilt.tmp")
    if not unpack(temp, shipped_fingerprint(), prebuilt, at=at):
        return False
    _tick(progress, "loading the prebuilt store", 0.5)  # said only when it is the one used
    temp.replace(paths.market_db)
    _tick(progress, "done", 1.0)
    return True


def _stored_counts(path: Path) -> list[tuple[str, int]]:
    query = 'SELECT name, "rows" FROM datasets ORDER BY loaded_at, name'
    with MarketStore(path) as store:
        return [(str(name), int(rows)) for name, rows in store.fetch(query)]


def _tick(progress: Progress | None, label: str, fraction: float) -> None:
    if progress is not None:
        progress(label, fraction)


def import_file(
    paths: Paths,
    source: str,
    file: Path,
    *,
    release: str | None = None,
    progress: Progress | None = None,
    now: Now,
) -> ImportReport:
    """Load one upstream file into the store; a bad file raises InputError, store unchanged.

    `now` (the workspace clock) dates the import in the manifest and in the store.
    """
    from levelset.market.upstreams import importable

    if source not in importable():
        raise UnknownValue("data source", source, importable())
    if not file.exists():
        raise InputError(
            f"{file}: no such file", problems=[Problem("no such file", file=str(file))]
        )
    # A home's first store starts from the prebuilt one when it can (0.1 s, not 1 s of CPU):
    # with no imports to replay, the import builds on the prebuilt store unpacked as its copy
    # (checked there like a live store's copy, and dated by the import), so it is neither
    # checked, dated nor counted in a build of its own first.
    first = None
    if not paths.market_db.exists():
        if manifest.entries(paths):
            rebuild(paths, prebuilt=PREBUILT, now=now)
        else:
            first = PREBUILT
    try:  # the copy's own connection checks that the store is current: one connect, not two
        return _import_into(paths, source, file, release, progress, now, check=True, first=first)
    except _Stale:
        rebuild(paths, prebuilt=PREBUILT, now=now)
    return _import_into(paths, source, file, release, progress, now, check=False)


class _Stale(Exception):
    """The live store is not current (another version, other imports, unreadable)."""


def _current_copy(paths: Paths, db: BuildDb) -> bool:
    """is_current, read on the build's copy of the live store (a byte copy: the same meta)."""
    try:
        meta = {str(k): str(v) for k, v in db.rows("SELECT key, value FROM meta")}
    except DuckDBError:
        return False
    return meta_is_current(paths, meta)


def _import_into(
    paths: Paths,
    source: str,
    file: Path,
    release: str | None,
    progress: Progress | None,
    now: Now,
    *,
    check: bool,
    first: Path | None = None,
) -> ImportReport:
    """import_file on a current store; with `check`, _Stale (nothing changed) when it is not.
    With `first` (the prebuilt store, for a home without one), on that store instead."""
    start = time.perf_counter()
    with (
        manifest.copying(paths, file) as copied,
        _building(paths, copy_live=True, progress=progress, check=check, first=first) as db,
    ):
        loaded = _apply(db, source, file, release, None)
        _refuse_empty(file, loaded.rows)
        # Recorded once the file has loaded (a refused file is never replayed) and before the
        # new store is swapped in; the store's meta names the manifest it matches.
        at, ds = now(), loaded.dataset
        kept = manifest.keep(paths, source, ds.name, file, ds.release, at, copied=copied())
        record_build(db, [loaded], manifest.fingerprint(paths), at)
    return ImportReport(
        source,
        loaded.dataset.name,
        file,
        loaded.rows,
        loaded.dataset.release,
        paths.imports / kept.path,
        time.perf_counter() - start,
    )


def _refuse_empty(file: Path, rows: int) -> None:
    """A file that loads no rows is refused: it would replace a dataset with nothing."""
    if rows == 0:
        message = "no rows to import (only a header, or no rows levelset reads)"
        problem = Problem(message, file=file.name, expected="one data row or more")
        raise InputError(f"{file.name}: {message}", problems=[problem])


@contextmanager
def _building(
    paths: Paths,
    *,
    copy_live: bool,
    progress: Progress | None = None,
    check: bool = False,
    first: Path | None = None,
) -> Iterator[BuildDb]:
    """A build on a temporary file moved over the live store when the block ends well; with
    `check`, _Stale (nothing changed) unless the copy of the live store is current. With
    `first` (a prebuilt store), the copy is that store unpacked, not the live one's."""
    paths.ensure()
    _remove_stale_copies(paths)
    name = f".{paths.market_db.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp"
    temp = paths.market_db.with_name(name)
    if first is not None:
        from levelset.market.prebuilt import unpacked

        if not unpacked(temp, first):
            raise _Stale
    elif copy_live:
        shutil.copyfile(paths.market_db, temp)
    db = _open_build(temp, progress, checked=check)
    try:
        if check and not _current_copy(paths, db):
            raise _Stale
        yield db
        db.close()
        temp.replace(paths.market_db)
    except BaseException:
        db.abandon()
        raise
    finally:
        for leftover in (temp, temp.with_name(temp.name + ".wal")):
            leftover.unlink(missing_ok=True)


def _open_build(temp: Path, progress: Progress | None, *, checked: bool) -> BuildDb:
    """BuildDb on `temp`; a copy being checked that DuckDB cannot open is a stale store."""
    try:
        return BuildDb(temp, progress)
    except DuckDBError:
        if not checked:
            raise
        for leftover in (temp, temp.with_name(temp.name + ".wal")):
            leftover.unlink(missing_ok=True)
        raise _Stale from None


def _remove_stale_copies(paths: Paths) -> None:
    """Delete the temporary stores of builds whose process is gone (killed, crashed)."""
    for stale in paths.home.glob(f".{paths.market_db.name}.*.tmp*"):
        owner = stale.name.split(".tmp")[0].rsplit(".", 1)[-1].split("-")[0]
        if not (owner.isdigit() and _alive(int(owner))):
            stale.unlink(missing_ok=True)
    for stale in paths.imports.glob(f"{manifest.INCOMING}*"):  # copies of a killed import
        owner = stale.name.removeprefix(manifest.INCOMING).split("-")[0]
        if not (owner.isdigit() and _alive(int(owner))):
            shutil.rmtree(stale, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _apply(
    db: BuildDb,
    source: str,
    file: Path,
    release: str | None,
    name: str | None,
) -> Loaded:
    from levelset.market.loaders import dispatch

    result = dispatch.load(db, source, file, release=release, name=name)
    dataset = upstream_of(source).imported(result.name, result.release, (file.name,))
    return Loaded(dataset, result.rows, file.name)
