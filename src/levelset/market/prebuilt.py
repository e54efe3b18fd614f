"""A market store built ahead from the shipped files and shipped with them.

A fresh home with no imports of its own starts from this file instead of building: it is
copied next to the live store, opened to check that it was built from exactly these shipped
files with these table shapes and that this DuckDB reads its storage format, and only then
moved into place. Anything else (the file missing, stale, written by a newer DuckDB, or a
home with imports to replay) falls back to building from the shipped files.

`python -m levelset.market.prebuild` writes it again; run it after changing the shipped data,
the tables or the loaders (a stale file is simply not used, so the first build gets slow).
This module sits below the build: the build passes in the fingerprint of the shipped files.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import levelset

# kept as DuckDB wrote it, not compressed: unpacking the gzip took a cold first import or
# build about 30 ms of CPU (6.8 MB inflated), copying it takes 3 ms; the wheel compresses it
PREBUILT = Path(levelset.__file__).parent / "data" / "prebuilt" / "market.duckdb"

Now = Callable[[], dt.datetime]


def unpack(target: Path, fingerprint: str, source: Path = PREBUILT, *, at: dt.datetime) -> bool:
    """Write the prebuilt store to `target` when it was built from the shipped files with this
    `fingerprint` and is readable here; True if so.

    `target` is removed again when the file turns out stale or unreadable.
    """
    if not unpacked(target, source):
        return False
    if _current(target, fingerprint):
        _stamp(target, at)
        return True
    target.unlink(missing_ok=True)
    return False


def unpacked(target: Path, source: Path = PREBUILT) -> bool:
    """Write the prebuilt store to `target`, unchecked; False (nothing left) when there is
    none or it cannot be read. A caller that goes on to build on it checks it itself."""
    if not source.exists():
        return False
    try:
        shutil.copyfile(source, target)
    except OSError:
        target.unlink(missing_ok=True)
        return False
    return True


def _stamp(path: Path, at: dt.datetime) -> None:
    """Date the store by when this home got it (`data status` says when it was built)."""
    from levelset.market.build_db import BuildDb

    db = BuildDb(path)
    try:
        now = at.astimezone(dt.UTC).replace(tzinfo=None).isoformat()
        db.run("UPDATE meta SET value = ? WHERE key = 'built_at'", [now])
    except BaseException:
        db.abandon()
        raise
    db.close()


def _current(path: Path, fingerprint: str) -> bool:
    from levelset.market.store import read_meta

    meta = read_meta(path)  # None when this DuckDB cannot read the file's storage format
    return bool(meta) and meta.get("shipped") == fingerprint  # type: ignore[union-attr]
