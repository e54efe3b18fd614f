"""A market store file under construction: the statements of a build, their progress, and the
delimited files they read. DuckDB's engine comes from store.py, the only module importing it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from levelset.errors import InputError, Problem
from levelset.market.store import Params, duckdb
from levelset.patterns import compiled

Progress = Callable[[str, float], None]


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
