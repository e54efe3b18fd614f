"""BLS OEWS estimates: the CSV form levelset ships, plus the common load into the `oews` table.

The all-data spreadsheet (oews_alldata.py) and the flat files (oews_flat.py) are first turned
into this same text form, so one set of checks and one conversion serve every format.
BLS marks a value it does not publish with '-' (or '*', '**') and a top-coded wage with '#'.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from levelset.errors import InputError, Problem
from levelset.market.build_db import BuildDb
from levelset.market.loaders.staging import (
    Check,
    Staged,
    not_a_number,
    number_sql,
    require_columns,
    run_checks,
    stage_delimited,
)
from levelset.market.tables import PERCENTILES
from levelset.patterns import compiled

# BLS writes wages at or above its top code as "#" (the top code of recent releases).
TOP_CODE_ANNUAL = 239200.0
TOP_CODE_HOURLY = 115.00
NOT_PUBLISHED = ("-", "*", "**", "#", "~")
STAGE = "oews_stage"

WAGE_COLUMNS = tuple(f"{u}_{p}" for u in ("a", "h") for p in PERCENTILES)
NUMBER_COLUMNS = (
    "employment",
    "emp_rse",
    "h_mean",
    "a_mean",
    "wage_rse",
    *WAGE_COLUMNS,
    "emp_per_1000",
    "loc_quotient",
)
GEOGRAPHY = ("areatype", "area_code", "state_code", "area_name", "industry_code", "industry_name")


@dataclass(frozen=True)
class OewsLoad:
    rows: int
    release: str


_YEAR = compiled(r"(?<!\d)(20\d\d)(?!\d)")
_MAY_YEAR = compiled(r"may(20\d\d)")


def release_from_name(name: str) -> str | None:
    """'May 2025' from a file name such as all_data_M_2025.xlsx or oews_may2025_x.csv."""
    found = _YEAR.search(name) or _MAY_YEAR.search(name.lower())
    return f"May {found.group(1)}" if found else None


def require_release(release: str | None, name: str) -> str:
    """The release given or read from the file name; neither -> InputError asking for it."""
    found = release or release_from_name(name)
    if not found:
        raise InputError(
            f"{name}: cannot tell which OEWS release this is",
            problems=[Problem("no year in the file name", file=name)],
            hint="pass --release 'May 2025'",
        )
    return found


def load_csv(
    db: BuildDb,
    file: Path,
    *,
    dataset: str,
    release: str | None = None,
) -> OewsLoad:
    """Load the CSV form (lower-case soc, areatype, a_p10...; national-only files allowed)."""
    rel = require_release(release, file.name)
    staged = stage_delimited(db, STAGE, file)
    require_columns(staged, ("soc", "occupation", "employment", "a_p50"))
    return OewsLoad(load_staged(db, staged, release=rel, dataset=dataset), rel)


def load_staged(db: BuildDb, staged: Staged, *, release: str, dataset: str) -> int:
    """Check the staged text rows, then insert them; rows with the same key are replaced."""
    run_checks(db, staged, _checks(staged))
    db.run(_delete_replaced_sql(staged), [release])
    db.run(_insert_sql(staged), [release, dataset])
    return int(db.rows(f"SELECT count(*) FROM {staged.table}")[0][0])


def _checks(staged: Staged) -> list[Check]:
    checks = [
        Check(
            "soc",
            "NOT regexp_matches(trim(soc), '^\\d\\d-?\\d\\d\\d\\d$')",
            "not a SOC code",
            "six digits such as 15-2051 or 152051",
        ),
    ]
    if "areatype" in staged.columns:
        checks.append(
            Check(
                "areatype",
                "trim(areatype) NOT IN ('N', 'S', 'M')",
                "unknown area type",
                "N, S or M",
            )
        )
    checks.extend(
        Check(c, not_a_number(c, NOT_PUBLISHED), "not a number", "a number, '-' or '#'")
        for c in NUMBER_COLUMNS
        if c in staged.columns
    )
    return checks


def _geography(staged: Staged, alias: str = "") -> list[str]:
    defaults = (
        "'N'",
        "'0000000'",
        "'00'",
        "'National'",
        "'000000'",
        "'Cross-Industry, Private, Federal, State, and Local'",
    )
    return [
        f"trim({alias}{column})" if column in staged.columns else default
        for column, default in zip(GEOGRAPHY, defaults, strict=True)
    ]


def _soc(alias: str = "") -> str:
    return f"regexp_replace(trim({alias}soc), '^(\\d\\d)-?(\\d\\d\\d\\d)$', '\\1-\\2')"


def _footnote5(staged: Staged, column: str) -> str:
    if f"fn_{column}" not in staged.columns:
        return "false"
    return f"contains(coalesce(fn_{column}, ''), '5')"


def _wage(staged: Staged, column: str) -> str:
    if column not in staged.columns:
        return "NULL"
    top = TOP_CODE_ANNUAL if column.startswith("a_") else TOP_CODE_HOURLY
    # '#' (spreadsheet) or footnote 5 without a value (flat files): at or above the top code
    topped = (
        f"trim({column}) = '#' OR ({_footnote5(staged, column)} AND {number_sql(column)} IS NULL)"
    )
    return f"CASE WHEN {topped} THEN {top} ELSE {number_sql(column)} END"


def _topcoded(staged: Staged, column: str) -> str:
    if column not in staged.columns:
        return "false"
    return f"(coalesce(trim({column}), '') = '#' OR {_footnote5(staged, column)})"


def _number(staged: Staged, column: str) -> str:
    return number_sql(column) if column in staged.columns else "NULL"


def _insert_sql(staged: Staged) -> str:
    level = "TRY_CAST(display_level AS INTEGER)" if "display_level" in staged.columns else "NULL"
    values = [
        "?",
        _soc(),
        "trim(occupation)",
        level,
        *_geography(staged),
        *(_number(staged, c) for c in ("employment", "emp_rse", "h_mean", "a_mean", "wage_rse")),
        *(_wage(staged, f"a_{p}") for p in PERCENTILES),
        *(_topcoded(staged, f"a_{p}") for p in PERCENTILES),
        *(_wage(staged, f"h_{p}") for p in PERCENTILES),
        _number(staged, "emp_per_1000"),
        _number(staged, "loc_quotient"),
        "?",
    ]
    return f"INSERT INTO oews SELECT {', '.join(values)} FROM {staged.table}"


def _delete_replaced_sql(staged: Staged) -> str:
    geo = _geography(staged, "s.")
    return (
        f"DELETE FROM oews o USING {staged.table} s WHERE o.release = ? "
        f"AND o.soc = {_soc('s.')} "
        f"AND o.areatype = {geo[0]} AND o.area_code = {geo[1]} AND o.industry_code = {geo[4]}"
    )
