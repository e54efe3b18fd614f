"""Staging an upstream file as text columns, then checking it row by row before loading.

Every loader first copies its file into a table of text columns (so nothing is lost to type
guessing), then runs its checks (SQL predicates that mark a row bad), and only when no check
fails turns the text into typed rows. Problems carry the file, line and column.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from levelset.errors import InputError, Problem, validation_failed
from levelset.market.build_db import BuildDb

MAX_PROBLEMS = 20
INVALID = "invalid file"


@dataclass(frozen=True)
class Staged:
    """A file copied into a text table; `line` is the SQL giving each row's line in the file."""

    table: str
    file: str
    columns: tuple[str, ...]  # lower-case names as staged
    line: str = "rowid + 2"
    headers: tuple[str, ...] = ()  # the names as the file spells them, same order

    def shown(self, column: str) -> str:
        """A column as the file names it (for messages)."""
        bare = column.strip('"')
        for lower, header in zip(self.columns, self.headers, strict=False):
            if lower == bare:
                return header
        return bare


@dataclass(frozen=True)
class Check:
    """A rule every row must follow: rows where `bad_when` is true are reported."""

    field: str
    bad_when: str
    message: str
    expected: str | None = None


def open_text(file: Path) -> IO[str]:
    """A text stream of a plain or gzip-compressed file (BOM dropped)."""
    if file.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(file, "rb"), encoding="utf-8-sig", newline="")
    return file.open(encoding="utf-8-sig", newline="")


def read_header(file: Path, delim: str = ",") -> list[str]:
    """The first row of a delimited file; an empty or unreadable file -> InputError."""
    try:
        with open_text(file) as stream:
            first = stream.readline()
    except (OSError, UnicodeDecodeError, EOFError) as error:
        raise InputError(
            f"{file.name}: cannot read the file ({error})",
            problems=[Problem(str(error), file=file.name)],
        ) from error
    if not first.strip():
        raise InputError(
            f"{file.name}: the file is empty",
            problems=[Problem("the file is empty", file=file.name, line=1)],
        )
    return [c.strip() for c in next(csv.reader([first], delimiter=delim))]


def stage_delimited(
    db: BuildDb,
    table: str,
    file: Path,
    *,
    delim: str = ",",
    quote: str = '"',
    shown_as: str | None = None,
    keep: Collection[str] | None = None,
) -> Staged:
    """Copy a CSV/TSV into `table` with text columns named by its header, lower-cased.

    With `keep`, only those columns are copied (a disclosure file has a hundred we never use).
    """
    name = shown_as or file.name
    header, columns, chosen = plan_columns(file, name, delim, keep)
    kept = [c for c, _ in chosen]
    try:
        db.stage_csv(table, file, columns, delim=delim, quote=quote, shown_as=name, keep=kept)
    except InputError as error:
        if any(p.line for p in error.problems):
            raise
        # DuckDB names no line (e.g. CRLF and LF line endings mixed): read it again in Python
        return _stage_slowly(db, table, file, (header, columns, kept), (delim, quote), name)
    return Staged(table, name, tuple(kept), headers=tuple(h for _, h in chosen))


def plan_columns(
    file: Path, name: str, delim: str = ",", keep: Collection[str] | None = None
) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """The header as written, every column's unique lower-case name, and the (name, header)
    pairs to read; a kept column named twice -> InputError."""
    header = read_header(file, delim)
    lowered = [h.lower() for h in header]
    wanted = [c for c in lowered if keep is None or c in keep]
    duplicates = sorted({c for c in wanted if lowered.count(c) > 1})
    if duplicates:
        problems = [
            Problem("the column appears twice", file=name, line=1, field=d) for d in duplicates
        ]
        raise validation_failed(INVALID, problems)
    columns = _unique(lowered)
    chosen = [(c, h) for c, h in zip(columns, header, strict=True) if keep is None or c in keep]
    return header, columns, chosen


def _stage_slowly(
    db: BuildDb,
    table: str,
    file: Path,
    names: tuple[list[str], list[str], list[str]],
    dialect: tuple[str, str],
    shown_as: str,
) -> Staged:
    """Stage a file DuckDB could not parse with Python's csv module, which names bad lines."""
    import tempfile  # here alone: a file DuckDB reads never needs it (a cold import, ~3 ms)

    header, columns, kept = names
    picked = [columns.index(c) for c in kept]
    delim, quote = dialect
    quoting = {"quotechar": quote} if quote else {"quoting": csv.QUOTE_NONE}
    with tempfile.TemporaryDirectory() as tmp, open_text(file) as stream:
        reader = csv.reader(stream, delimiter=delim, **quoting)
        next(reader)
        records = _records(reader, picked, len(header), shown_as)
        chosen = [header[i] for i in picked]
        return stage_rows(db, table, chosen, records, Path(tmp) / "rows.csv", shown_as)


def _records(
    reader: Any, picked: list[int], width: int, shown_as: str
) -> Iterator[tuple[int, list[str]]]:
    """(line, values) of each record; a record with the wrong number of fields -> InputError."""
    start = reader.line_num + 1
    for values in reader:
        if values and len(values) != width:
            problem = Problem(
                f"{len(values)} fields where the header has {width}", file=shown_as, line=start
            )
            raise validation_failed(INVALID, [problem])
        if values:
            yield start, [values[i] for i in picked]
        start = reader.line_num + 1


def stage_rows(
    db: BuildDb,
    table: str,
    columns: Sequence[str],
    rows: Iterable[tuple[int, Sequence[object]]],
    scratch: Path,
    shown_as: str,
) -> Staged:
    """Stage rows read from a spreadsheet: (line, values) pairs go through a scratch CSV."""
    names = _unique([c.lower() or f"column_{i + 1}" for i, c in enumerate(columns)])
    with scratch.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["_line", *names])
        for line, values in rows:
            writer.writerow([line, *(_cell_text(v) for v in values)])
    db.stage_csv(table, scratch, ["_line", *names], shown_as=shown_as)
    return Staged(
        table, shown_as, tuple(names), line="CAST(_line AS BIGINT)", headers=tuple(columns)
    )


def _unique(names: list[str]) -> list[str]:
    # blank or repeated headers in a sheet must not stop the load of the columns we need
    seen: dict[str, int] = {}
    result = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return result


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10] if hasattr(value, "hour") else str(value.isoformat())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def require_columns(staged: Staged, needed: Iterable[str]) -> None:
    """Every needed column is present, or one InputError listing the missing ones."""
    missing = [c for c in needed if c not in staged.columns]
    if missing:
        upper = bool(staged.headers) and all(h == h.upper() for h in staged.headers)
        problems = [
            Problem("missing column", file=staged.file, line=1, field=c.upper() if upper else c)
            for c in missing
        ]
        raise validation_failed(INVALID, problems)


def run_checks(db: BuildDb, staged: Staged, checks: Sequence[Check]) -> None:
    """Run every check; raise one InputError with the first problems found, by line."""
    problems: list[Problem] = []
    for check in checks:
        found = db.rows(
            f"SELECT {staged.line} AS line, CAST({check.field} AS VARCHAR) FROM {staged.table} "
            f"WHERE {check.bad_when} ORDER BY line LIMIT {MAX_PROBLEMS}"
        )
        problems.extend(
            Problem(
                f"{check.message}: {value!r}" if value is not None else check.message,
                file=staged.file,
                line=int(line),
                field=staged.shown(check.field),
                expected=check.expected,
            )
            for line, value in found
        )
    if problems:
        problems.sort(key=lambda p: p.line or 0)
        raise validation_failed(INVALID, problems[:MAX_PROBLEMS])


def number_sql(column: str) -> str:
    """SQL turning a published number ('1,234', '$5.00') into a DOUBLE, NULL when blank."""
    # plain replace() is several times faster than a regex over a million rows
    return f"TRY_CAST(NULLIF(replace(replace(trim({column}), '$', ''), ',', ''), '') AS DOUBLE)"


def not_a_number(column: str, allowed: Sequence[str] = ()) -> str:
    """SQL predicate: the text is present, not an allowed marker and not a number."""
    markers = ", ".join(f"'{m}'" for m in allowed) or "''"
    return (
        f"NULLIF(trim({column}), '') IS NOT NULL AND trim({column}) NOT IN ({markers}) "
        f"AND {number_sql(column)} IS NULL"
    )
