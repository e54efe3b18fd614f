"""Reading an upstream .xlsx sheet into a staged text table, with its real row numbers."""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

from levelset.errors import InputError, Problem
from levelset.market.loaders.staging import Staged, stage_rows
from levelset.market.store import BuildDb

TICK = 5000  # rows between progress reports


def _open(file: Path) -> Any:
    from openpyxl import load_workbook  # heavy: only when a spreadsheet is imported

    try:
        return load_workbook(file, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
        raise InputError(
            f"{file.name}: not a readable .xlsx workbook ({error})",
            problems=[Problem("not a readable .xlsx workbook", file=file.name)],
        ) from error


def _header(row: Sequence[object]) -> list[str]:
    return [str(v).strip() if v is not None else "" for v in row]


def _find_sheet(book: Any, marker: str, name: str) -> tuple[Any, list[str]]:
    for sheet in book.worksheets:
        first = next(sheet.iter_rows(max_row=1, values_only=True), ())
        header = _header(first)
        if marker.lower() in (h.lower() for h in header):
            return sheet, header
    raise InputError(
        f"{name}: no sheet has a {marker} column",
        problems=[Problem("missing column", file=name, line=1, field=marker)],
    )


def _rows(sheet: Any, picked: list[int], db: BuildDb) -> Iterator[tuple[int, list[object]]]:
    total = max(int(sheet.max_row or 0), 1)
    for line, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        cells = [values[i] if i < len(values) else None for i in picked]
        if any(v is not None and str(v).strip() for v in cells):
            yield line, cells
        if line % TICK == 0:
            db.report("reading", min(line / total, 0.99))


def stage_xlsx(
    db: BuildDb, table: str, file: Path, marker: str, keep: Collection[str] | None = None
) -> Staged:
    """Stage the first sheet that has a `marker` column (only the `keep` columns when given);
    lines are the sheet's row numbers."""
    book = _open(file)
    try:
        sheet, header = _find_sheet(book, marker, file.name)
        picked = [i for i, h in enumerate(header) if keep is None or h.lower() in keep]
        with tempfile.TemporaryDirectory() as tmp:
            staged = stage_rows(
                db,
                table,
                [header[i] for i in picked],
                _rows(sheet, picked, db),
                Path(tmp) / "sheet.csv",
                file.name,
            )
    finally:
        book.close()
    db.report("reading", 1.0)
    return staged
