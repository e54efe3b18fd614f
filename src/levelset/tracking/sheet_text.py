"""The text of a tracking sheet: its bytes decoded, its CSV read into rows under levelset's names.

Each row keeps the line of the file it starts on (a quoted field may hold a line break, so a
row's line is counted from the reader, not from the row's position).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from levelset.errors import InputError
from levelset.tracking.columns import EMPTY
from levelset.untrusted import LIMITS, csv_problem, field_limit

MAX_SHEET_BYTES = 20 * 1024 * 1024  # years of applications fit in well under a megabyte
_WORKBOOK_SIGNS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # xlsx/ods zip, old xls
_LONGEST_EMPTY = max(len(marker) for marker in EMPTY)
_CELLS_KEPT = 1 << 20  # distinct cells remembered while a sheet is read (its size bounds them)


@dataclass(frozen=True)
class SheetRow:
    """One row of a sheet under levelset's column names, each cell stripped, blanks emptied."""

    line: int
    values: dict[str, str]

    def get(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass(frozen=True)
class Sheet:
    """A sheet's header and its non-blank records, each with the line it starts on."""

    headers: list[str]
    records: list[tuple[int, list[str]]]

    def rows(self, mapping: dict[str, str]) -> list[SheetRow]:
        """Every record under levelset's names (`mapping`: name -> header). A header given
        twice reads from its last column, a short record reads blanks past its end."""
        where = {header: at for at, header in enumerate(self.headers)}
        chosen = [(name, where[header]) for name, header in mapping.items() if header in where]
        width = 1 + max((at for _, at in chosen), default=-1)
        cell = _Cells()  # a sheet repeats its cells: each distinct one is cleaned once
        padding = [""] * width
        rows = []
        for line, record in self.records:
            if len(record) < width:
                record = record + padding
            rows.append(SheetRow(line, {name: cell[record[at]] for name, at in chosen}))
        return rows


class _Cells(dict[str, str]):
    """A cell's text as levelset reads it: stripped, and blank when it writes out a blank."""

    def __missing__(self, raw: str) -> str:
        value = raw.strip()
        if value and len(value) <= _LONGEST_EMPTY and value.lower() in EMPTY:
            value = ""  # "n/a", "-", "none": a blank written out
        if len(self) < _CELLS_KEPT:
            self[raw] = value
        return value


def read_sheet(text: str, file: str) -> Sheet:
    """The header and records of CSV text, its dialect sniffed (comma, semicolon or tab)."""
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), dialect)
    with field_limit(LIMITS.csv_field_chars):
        try:
            return _records(reader, file)
        except csv.Error as error:  # a field over the limit, a stray line break in a field
            raise csv_problem(error, file, reader.line_num, LIMITS) from None


def _records(reader: Any, file: str) -> Sheet:
    headers = next(reader, None)
    if not headers or not any(h.strip() for h in headers):
        raise InputError(f"{file}: the file is empty or has no header row")
    records, previous_end = [], reader.line_num
    for record in reader:
        line, previous_end = previous_end + 1, reader.line_num
        if "".join(record).strip():  # not a blank record (every cell empty or spaces)
            records.append((line, record))
    return Sheet(headers, records)


def decode_sheet(data: bytes, file: str) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), else Windows-1252 as Excel saves it.

    A workbook, a binary file or a file over the size limit is refused with what to do.
    """
    _refuse_documents(file)
    if len(data) > MAX_SHEET_BYTES:
        raise InputError(f"{file}: {len(data):,} bytes is too large for a sheet of applications")
    if data.startswith(_WORKBOOK_SIGNS):
        raise InputError(
            f"{file} is a spreadsheet workbook, not CSV",
            hint="save it as CSV (File > Save As > CSV UTF-8) and import that file",
        )
    if b"\x00" in data[:4096]:
        raise InputError(f"{file}: binary content, not a CSV text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_DOCUMENTS = {
    ".docx": "a Word document", ".doc": "a Word document", ".odt": "a text document",
    ".pdf": "a PDF", ".json": "a JSON file", ".yaml": "a YAML file", ".yml": "a YAML file",
    ".md": "a Markdown file", ".zip": "a zip archive", ".pptx": "a slide deck",
}  # fmt: skip


def _refuse_documents(file: str) -> None:
    """A résumé, an offer or an export given to the sheet reader: say where it goes instead."""
    kind = _DOCUMENTS.get(PurePath(file).suffix.lower())
    if kind is not None:
        raise InputError(
            f"{file} is {kind}, not a sheet of applications (CSV)",
            hint="export your tracker as CSV (docs/tracking.md); a résumé or LinkedIn export "
            "goes to `levelset proof import`, an offer to `levelset offer add`",
        )
