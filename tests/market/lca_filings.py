"""Generated LCA disclosure filings for the market tests: a header, random rows from a seed,
and a CSV writer."""

from __future__ import annotations

import csv
import random
from pathlib import Path

HEADER = [
    "CASE_NUMBER",
    "CASE_STATUS",
    "DECISION_DATE",
    "JOB_TITLE",
    "SOC_CODE",
    "FULL_TIME_POSITION",
    "EMPLOYER_NAME",
    "WORKSITE_CITY",
    "WORKSITE_STATE",
    "WAGE_RATE_OF_PAY_FROM",
    "WAGE_UNIT_OF_PAY",
    "PW_WAGE_LEVEL",
]
TITLES = (
    "Machine Learning Engineer",
    "SENIOR DATA SCIENTIST",
    "software engineer",
    "Applied Scientist II",
    "DATA ENGINEER",
    "ACCOUNTANT",
)
SOCS = ("15-2051.00", "15-1252", "15-1221.00", "13-2011.00", "15-2051")
PLACES = (
    ("San Francisco", "CA"),
    ("OAKLAND", "CA"),
    ("Fremont", "California"),
    ("San Jose", "CA"),
    ("Seattle", "WA"),
    ("New York", "NY"),
    ("Newark", "NJ"),
    ("Austin", "TX"),
    ("Fresno", "CA"),
)
LEVELS = ("I", "II", "III", "IV", "Level III", "")
UNITS = (("Year", 1), ("Hour", 2080), ("Bi-Weekly", 26), ("Month", 12))


def filing_rows(count: int, seed: int, prefix: str) -> list[list[str]]:
    pick = random.Random(seed).choice
    rows = []
    for i in range(count):
        city, state = pick(PLACES)
        unit, per_year = pick(UNITS)
        wage = pick(range(80_000, 260_000, 500)) / per_year
        status = pick(("Certified", "Certified", "Certified - Withdrawn", "Denied"))
        rows.append(
            [
                f"{prefix}-{i:05d}",
                status,
                pick(("2024-03-01", "2023-11-15", "10/02/2024")),
                pick(TITLES),
                pick(SOCS),
                pick(("Y", "Y", "Y", "N")),
                pick(("EXAMPLE AI, INC.", "Example Cloud LLC", "Example Labs")),
                f" {city} " if i % 17 == 0 else city,
                state,
                f"${wage:,.2f}" if i % 5 == 0 else f"{wage:.2f}",
                unit,
                pick(LEVELS),
            ]
        )
    return rows


def write_filings(file: Path, rows: list[list[str]]) -> Path:
    with file.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return file
