"""Copies of the records store, taken before a schema upgrade (and before a delete).

SQLite's file is copied here; a PostgreSQL database is dumped with pg_dump (`pg_backup`).

The copy goes through SQLite's online backup, so pages still in the write-ahead log are
included, lands in a temporary file and is renamed into place: a crash never leaves a
half-written backup under a real name. Only the newest `KEEP` copies are kept.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine

from levelset.paths import Paths, private_file

KEEP = 10
STALE_SECONDS = 600  # a temporary copy this old belongs to no running backup


def backup_before_upgrade(
    engine: Engine, paths: Paths, at: dt.datetime, *, required: bool = True
) -> Path | None:
    """Copy a SQLite records file, or dump a PostgreSQL database, into the backups folder.

    PostgreSQL without pg_dump: the upgrade is refused (DataUnavailable) while a backup is
    `required`; the user lifts that by saying to upgrade without one.
    """
    database = engine.url.database
    if engine.dialect.name == "postgresql":
        from levelset.store.pg_backup import dump_postgres

        return dump_postgres(engine, paths.backups, at, required=required)
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    source = Path(database)
    if not source.exists() or source.stat().st_size == 0:
        return None
    return backup_sqlite(source, paths.backups, at)


def backup_sqlite(source: Path, folder: Path, at: dt.datetime, label: str = "") -> Path:
    """A consistent copy of `source` named by time, readable by its owner only."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = at.strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{source.stem}-{stamp}{'-' + label if label else ''}.sqlite"
    partial = private_file(target.with_name(f".{target.name}.{os.getpid()}.tmp"))
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    _prune(folder, source.stem)
    return target


def _prune(folder: Path, stem: str) -> None:
    for stale in folder.glob(f".{stem}-*.tmp"):  # left by a crash during an earlier backup
        if time.time() - stale.stat().st_mtime > STALE_SECONDS:
            stale.unlink(missing_ok=True)
    copies = sorted(folder.glob(f"{stem}-*.sqlite"))
    for old in copies[:-KEEP]:
        old.unlink(missing_ok=True)
