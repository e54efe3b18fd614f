"""The shipped market data as SQLite, so that a home without imports answers without DuckDB.

`python -m levelset.market.prebuild` writes data/prebuilt/market.sqlite beside the prebuilt
DuckDB store: the tables and columns the twins read (market/twins.py), copied from a store
built from the shipped files. A home with no imports holds exactly the shipped data, so it
reads every read that has a twin from this copy through sqlite3: no DuckDB to import, connect
or build before a range. Any other read (an O*NET title, the list of sources...) goes to the
home's DuckDB store, opened, or built first, at that read.

The copy is used only while it matches the shipped files (names and sizes) and the table
schema; `tests/market/test_shipped_copy.py` fails while it is stale, and compares the answers
of both stores over every shipped cell.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

import levelset
from levelset.market.twins import TWINS, Params

if TYPE_CHECKING:
    from levelset.market.store import MarketStore
    from levelset.paths import Paths

DATA = Path(levelset.__file__).parent / "data"
SHIPPED_DIR = DATA / "market"
COPY = DATA / "prebuilt" / "market.sqlite"


def shipped_stamp() -> str:
    """What the copy was made from, cheap to look at: the table schema and every shipped
    file's name and size (the build's own fingerprint also hashes the tables' DDL)."""
    from levelset.market.tables import SCHEMA_VERSION

    files = sorted((f.name, f.stat().st_size) for f in SHIPPED_DIR.iterdir() if f.is_file())
    return f"schema {SCHEMA_VERSION}; " + "; ".join(f"{name}:{size}" for name, size in files)


class _Copy:
    """One read-only connection to a copy per process, shared by its threads."""

    def __init__(self, path: Path) -> None:
        self.lock = threading.Lock()
        self.con = self._connect(path)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection | None:
        """The connection, or None when the file is missing, unreadable or stale (never read)."""
        if not path.exists():
            return None
        try:
            con = sqlite3.connect(
                f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            found = con.execute("SELECT value FROM meta WHERE key = 'files'").fetchall()
        except sqlite3.Error:
            return None
        if found and found[0][0] == shipped_stamp():
            return con
        con.close()
        return None

    def read(self, sql: str, params: Params) -> tuple[list[str], list[tuple[Any, ...]]] | None:
        """The column names and rows of a declared read (market/twins.py); None for another."""
        found = TWINS.get(sql)
        if found is None:
            return None
        assert self.con is not None, "a copy is read only once found usable"
        if found.sql is None:
            return self._recorded(sql)
        passed = found.params(params) if found.params else params
        with self.lock:
            cursor = self.con.execute(found.sql, passed)
            names, rows = [d[0] for d in cursor.description or ()], cursor.fetchall()
        return names, [found.row(r) for r in rows] if found.row else rows

    def _recorded(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]] | None:
        assert self.con is not None
        with self.lock:
            found = self.con.execute("SELECT names, rows FROM recorded WHERE sql = ?", [sql])
            kept = found.fetchone()
        if kept is None:
            return None
        return json.loads(kept[0]), [tuple(row) for row in json.loads(kept[1])]


_COPIES: dict[Path, _Copy] = {}
_OPENING = threading.Lock()


def _copy(path: Path) -> _Copy:
    with _OPENING:
        if path not in _COPIES:
            _COPIES[path] = _Copy(path)
        return _COPIES[path]


def shipped_store(
    paths: Paths, full: Callable[[], MarketStore], copy: Path = COPY
) -> ShippedStore | None:
    """The store a home without imports reads (`full` opens its DuckDB store when a read has
    no twin); None when the home imported data or the copy is missing or stale."""
    if not serves(paths, copy):
        return None
    return ShippedStore(copy, _copy(copy), full)


def serves(paths: Paths, copy: Path = COPY) -> bool:
    """True when the copy answers this home: it has no imports, and the copy is current."""
    return not _imported(paths) and _copy(copy).con is not None


def _imported(paths: Paths) -> bool:
    """True when the home lists an import (its market data is more than the shipped files)."""
    try:
        listed = json.loads((paths.imports / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return True  # unreadable: the DuckDB store's own checks decide
    return bool(listed)


class ShippedStore:
    """A market store over the shipped copy; reads without a twin go to the DuckDB store."""

    def __init__(self, path: Path, copy: _Copy, full: Callable[[], MarketStore]) -> None:
        self.path = path
        self._copy = copy
        self._open_full = full
        self._full: MarketStore | None = None

    def fetch(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Rows of a read query, as tuples (as the DuckDB store gives them)."""
        found = self._copy.read(sql, params)
        return self.full().fetch(sql, params) if found is None else found[1]

    def fetch_dicts(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """Rows of a read query, as dicts keyed by column name."""
        found = self._copy.read(sql, params)
        if found is None:
            return self.full().fetch_dicts(sql, params)
        names, rows = found
        return [dict(zip(names, row, strict=True)) for row in rows]

    def tables(self) -> set[str]:
        return self.full().tables()

    def meta(self) -> dict[str, str]:
        return self.full().meta()

    def full(self) -> MarketStore:
        """The home's DuckDB store, opened (or built) at the first read the copy cannot give."""
        if self._full is None:
            self._full = self._open_full()
        return self._full

    def close(self) -> None:
        if self._full is not None:
            self._full.close()
            self._full = None

    def __del__(self) -> None:
        with suppress(Exception):  # at interpreter exit the DuckDB module may be gone
            self.close()

    def __enter__(self) -> ShippedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
