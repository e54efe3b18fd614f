"""Day-first or month-first: a sheet's numeric dates (03/02/2026) read in one order, decided
by the file as a whole, never guessed cell by cell.

A date whose first part is over 12 (13/02/2026) says the file is day-first; one whose second
part is over 12 (02/13/2026) says month-first. A file where no date decides, but some could be
read both ways, is refused unless the user names the order (`track import --date-order`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from levelset.errors import InputError, Problem, validation_failed
from levelset.patterns import compiled
from levelset.tracking.sheet_text import SheetRow

ORDERS = ("dmy", "mdy")
_EXPECTED = "the order named: day first (--date-order dmy) or month first (--date-order mdy)"
# 03/02/2026, 3.2.26, 03-02-2026, with an optional time after it (not ISO: the year is last).
_NUMERIC = compiled(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ ,T].*)?")


@dataclass(frozen=True)
class _Cell:
    first: int
    second: int
    year: int


@lru_cache(maxsize=4096)
def _numeric(text: str) -> _Cell | None:
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


def _date_cells(rows: Sequence[SheetRow]) -> list[tuple[SheetRow, str, _Cell]]:
    return [
        (row, name, cell)
        for row in rows
        for name, text in row.values.items()
        if name.endswith("date") and text and (cell := _numeric(text)) is not None
    ]


def decide(rows: Sequence[SheetRow], file: str, chosen: str | None = None) -> str | None:
    """The order of the sheet's numeric dates ("dmy" or "mdy"), None when it has none that
    could be read both ways; InputError (file, line, field) when the file cannot decide."""
    if chosen is not None:
        if chosen not in ORDERS:
            raise InputError(f"the date order must be dmy or mdy, not {chosen!r}")
        return chosen
    cells = _date_cells(rows)
    proofs: dict[str, tuple[SheetRow, str, _Cell]] = {}
    for row, name, cell in cells:
        said = _says(cell)
        if said is not None:
            proofs.setdefault(said, (row, name, cell))
    if len(proofs) == 2:
        raise validation_failed(file, [_mixed(file, order, *proofs[order]) for order in ORDERS])
    if proofs:
        return next(iter(proofs))
    unsure = next(((row, name) for row, name, cell in cells if _ambiguous(cell)), None)
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
    a date that is no date in that order (13/02/2026 month first) is left out, as a problem."""
    if order is None:
        return list(rows), []
    kept: list[SheetRow] = []
    problems: list[Problem] = []
    for row in rows:
        fixed, wrong = _row_in_order(row, order, file)
        problems += wrong
        if not wrong:
            kept.append(fixed)
    return kept, problems


def _row_in_order(row: SheetRow, order: str, file: str) -> tuple[SheetRow, list[Problem]]:
    changed: dict[str, str] = {}
    problems: list[Problem] = []
    for name, text in row.values.items():
        cell = _numeric(text) if name.endswith("date") and text else None
        if cell is None:
            continue
        day, month = (cell.first, cell.second) if order == "dmy" else (cell.second, cell.first)
        try:
            changed[name] = dt.date(cell.year, month, day).isoformat()
        except ValueError:
            first = "day" if order == "dmy" else "month"
            message = f"{text!r} is not a date with the {first} first, as the file's dates are"
            problems.append(Problem(message, file, row.line, name, "one order for every date"))
    return (SheetRow(row.line, {**row.values, **changed}) if changed else row), problems
