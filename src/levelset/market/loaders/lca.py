"""US DOL Labor Condition Application (H-1B, E-3, H-1B1) disclosure files, .xlsx or .csv.

An LCA states an employer's intent to hire at a base wage; it is not a hire and not total pay.
The wage is converted to a year (hour x 2080, week x 52, bi-weekly x 26, month x 12). A case
imported again (a later file of the same fiscal year) replaces the earlier row of that case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from levelset.market.build_db import BuildDb, csv_source
from levelset.market.loaders import lca_aggregates
from levelset.market.loaders.lca_sql import CHECKS, insert_sql
from levelset.market.loaders.staging import (
    plan_columns,
    require_columns,
    run_checks,
    stage_delimited,
)
from levelset.patterns import compiled

NEEDED = (
    "case_number",
    "job_title",
    "soc_code",
    "wage_rate_of_pay_from",
    "wage_unit_of_pay",
    "worksite_state",
)
# Every column the loader reads; the rest of a disclosure file is never staged. The decision
# date only gives the fiscal year of a file whose name does not.
USED = frozenset(
    (
        *NEEDED,
        "case_status",
        "decision_date",
        "employer_name",
        "worksite_city",
        "pw_wage_level",
        "full_time_position",
    )
)


def used(year: int | None) -> frozenset[str]:
    """The columns to stage for a file whose name gives fiscal year `year` (or None)."""
    return USED if year is None else USED - {"decision_date"}


@dataclass(frozen=True)
class LcaLoad:
    rows: int
    release: str  # e.g. 'FY2024 Q4' from the file name, else the fiscal years found


def load(db: BuildDb, file: Path, *, dataset: str) -> LcaLoad:
    """Check and load one disclosure file; earlier rows of the same cases are replaced, and
    the cells of every fiscal year that changed are computed again."""
    year = _fiscal_year_of(file.name)
    earlier, touched = _held(db, "dataset = ?", [dataset])
    if earlier:  # a first import of the dataset has nothing to delete: one statement less
        db.run("DELETE FROM lca WHERE dataset = ?", [dataset])
    if file.suffix.lower() in (".xlsx", ".xlsm") or not _load_fast(db, file, year, dataset):
        _load_checked(db, file, year, dataset)
    # the file's rows, their years and the other datasets' rows in one pass over the table
    # (replacing earlier cases deletes rows of other datasets only: the counts stay)
    counts = db.rows("SELECT dataset = ?, fiscal_year, count(*) FROM lca GROUP BY ALL", [dataset])
    rows = sum(int(n) for mine, _, n in counts if mine)
    touched |= {int(y) for mine, y, _ in counts if mine and y is not None}
    if any(not mine for mine, _, _ in counts):
        touched |= _replace_earlier_cases(db, dataset)
    lca_aggregates.refresh(db, touched)
    return LcaLoad(rows, _release(db, file.name, dataset))


def _load_fast(db: BuildDb, file: Path, year: int | None, dataset: str) -> bool:
    """One pass of DuckDB's CSV reader, checks and all, storing rows in any order; False when
    a row fails a check or the reader stops (then the checked path says where and why)."""
    _header, columns, chosen = plan_columns(file, file.name, keep=used(year))
    kept = tuple(c for c, _ in chosen)
    if any(c not in kept for c in NEEDED):
        return False
    with db.unordered():
        loaded = db.attempt(
            insert_sql(csv_source(file, columns), kept, checked=False, year=year), [dataset]
        )
    if loaded:  # rows without a case number were stored unchecked by the one-pass load
        db.run("DELETE FROM lca WHERE dataset = ? AND case_number IS NULL", [dataset])
    return loaded


def _load_checked(db: BuildDb, file: Path, year: int | None, dataset: str) -> None:
    """Stage the file in order, name every bad row by line and field, then store the rows."""
    if file.suffix.lower() in (".xlsx", ".xlsm"):
        from levelset.market.loaders.spreadsheet import stage_xlsx  # not loaded for a CSV

        staged = stage_xlsx(db, "lca_stage", file, "CASE_NUMBER", keep=used(year))
    else:
        staged = stage_delimited(db, "lca_stage", file, keep=used(year))
    require_columns(staged, NEEDED)
    run_checks(db, staged, CHECKS)
    db.run(insert_sql(staged.table, staged.columns, checked=True, year=year), [dataset])


def _replace_earlier_cases(db: BuildDb, dataset: str) -> set[int]:
    """Drop rows of other datasets whose case this one has; the fiscal years they were in."""
    earlier = "dataset <> ? AND case_number IN (SELECT case_number FROM lca WHERE dataset = ?)"
    held, years = _held(db, earlier, [dataset, dataset])
    if held:
        db.run(f"DELETE FROM lca WHERE {earlier}", [dataset, dataset])
    return years


def _held(db: BuildDb, where: str, params: list[str]) -> tuple[int, set[int]]:
    """How many filings match `where`, and their fiscal years."""
    counts = db.rows(f"SELECT fiscal_year, count(*) FROM lca WHERE {where} GROUP BY ALL", params)
    return sum(int(n) for _, n in counts), {int(y) for y, _ in counts if y is not None}


# A disclosure file's fiscal year and quarter in its name ("LCA_Disclosure_Data_FY2024_Q3").
PERIOD = compiled(r"FY_?(20\d\d)(?:_?(Q[1-4]))?", re.IGNORECASE)


def _fiscal_year_of(name: str) -> int | None:
    found = PERIOD.search(name)
    return int(found.group(1)) if found else None


def _release(db: BuildDb, name: str, dataset: str) -> str:
    """The release from the file name ('FY2025 Q4'), marked when the file says it is made up."""
    release = _named_release(db, name, dataset)
    return f"{release} (synthetic)" if "synthetic" in name.lower() else release


def _named_release(db: BuildDb, name: str, dataset: str) -> str:
    found = PERIOD.search(name)
    if found:
        return " ".join(p.upper() for p in found.groups() if p).replace("20", "FY20", 1)
    years = db.rows(
        "SELECT min(fiscal_year), max(fiscal_year) FROM lca WHERE dataset = ?", [dataset]
    )[0]
    if years[0] is None:
        return "unknown"
    return f"FY{years[0]}" if years[0] == years[1] else f"FY{years[0]}-FY{years[1]}"
