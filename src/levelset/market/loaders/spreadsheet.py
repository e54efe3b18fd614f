"""Reading an upstream .xlsx sheet into a staged text table, with its real row numbers.

python-calamine (a Rust reader) parses a DOL disclosure workbook of half a million rows in
under a minute, where a pure-Python reader takes a large part of an hour.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from levelset.errors import InputError, Problem
from levelset.market.build_db import BuildDb
from levelset.market.loaders.staging import Staged, stage_rows
from levelset.untrusted import MEGABYTE, Limits, check_zip

TICK = 5000  # rows between progress reports


# An upstream workbook is a zip of XML: large (a year of LCA filings, about 1.5 GB of XML) but
# never a bomb (real sheets compress 5-20 times; a bomb of zeros about 1,000 times).
WORKBOOK_LIMITS = Limits(zip_member_bytes=4096 * MEGABYTE, zip_total_bytes=8192 * MEGABYTE)


def _open(file: Path) -> Any:
    from python_calamine import CalamineError, CalamineWorkbook  # only when a sheet is read

    if zipfile.is_zipfile(file):  # size, count and ratio checked before a byte is unpacked
        check_zip(file, WORKBOOK_LIMITS)
    try:
        return CalamineWorkbook.from_path(str(file))
    except (CalamineError, OSError, ValueError) as error:
        raise InputError(
            f"{file.name}: not a readable .xlsx workbook ({error})",
            problems=[Problem("not a readable .xlsx workbook", file=file.name)],
        ) from error


def _header(row: list[object]) -> list[str]:
    return ["" if v is None else str(v).strip() for v in row]


def _find_sheet(book: Any, marker: str, name: str) -> tuple[Any, list[str]]:
    for sheet_name in book.sheet_names:
        sheet = book.get_sheet_by_name(sheet_name)
        header = _header(next(iter(sheet.iter_rows()), []))
        if marker.lower() in (h.lower() for h in header):
            return sheet, header
    raise InputError(
        f"{name}: no sheet has a {marker} column",
        problems=[Problem("missing column", file=name, line=1, field=marker)],
    )


def _rows(sheet: Any, picked: list[int], db: BuildDb) -> Iterator[tuple[int, list[object]]]:
    first = int(sheet.start[0]) + 1 if sheet.start else 1  # the header's row in the sheet
    total = max(int(sheet.height or 0), 1)
    rows = iter(sheet.iter_rows())
    next(rows, None)
    for offset, values in enumerate(rows, start=1):
        cells = [values[i] if i < len(values) else None for i in picked]
        if any(v is not None and str(v).strip() for v in cells):
            yield first + offset, cells
        if offset % TICK == 0:
            db.report("reading", min(offset / total, 0.99))


def stage_xlsx(
    db: BuildDb, table: str, file: Path, marker: str, keep: Collection[str] | None = None
) -> Staged:
    """Stage the first sheet that has a `marker` column (only the `keep` columns when given);
    lines are the sheet's row numbers."""
    sheet, header = _find_sheet(_open(file), marker, file.name)
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
    db.report("reading", 1.0)
    return staged
