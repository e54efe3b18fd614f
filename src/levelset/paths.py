"""Where levelset keeps the user's files: one home directory, overridable by LEVELSET_HOME."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from levelset.errors import DataUnavailable

HOME_ENV = "LEVELSET_HOME"
PRIVATE_FOLDER = 0o700  # the home and its folders: the owner only
PRIVATE_FILE = 0o600  # databases, exports, backups: the owner only
DATABASE_URL_ENV = "LEVELSET_DATABASE_URL"
BACKUP_DIR_ENV = "LEVELSET_BACKUP_DIR"  # where copies taken before an upgrade go
NO_BACKUP_ENV = "LEVELSET_UPGRADE_WITHOUT_BACKUP"  # 1: upgrade PostgreSQL without pg_dump


def user_dir(env: Mapping[str, str]) -> Path:
    """The levelset home: $LEVELSET_HOME if set in `env`, else the platform's data directory."""
    override = env.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir  # lazy: only needed without the override

    return Path(user_data_dir("levelset", appauthor=False))


@dataclass(frozen=True)
class Paths:
    """Every file and folder levelset writes, derived from one home directory."""

    home: Path
    backup_dir: Path | None = None  # the backups folder when not the home's (LEVELSET_BACKUP_DIR)

    @property
    def records_db(self) -> Path:
        """SQLite file with the user's own records (profile, offers, events...)."""
        return self.home / "levelset.sqlite"

    @property
    def market_db(self) -> Path:
        """DuckDB file with the market data, rebuilt from shipped or imported files."""
        return self.home / "market.duckdb"

    @property
    def backups(self) -> Path:
        """Copies of the records store taken before an upgrade (or a delete)."""
        return self.backup_dir or self.home / "backups"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def imports(self) -> Path:
        """Copies of upstream files the user imported, so a rebuild can replay them."""
        return self.home / "imports"

    def ensure(self) -> Paths:
        """Create the home and its folders (owner-only) if missing; return self for chaining.

        A home left readable by others (an older version, a wide umask) is closed to them.
        """
        for folder in (self.home, self.backups, self.exports, self.imports):
            try:
                folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
                _close_to_others(folder, PRIVATE_FOLDER)
            except OSError as error:
                raise DataUnavailable(
                    f"cannot use {folder} as a levelset folder: {error.strerror or error}",
                    hint=f"point {HOME_ENV} at a folder you can write to",
                ) from None
        return self

    def as_dict(self) -> dict[str, str]:
        return {
            "home": str(self.home),
            "records_db": str(self.records_db),
            "market_db": str(self.market_db),
            "backups": str(self.backups),
            "exports": str(self.exports),
            "imports": str(self.imports),
        }


def _close_to_others(path: Path, mode: int) -> None:
    """Take group and other permissions away from a file or folder this user owns."""
    info = path.stat()
    if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(mode)


def private_file(path: Path) -> Path:
    """Make sure `path` exists readable and writable by its owner only (created empty)."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, PRIVATE_FILE)
    except OSError as error:
        raise DataUnavailable(
            f"cannot create {path}: {error.strerror or error}",
            hint=f"point {HOME_ENV} at a folder you can write to",
        ) from None
    os.close(descriptor)
    _close_to_others(path, PRIVATE_FILE)
    return path


def private_if_present(path: Path) -> None:
    """Take group and other permissions away from `path` when it exists, never creating it: a
    file that vanishes meanwhile is no matter (SQLite removes a database's WAL and shared-memory
    files when another process closes the last connection)."""
    with contextlib.suppress(FileNotFoundError):
        _close_to_others(path, PRIVATE_FILE)
