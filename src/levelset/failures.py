"""What the machine did to us: a busy database, a full disk, an I/O error, a damaged file.

`explain(error)` turns such an exception, from whichever library raised it (sqlite3 through
SQLAlchemy, psycopg, DuckDB, the OS), into a `LevelsetError` with one line of text that names
the store and the cause, never the SQL or its parameters. The doors call it for any exception
that is not already a LevelsetError; None means a real bug, which the doors report as such.
This module imports none of those libraries: it reads exception types, errno and messages.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path

from levelset.errors import Conflict, DataUnavailable, InputError, LevelsetError

READ_ONLY_TRANSACTION = "25006"  # PostgreSQL's SQLSTATE for a write in a READ ONLY one
RETRY_HINT = "another levelset command or request is writing; try again in a moment"


class StoreBusy(DataUnavailable):
    """The records store stayed locked by another writer for longer than we wait."""

    kind = "busy"


class DiskFull(DataUnavailable):
    kind = "disk_full"


class StorageFailed(DataUnavailable):
    """Reading or writing a store failed below us (I/O error, permissions, damaged file)."""

    kind = "storage_failed"


def explain(error: BaseException, home: Path | None = None) -> LevelsetError | None:
    """A one-line, SQL-free LevelsetError for an environment failure; None for anything else.

    SQLite reports some full-disk failures as a bare "disk I/O error"; with the `home` folder
    given, an I/O error on a disk with (almost) no space left is called what it is.
    """
    for cause in _chain(error):
        found = _classify(cause, _store_of(error))
        if found is not None:
            return _full_disk(home) if _is_io(found) and _no_space(home) else found
    return None


def _is_io(error: LevelsetError) -> bool:
    return isinstance(error, StorageFailed) and "I/O" in error.message


def _no_space(home: Path | None, margin: int = 256 * 1024) -> bool:
    folder = home
    while folder is not None and not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return folder is not None and shutil.disk_usage(folder).free < margin
    except OSError:
        return False


def _full_disk(home: Path | None) -> DiskFull:
    where = f" ({home})" if home else ""
    return DiskFull(f"the disk is full{where}", hint="free some space, then run the command again")


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]


def _store_of(error: BaseException) -> str:
    for cause in _chain(error):
        if type(cause).__module__.startswith("duckdb"):
            return "the market store"
    return "the records store"


def _classify(error: BaseException, store: str) -> LevelsetError | None:
    if isinstance(error, OSError) and error.errno is not None:
        return _from_errno(error.errno, store)
    if isinstance(error, MemoryError):
        return DataUnavailable("not enough memory to finish", hint="close other programs")
    if isinstance(error, RecursionError):
        return InputError("the input is nested too deeply to read")
    if getattr(error, "sqlstate", None) == READ_ONLY_TRANSACTION:  # a write inside store.read()
        return StorageFailed(
            f"cannot write {store} inside a read-only transaction",
            hint="this is a bug in levelset; run again with --traceback and report what it shows",
        )
    name = type(error).__name__
    text = str(error).lower()
    if name == "IntegrityError" and ("unique" in text or "duplicate" in text):
        return Conflict(
            "this record is already stored (another command or request may have added it)",
        )
    if name in {"OperationalError", "IOException", "DatabaseError", "InterfaceError"}:
        return _from_message(text, store)
    return None


def _from_errno(code: int, store: str) -> LevelsetError | None:
    if code in (errno.ENOSPC, errno.EDQUOT):
        return _full_disk(None)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageFailed(
            f"cannot write {store}: permission denied or read-only",
            hint="check the permissions of the levelset folder (`levelset paths`)",
        )
    if code == errno.EIO:
        return StorageFailed(f"cannot read or write {store}: disk I/O error")
    return None


_MESSAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("database is locked", "database table is locked", "lock on file"), "busy"),
    (("database or disk is full", "no space left", "disk full"), "full"),
    (("readonly database", "read-only", "permission denied", "unable to open"), "denied"),
    (("not a database", "malformed", "corrupt"), "damaged"),
    (("disk i/o error", "i/o error", "input/output error"), "io"),
    (("connection refused", "could not connect", "server closed", "connection failed"), "down"),
)


def _from_message(text: str, store: str) -> LevelsetError | None:
    for needles, kind in _MESSAGES:
        if any(needle in text for needle in needles):
            return _by_kind(kind, store)
    return None


def _by_kind(kind: str, store: str) -> LevelsetError:
    if kind == "busy":
        return StoreBusy(f"{store} is busy", hint=RETRY_HINT)
    if kind == "full":
        return _full_disk(None)
    if kind == "denied":
        return _from_errno(errno.EACCES, store) or StorageFailed(f"cannot write {store}")
    if kind == "damaged":
        return StorageFailed(
            f"{store} file is damaged",
            hint="restore the latest copy from the backups folder (`levelset paths`)",
        )
    if kind == "down":
        return StorageFailed(f"cannot reach {store}'s database server")
    return StorageFailed(f"cannot read or write {store}: disk I/O error")
