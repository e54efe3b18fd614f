"""The market store: a DuckDB file built from the shipped data; the only module importing DuckDB.

Readers open the file read-only, so the CLI and the web server can read at the same time.
Writers never touch the live file: they build a temporary copy through build_db.BuildDb,
validate it and move it into place (see build.py), so a bad import leaves the store as it was.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

try:  # DuckDB's engine alone: its package's Python layer (relations, expressions) goes unused
    import _duckdb as duckdb  # and is most of `import duckdb` (about 55 ms of CPU; issue 15)
except ImportError:  # a DuckDB whose engine is not a module of its own
    import duckdb  # type: ignore[no-redef]

from levelset.errors import DataUnavailable

# `duckdb` too: build_db writes through the engine imported here
__all__ = [
    "DuckDBError",
    "MarketReader",
    "MarketStore",
    "Params",
    "duckdb",
    "open_with_meta",
    "read_meta",
]
DuckDBError = duckdb.Error  # what DuckDB raises, for the build's modules (they import no DuckDB)
Params = Sequence[Any] | Mapping[str, Any]


class _Shared:
    """One read-only connection per store file per process, replaced when the file is.

    DuckDB hands every connection to the same path the same database instance, so a reader
    that simply reconnected after a rebuild would still see the old file. Sharing one
    connection, and swapping it when the file changes, keeps every reader current.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open: dict[str, tuple[tuple[int, int], duckdb.DuckDBPyConnection, int]] = {}

    def acquire(self, path: Path) -> duckdb.DuckDBPyConnection:
        return self._get(path, +1)

    def current(self, path: Path) -> duckdb.DuckDBPyConnection:
        return self._get(path, 0)

    def release(self, path: Path) -> None:
        key = str(path.resolve())
        with self.lock:
            stamp, con, users = self.open[key]
            if users <= 1:
                del self.open[key]
                con.close()
            else:
                self.open[key] = (stamp, con, users - 1)

    def _get(self, path: Path, change: int) -> duckdb.DuckDBPyConnection:
        key, stamp = str(path.resolve()), _stamp(path)
        with self.lock:
            found = self.open.get(key)
            users = (found[2] if found else 0) + change
            if found and found[0] == stamp:
                con = found[1]
            else:
                if found:
                    found[1].close()
                con = _connect_read_only(path)
            self.open[key] = (stamp, con, users)
            return con


_SHARED = _Shared()


class MarketReader(Protocol):
    """What a reader of the market gets: this DuckDB store, or the shipped copy of a home
    without imports (market/shipped_copy.py), which answers the same."""

    path: Path

    def fetch(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]: ...
    def fetch_dicts(self, sql: str, params: Params = ()) -> list[dict[str, Any]]: ...
    def tables(self) -> set[str]: ...
    def meta(self) -> dict[str, str]: ...
    def close(self) -> None: ...
    def __enter__(self) -> MarketReader: ...
    def __exit__(self, *exc: object) -> None: ...


class MarketStore:
    """Read access to the market tables; follows the file when it is rebuilt meanwhile."""

    def __init__(self, path: Path) -> None:
        self.path = path
        _SHARED.acquire(path)
        self._closed = False
        self._pid = os.getpid()

    def fetch(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Rows of a read query, as tuples."""
        with self._cursor() as cursor:
            return cursor.execute(sql, params).fetchall()

    def fetch_dicts(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """Rows of a read query, as dicts keyed by column name."""
        with self._cursor() as cursor:
            cursor.execute(sql, params)
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def fetch_described(self, sql: str) -> tuple[list[tuple[str, str]], list[tuple[Any, ...]]]:
        """The (name, DuckDB type) of each column of a read query, and its rows."""
        with self._cursor() as cursor:
            cursor.execute(sql)
            described = [(str(d[0]), str(d[1])) for d in cursor.description or ()]
            return described, cursor.fetchall()

    def tables(self) -> set[str]:
        """Names of the tables in the store."""
        return {r[0] for r in self.fetch("SELECT table_name FROM information_schema.tables")}

    def meta(self) -> dict[str, str]:
        """Build facts: schema version, shipped-data fingerprint, build time."""
        return {str(k): str(v) for k, v in self.fetch("SELECT key, value FROM meta")}

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            _SHARED.release(self.path)

    def __del__(self) -> None:
        # a store dropped without close() still gives its share of the connection back
        if getattr(self, "_pid", None) != os.getpid():
            return  # a forked child (a file reader) must never close its parent's connection
        if not getattr(self, "_closed", True):
            with suppress(Exception):  # at interpreter exit the registry may be gone
                self.close()

    def __enter__(self) -> MarketStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cursor = _SHARED.current(self.path).cursor()
        try:
            yield cursor
        finally:
            cursor.close()


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except FileNotFoundError as error:
        raise DataUnavailable(
            f"the market store {path} is missing", hint="run `levelset data rebuild`"
        ) from error
    return stat.st_ino, stat.st_mtime_ns


def _connect_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as error:
        raise DataUnavailable(
            f"cannot open the market store {path}: {error}",
            hint="run `levelset data rebuild`",
        ) from error


def read_meta(path: Path) -> dict[str, str] | None:
    """The meta table of a store file, or None when the file is missing or unreadable."""
    opened = open_with_meta(path)
    if opened is None:
        return None
    store, meta = opened
    store.close()
    return meta


def open_with_meta(path: Path) -> tuple[MarketStore, dict[str, str]] | None:
    """The store file opened for reading, with its meta table; None (nothing left open) when
    the file is missing or unreadable. A caller that goes on reading saves a second connect."""
    if not path.exists():
        return None
    try:
        store = MarketStore(path)
    except DataUnavailable:
        return None
    try:
        return store, store.meta()
    except duckdb.Error:
        store.close()
        return None
