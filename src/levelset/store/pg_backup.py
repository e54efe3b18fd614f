"""A copy of a PostgreSQL records database, taken with pg_dump before a schema upgrade.

The dump is pg_dump's custom format (compressed, restorable table by table with pg_restore),
written to a temporary name in the backups folder and renamed into place, readable by its owner
only. The password travels to pg_dump in its environment, never on its command line. Without
pg_dump on PATH the upgrade is refused, unless the user said to upgrade without a backup.

Restore (docs/reliability.md): `pg_restore --clean --if-exists --no-owner -d URL FILE`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from sqlalchemy import Engine

from levelset.errors import DataUnavailable
from levelset.paths import NO_BACKUP_ENV, private_file

KEEP = 10
STALE_SECONDS = 3600  # a temporary dump this old belongs to no running backup
SUFFIX = ".pgdump"


def dump_postgres(engine: Engine, folder: Path, at: dt.datetime, *, required: bool) -> Path | None:
    """A custom-format pg_dump of the engine's database in `folder`; None when pg_dump is
    absent and a backup is not `required`; DataUnavailable when it is, or when pg_dump fails."""
    program = shutil.which("pg_dump")
    if program is None:
        if not required:
            return None
        raise DataUnavailable(
            "the records store needs an upgrade and pg_dump is not on PATH to back it up first",
            hint="install PostgreSQL's client tools (pg_dump), or set "
            f"{NO_BACKUP_ENV}=1 to upgrade without a backup",
        )
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stem = f"{_safe(engine.url.database or 'postgres')}-{at.strftime('%Y%m%dT%H%M%S%f')}"
    target = folder / f"{stem}{SUFFIX}"
    partial = private_file(folder / f".{stem}.{os.getpid()}.tmp")
    try:
        _run(program, engine, partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    _prune(folder, _safe(engine.url.database or "postgres"))
    return target


def _run(program: str, engine: Engine, out: Path) -> None:
    url = engine.url
    address = url.set(drivername="postgresql", password=None).render_as_string()
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    command = [program, "--format=custom", f"--file={out}", f"--dbname={address}"]
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except OSError as error:
        raise DataUnavailable(f"cannot run pg_dump: {error.strerror or error}") from None
    if done.returncode != 0:
        said = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise DataUnavailable(
            f"pg_dump could not back up the records store before its upgrade: {said}",
            hint=f"fix what pg_dump says, or set {NO_BACKUP_ENV}=1 to upgrade without a backup",
        )


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:80] or "postgres"


def _prune(folder: Path, stem: str) -> None:
    for stale in folder.glob(f".{stem}-*.tmp"):  # left by a crash during an earlier dump
        if time.time() - stale.stat().st_mtime > STALE_SECONDS:
            stale.unlink(missing_ok=True)
    dumps = sorted(folder.glob(f"{stem}-*{SUFFIX}"))
    for old in dumps[:-KEEP]:
        old.unlink(missing_ok=True)
