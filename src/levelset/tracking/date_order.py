"""Day-first or month-first: a sheet's numeric dates (03/02/2026) read in one order, decided
by the file as a whole, never guessed cell by cell.

A date whose first part is over 12 (13/02/2026) says the file is day-first; one whose second
part is over 12 (02/13/2026) says month-first. A file where no date decides, but some could be
read both ways, is refused unless the user names the order (`track import --date-order`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from levelset.errors import InputError, Problem, validation_failed
from levelset.patterns import compiled
from levelset.tracking.events import parse_date
from levelset.tracking.sheet_text import SheetRow

ORDERS = ("dmy", "mdy")
_EXPECTED = "the order named: day first (--date-order dmy) or month first (--date-order mdy)"
# 03/02/2026, 3.2.26, 03-02-2026, with an optional time after it (not ISO: the year is last).
_NUMERIC = compiled(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ ,T].*)?")


# levelset's date columns of either layout (tracking.columns): the only cells read here.
DATE_FIELDS = (
    "date", "status_date", "response_date", "interview_date", "offer_date", "rejection_date",
    "withdrawal_date",
)  # fmt: skip
_SEPARATORS = frozenset("/.-")


@dataclass(frozen=True)
class _Cell:
    first: int
    second: int
    year: int


def _numeric(text: str) -> _Cell | None:
    """The parts of a numeric date with the year last; None for anything else (ISO at once)."""
    if not (text[1:2] in _SEPARATORS or text[2:3] in _SEPARATORS):
        return None  # 2026-03-02, Mar 2, a tick, an Excel serial: never day/month/year
    return _parts(text)


@lru_cache(maxsize=4096)
def _parts(text: str) -> _Cell | None:
    found = _NUMERIC.fullmatch(text.strip())
    if found is None:
        return None
    year = int(found[4])
    if len(found[4]) == 2:
        year += 2000 if year < 69 else 1900  # as strptime's %y reads it
    return _Cell(int(found[1]), int(found[3]), year)


def _says(cell: _Cell) -> str | None:
    """The order one date proves on its own, if any."""
    if cell.first > 12 >= cell.second:
        return "dmy"
    if cell.second > 12 >= cell.first:
        return "mdy"
    return None


def _ambiguous(cell: _Cell) -> bool:
    return cell.first <= 12 and cell.second <= 12 and cell.first != cell.second


def _fields(rows: Sequence[SheetRow]) -> list[str]:
    """The date columns the sheet has (every row of a sheet has the same names)."""
    return [name for name in DATE_FIELDS if rows and name in rows[0].values]


def _date_cells(rows: Sequence[SheetRow]) -> Iterator[tuple[SheetRow, str, _Cell]]:
    fields = _fields(rows)
    for row in rows:
        values = row.values
        for name in fields:
            text = values.get(name)
            if text and (cell := _numeric(text)) is not None:
                yield row, name, cell


def decide(rows: Sequence[SheetRow], file: str, chosen: str | None = None) -> str | None:
    """The order of the sheet's numeric dates ("dmy" or "mdy"), None when it has none that
    could be read both ways; InputError (file, line, field) when the file cannot decide."""
    if chosen is not None:
        if chosen not in ORDERS:
            raise InputError(f"the date order must be dmy or mdy, not {chosen!r}")
        return chosen
    proofs: dict[str, tuple[SheetRow, str, _Cell]] = {}
    unsure: tuple[SheetRow, str] | None = None
    for row, name, cell in _date_cells(rows):
        said = _says(cell)
        if said is not None:
            proofs.setdefault(said, (row, name, cell))
            if len(proofs) == 2:
                break
        elif unsure is None and _ambiguous(cell):
            unsure = (row, name)
    if len(proofs) == 2:
        raise validation_failed(file, [_mixed(file, order, *proofs[order]) for order in ORDERS])
    if proofs:
        return next(iter(proofs))
    if unsure is None:
        return None
    row, name = unsure
    message = (
        f"{row.get(name)!r} could be day first or month first, and no date in the file says "
        "which; name the order"
    )
    raise validation_failed(file, [Problem(message, file, row.line, name, _EXPECTED)])


def _mixed(file: str, order: str, row: SheetRow, name: str, cell: _Cell) -> Problem:
    first = "day" if order == "dmy" else "month"
    message = f"{row.get(name)!r} is {first} first, but another date in the file is not"
    return Problem(message, file, row.line, name, _EXPECTED)


def in_order(
    rows: Sequence[SheetRow], order: str | None, file: str
) -> tuple[list[SheetRow], list[Problem]]:
    """The rows with their numeric dates written as ISO dates in the decided order; a row with
    a date that is no date in that order (13/02/2026 month first) is left out, as a problem.
    The rows are this import's own (`Sheet.rows` makes each its dict): their cells change in
    place, as a copy of every row of a large sheet would cost more than the import's reading."""
    if order is None:
        return list(rows), []
    fields = _fields(rows)
    kept: list[SheetRow] = []
    problems: list[Problem] = []
    for row in rows:
        values, wrong = row.values, False
        for name in fields:
            text = values.get(name)
            if not text or _numeric(text) is None:
                continue
            iso = _iso(text, order)
            if iso is None:
                problems.append(_against(text, order, file, row.line, name))
                wrong = True
            else:
                values[name] = iso
        if not wrong:
            kept.append(row)
    return kept, problems


def _against(text: str, order: str, file: str, line: int, name: str) -> Problem:
    first = "day" if order == "dmy" else "month"
    message = f"{text!r} is not a date with the {first} first, as the file's dates are"
    return Problem(message, file, line, name, "one order for every date")


@lru_cache(maxsize=4096)
def _iso(text: str, order: str) -> str | None:
    """A numeric date as YYYY-MM-DD in this order; None when it is no date in it."""
    cell = _parts(text)
    assert cell is not None  # asked only for numeric dates
    day, month = (cell.first, cell.second) if order == "dmy" else (cell.second, cell.first)
    try:
        return dt.date(cell.year, month, day).isoformat()
    except ValueError:
        return None


def typed_date(value: str | dt.date, field: str = "date") -> dt.date:
    """A date a person typed (a flag, a form, an assistant's call): any form parse_date reads,
    and a numeric one either way round when it can only be one day (13/2/2026, 2/13/2026); a
    numeric date that reads as two different days (3/2/2026) is refused, never read month
    first."""
    if isinstance(value, dt.date):
        return value
    text = value.strip()
    cell = _numeric(text)
    if cell is None:
        return parse_date(text)
    if _ambiguous(cell):
        one = dt.date(cell.year, cell.first, cell.second)
        other = dt.date(cell.year, cell.second, cell.first)
        raise InputError(
            f"{field}: {value!r} could be {one:%-d %B %Y} or {other:%-d %B %Y}",
            hint=f"write it as YYYY-MM-DD: {one.isoformat()} or {other.isoformat()}",
        )
    iso = _iso(text, _says(cell) or "mdy")  # 2/2/2026 is the same day either way
    if iso is None:
        raise InputError(
            f"{field}: not a date: {value!r}", hint="write dates as YYYY-MM-DD, e.g. 2026-03-02"
        )
    return dt.date.fromisoformat(iso)
