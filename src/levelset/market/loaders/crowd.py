"""Crowd-reported AI/ML salaries (the ai-jobs.net `salaries.csv`), any snapshot.

De-duplication: the upstream file republishes the same submission many times, so rows that
are identical in all eleven columns are collapsed into one, and `copies` keeps how many there
were. Two people with truly identical answers are collapsed too; with salaries reported to
the unit this is rare, and counting a weekly re-publication as a new person is far worse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from levelset.market.build_db import BuildDb
from levelset.market.loaders.staging import (
    Check,
    not_a_number,
    number_sql,
    require_columns,
    run_checks,
    stage_delimited,
)
from levelset.patterns import compiled

COLUMNS = (
    "work_year",
    "experience_level",
    "employment_type",
    "job_title",
    "salary",
    "salary_currency",
    "salary_in_usd",
    "employee_residence",
    "remote_ratio",
    "company_location",
    "company_size",
)
EXPERIENCE = ("EN", "MI", "SE", "EX")
EMPLOYMENT = ("FT", "PT", "CT", "FL")


@dataclass(frozen=True)
class CrowdLoad:
    rows: int  # distinct submissions
    raw_rows: int  # rows in the file
    snapshot: str


_DATE = compiled(r"(20\d\d-\d\d-\d\d)")


def snapshot_of(file: Path) -> str:
    """The snapshot date: a YYYY-MM-DD in the file name, else the file's modification day."""
    found = _DATE.search(file.name)
    if found:
        return found.group(1)
    return dt.date.fromtimestamp(file.stat().st_mtime).isoformat()


def _in(column: str, allowed: tuple[str, ...]) -> str:
    values = ", ".join(f"'{v}'" for v in allowed)
    return f"coalesce(upper(trim({column})), '') NOT IN ({values})"


CHECKS = (
    Check(
        "work_year",
        "TRY_CAST(trim(work_year) AS INTEGER) IS NULL "
        "OR TRY_CAST(trim(work_year) AS INTEGER) NOT BETWEEN 2000 AND 2100",
        "not a year",
        "a year such as 2024",
    ),
    Check(
        "experience_level",
        _in("experience_level", EXPERIENCE),
        "unknown experience level",
        "EN, MI, SE or EX",
    ),
    Check(
        "employment_type",
        _in("employment_type", EMPLOYMENT),
        "unknown employment type",
        "FT, PT, CT or FL",
    ),
    Check("job_title", "coalesce(trim(job_title), '') = ''", "empty job title"),
    Check(
        "salary",
        f"{number_sql('salary')} IS NULL OR {number_sql('salary')} < 0",
        "not a salary",
        "a positive number",
    ),
    Check(
        "salary_in_usd",
        f"{number_sql('salary_in_usd')} IS NULL OR {number_sql('salary_in_usd')} < 0",
        "not a salary",
        "a positive number",
    ),
    Check(
        "salary_currency",
        "NOT regexp_matches(coalesce(trim(salary_currency), ''), '^[A-Za-z]{3}$')",
        "not a currency code",
        "ISO 4217 such as USD",
    ),
    Check("remote_ratio", not_a_number("remote_ratio"), "not a number", "0, 50 or 100"),
)


def load(
    db: BuildDb,
    file: Path,
    *,
    dataset: str,
    snapshot: str | None = None,
) -> CrowdLoad:
    """Replace the crowd table with this snapshot, de-duplicated (a snapshot has all years)."""
    staged = stage_delimited(db, "crowd_stage", file)
    require_columns(staged, COLUMNS)
    run_checks(db, staged, CHECKS)
    taken = snapshot or snapshot_of(file)
    db.run("DELETE FROM crowd")
    db.run(_insert_sql(staged.table), [taken, dataset])
    raw = int(db.rows(f"SELECT count(*) FROM {staged.table}")[0][0])
    rows = int(db.rows("SELECT count(*) FROM crowd WHERE dataset = ?", [dataset])[0][0])
    return CrowdLoad(rows, raw, taken)


def _insert_sql(stage: str) -> str:
    cleaned = ", ".join(
        [
            "CAST(trim(work_year) AS INTEGER) AS work_year",
            "upper(trim(experience_level)) AS experience_level",
            "upper(trim(employment_type)) AS employment_type",
            "trim(job_title) AS job_title",
            f"{number_sql('salary')} AS salary",
            "upper(trim(salary_currency)) AS salary_currency",
            f"{number_sql('salary_in_usd')} AS salary_in_usd",
            "upper(trim(employee_residence)) AS employee_residence",
            f"CAST({number_sql('remote_ratio')} AS INTEGER) AS remote_ratio",
            "upper(trim(company_location)) AS company_location",
            "upper(trim(company_size)) AS company_size",
        ]
    )
    keys = ", ".join(COLUMNS)
    return (
        f"INSERT INTO crowd SELECT {keys}, CAST(count(*) AS INTEGER), ?, ? "
        f"FROM (SELECT {cleaned} FROM {stage}) GROUP BY {keys} ORDER BY {keys}"
    )
