"""The market store: a DuckDB file built from the shipped data; the only module importing DuckDB.

Readers open the file read-only, so the CLI and the web server can read at the same time.
Writers never touch the live file: they build a temporary copy, validate it and move it into
place (see build.py), so a bad import leaves the store as it was.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

try:  # DuckDB's engine alone: its package's Python layer (relations, expressions) goes unused
    import _duckdb as duckdb  # and is most of `import duckdb` (about 55 ms of CPU; issue 15)
except ImportError:  # a DuckDB whose engine is not a module of its own
    import duckdb  # type: ignore[no-redef]

from levelset.errors import DataUnavailable, InputError, Problem
from levelset.patterns import compiled

DuckDBError = duckdb.Error  # what DuckDB raises, for the build's modules (they import no DuckDB)
Params = Sequence[Any] | Mapping[str, Any]
Progress = Callable[[str, float], None]


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


# Share of the progress bar each kind of statement fills: (start, end).
PHASES = {
    "reading": (0.0, 0.5),
    "checking": (0.5, 0.6),
    "storing": (0.6, 0.95),
    "saving": (0.95, 1.0),
}


def _phase_of(sql: str) -> str | None:
    """The phase a statement belongs to; None for quick bookkeeping not worth a report."""
    head = sql.lstrip().split(None, 1)[0].upper()
    if "read_csv(" in sql:
        return "reading"
    return {"SELECT": "checking", "INSERT": "storing"}.get(head)


class BuildDb:
    """A writable store file under construction; loaders run their SQL through it.

    With a `progress` callback, each statement reports the engine's own progress, scaled into
    its phase (reading, checking, storing, saving) so one bar moves from 0 to 1.
    """

    def __init__(
        self,
        path: Path,
        progress: Progress | None = None,
        connection: duckdb.DuckDBPyConnection | None = None,
    ) -> None:
        self.path = path
        self.progress = progress
        self._phase, self._done = "reading", 0.0
        self._functions: set[str] = set()
        self._con = duckdb.connect(str(path)) if connection is None else connection
        self._con.execute("SET enable_progress_bar = true")
        self._con.execute("SET enable_progress_bar_print = false")

    @contextmanager
    def beside(self) -> Iterator[BuildDb]:
        """A second connection to the same store, for statements run in another thread
        while this one runs its own: it sees what this build committed, not its temp tables
        nor its functions, and reports no progress."""
        other = BuildDb(self.path, connection=self._con.cursor())
        try:
            yield other
        finally:
            other.abandon()

    def report(self, phase: str, fraction: float) -> None:
        """Tell the progress callback how far `phase` is (0..1 within the phase).

        The bar only moves forward: a quick count after storing does not send it back.
        """
        order = list(PHASES)
        if self.progress is None or order.index(phase) < order.index(self._phase):
            return
        start, end = PHASES[phase]
        self._phase = phase
        self._done = max(self._done, start + (end - start) * min(max(fraction, 0.0), 1.0))
        self.progress(phase, self._done)

    def run(self, sql: str, params: Params = ()) -> None:
        """Run one statement, reporting its progress when anyone listens."""
        with _watch(self._con, self, _phase_of(sql)):
            self._con.execute(sql, params)

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        with _watch(self._con, self, _phase_of(sql)):
            return self._con.execute(sql, params).fetchall()

    def fetch(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Rows of a query, as a MarketStore gives them (so readers of the store run here)."""
        return self._con.execute(sql, params).fetchall()

    def attempt(self, sql: str, params: Params = ()) -> bool:
        """Run one statement; False (and nothing changed) when DuckDB refuses it."""
        try:
            self.run(sql, params)
        except duckdb.Error:
            return False
        return True

    @contextmanager
    def unordered(self) -> Iterator[None]:
        """Let statements store rows in any order (parallel writes): for loads that never
        derive a line number from a row's position. (Storing text without FSST compression
        was tried: the insert itself is cheaper, the whole import dearer, 3.2 -> 3.9 s CPU.)"""
        self._con.execute("SET preserve_insertion_order = false")
        try:
            yield
        finally:
            self._con.execute("SET preserve_insertion_order = true")

    def function(
        self, name: str, function: Callable[..., Any], arguments: Sequence[str], returns: str
    ) -> None:
        """Let this build's SQL call a Python function of plain values (once per name)."""
        if name not in self._functions:
            self._con.create_function(name, function, list(arguments), returns, side_effects=False)
            self._functions.add(name)

    def insert_rows(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            marks = ", ".join("?" for _ in rows[0])
            self._con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def stage_csv(
        self,
        table: str,
        file: Path,
        columns: Sequence[str],
        *,
        delim: str = ",",
        quote: str = '"',
        shown_as: str | None = None,
        keep: Sequence[str] | None = None,
    ) -> None:
        """Copy a delimited file into a table of text columns (only `keep` ones when given);
        a malformed row -> InputError."""
        spec = "{" + ", ".join(f"'{_sql_text(c)}': 'VARCHAR'" for c in columns) + "}"
        chosen = ", ".join(f'"{c}"' for c in keep) if keep is not None else "*"
        sql = (
            f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT {chosen} FROM read_csv(?, "
            "header = true, "
            f"auto_detect = false, delim = ?, quote = ?, escape = ?, columns = {spec}, "
            "encoding = 'utf-8')"
        )
        try:
            self.run(sql, [str(file), delim, quote, quote])
        except duckdb.Error as error:
            raise _csv_error(shown_as or file.name, error) from error

    def close(self) -> None:
        """Write everything to the file and close it."""
        self.report("saving", 0.0)
        self._con.execute("CHECKPOINT")
        self._con.close()
        self.report("saving", 1.0)

    def abandon(self) -> None:
        self._con.close()


def _sql_text(value: str) -> str:
    return value.replace("'", "''")


def csv_source(file: Path, columns: Sequence[str], *, delim: str = ",", quote: str = '"') -> str:
    """A read_csv() of a delimited file whose columns are all read as text, under `columns`."""
    spec = "{" + ", ".join(f"'{_sql_text(c)}': 'VARCHAR'" for c in columns) + "}"
    path, sep, mark = (f"'{_sql_text(v)}'" for v in (str(file), delim, quote))
    return (
        f"read_csv({path}, header = true, auto_detect = false, delim = {sep}, quote = {mark}, "
        f"escape = {mark}, columns = {spec}, encoding = 'utf-8')"
    )


_LINE = compiled(r"CSV Error on Line: (\d+)")
_ORIGINAL = compiled(r"Original Line: (.*)")


def _csv_error(shown_as: str, error: duckdb.Error) -> InputError:
    text = str(error)
    line = _LINE.search(text)
    original = _ORIGINAL.search(text)
    reason = next(
        (ln.strip() for ln in text.splitlines() if ln.startswith(("Expected Number", "Invalid"))),
        "",
    )
    if "Invalid Input Error:" in reason:
        reason = reason.split("Invalid Input Error:", 1)[1].strip()
    message = f"cannot read this row: {reason or text.splitlines()[0]}"
    if original:
        message += f" [{original.group(1)[:80]}]"
    problem = Problem(message, file=shown_as, line=int(line.group(1)) if line else None)
    return InputError(f"invalid file: {problem}", problems=[problem])


@contextmanager
def _watch(con: duckdb.DuckDBPyConnection, db: BuildDb, phase: str | None) -> Iterator[None]:
    """Poll DuckDB's progress of the running statement from a side thread."""
    if db.progress is None or phase is None:
        yield
        return
    done = threading.Event()

    def poll() -> None:
        while not done.wait(0.1):
            value = con.query_progress()
            if value >= 0:
                db.report(phase, value / 100.0)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
