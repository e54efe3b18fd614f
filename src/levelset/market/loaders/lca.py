"""US DOL Labor Condition Application (H-1B, E-3, H-1B1) disclosure files, .xlsx or .csv.

An LCA states an employer's intent to hire at a base wage; it is not a hire and not total pay.
The wage is converted to a year (hour x 2080, week x 52, bi-weekly x 26, month x 12). A case
imported again (a later file of the same fiscal year) replaces the earlier row of that case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from levelset.market.loaders.spreadsheet import stage_xlsx
from levelset.market.loaders.staging import (
    Check,
    Staged,
    not_a_number,
    number_sql,
    require_columns,
    run_checks,
    stage_delimited,
)
from levelset.market.store import BuildDb

UNITS = {"year": 1, "hour": 2080, "week": 52, "bi-weekly": 26, "month": 12}
NEEDED = (
    "case_number",
    "job_title",
    "soc_code",
    "wage_rate_of_pay_from",
    "wage_unit_of_pay",
    "worksite_state",
)
STATES = (
    "ALABAMA:AL ALASKA:AK ARIZONA:AZ ARKANSAS:AR CALIFORNIA:CA COLORADO:CO CONNECTICUT:CT "
    "DELAWARE:DE DISTRICT_OF_COLUMBIA:DC FLORIDA:FL GEORGIA:GA HAWAII:HI IDAHO:ID ILLINOIS:IL "
    "INDIANA:IN IOWA:IA KANSAS:KS KENTUCKY:KY LOUISIANA:LA MAINE:ME MARYLAND:MD "
    "MASSACHUSETTS:MA MICHIGAN:MI MINNESOTA:MN MISSISSIPPI:MS MISSOURI:MO MONTANA:MT "
    "NEBRASKA:NE NEVADA:NV NEW_HAMPSHIRE:NH NEW_JERSEY:NJ NEW_MEXICO:NM NEW_YORK:NY "
    "NORTH_CAROLINA:NC NORTH_DAKOTA:ND OHIO:OH OKLAHOMA:OK OREGON:OR PENNSYLVANIA:PA "
    "RHODE_ISLAND:RI SOUTH_CAROLINA:SC SOUTH_DAKOTA:SD TENNESSEE:TN TEXAS:TX UTAH:UT "
    "VERMONT:VT VIRGINIA:VA WASHINGTON:WA WEST_VIRGINIA:WV WISCONSIN:WI WYOMING:WY GUAM:GU "
    "PUERTO_RICO:PR VIRGIN_ISLANDS:VI"
)
# Every column the loader reads; the rest of a disclosure file is never staged.
USED = frozenset(
    (
        *NEEDED,
        "case_status",
        "received_date",
        "case_submitted",
        "decision_date",
        "employer_name",
        "soc_title",
        "wage_rate_of_pay_to",
        "worksite_city",
        "pw_wage_level",
        "full_time_position",
    )
)
UNIT_SQL = "lower(replace(trim(wage_unit_of_pay), ' ', '-'))"
CHECKS = (
    Check(
        "wage_rate_of_pay_from",
        not_a_number("wage_rate_of_pay_from"),
        "not a wage",
        "a number such as 125000 or $62.50",
    ),
    Check(
        "wage_unit_of_pay",
        f"NULLIF(trim(wage_unit_of_pay), '') IS NOT NULL AND {UNIT_SQL} NOT IN "
        f"({', '.join(repr(u) for u in UNITS)})",
        "unknown wage unit",
        "Year, Hour, Week, Bi-Weekly or Month",
    ),
    Check(
        "soc_code",
        "NULLIF(trim(soc_code), '') IS NOT NULL AND NOT regexp_matches("
        "trim(soc_code), '^\\d\\d-?\\d{4}(\\.\\d\\d)?$')",
        "not a SOC code",
        "such as 15-2051 or 15-2051.00",
    ),
)


@dataclass(frozen=True)
class LcaLoad:
    rows: int
    release: str  # e.g. 'FY2024 Q4' from the file name, else the fiscal years found


def load(db: BuildDb, file: Path, *, dataset: str) -> LcaLoad:
    """Check and load one disclosure file; earlier rows of the same cases are replaced."""
    if file.suffix.lower() in (".xlsx", ".xlsm"):
        staged = stage_xlsx(db, "lca_stage", file, "CASE_NUMBER", keep=USED)
    else:
        staged = stage_delimited(db, "lca_stage", file, keep=USED)
    require_columns(staged, NEEDED)
    run_checks(db, staged, CHECKS)
    year = _fiscal_year_of(file.name)
    db.run("DELETE FROM lca WHERE dataset = ?", [dataset])
    db.run(f"DELETE FROM lca WHERE case_number IN (SELECT trim(case_number) FROM {staged.table})")
    db.run(_insert_sql(staged), [year, dataset])
    rows = int(db.rows("SELECT count(*) FROM lca WHERE dataset = ?", [dataset])[0][0])
    return LcaLoad(rows, _release(db, file.name, dataset))


def _fiscal_year_of(name: str) -> int | None:
    found = re.search(r"FY_?(20\d\d)", name, re.IGNORECASE)
    return int(found.group(1)) if found else None


def _release(db: BuildDb, name: str, dataset: str) -> str:
    """The release from the file name ('FY2025 Q4'), marked when the file says it is made up."""
    release = _named_release(db, name, dataset)
    return f"{release} (synthetic)" if "synthetic" in name.lower() else release


def _named_release(db: BuildDb, name: str, dataset: str) -> str:
    found = re.search(r"FY_?(20\d\d)(?:_?(Q[1-4]))?", name, re.IGNORECASE)
    if found:
        return " ".join(p.upper() for p in found.groups() if p).replace("20", "FY20", 1)
    years = db.rows(
        "SELECT min(fiscal_year), max(fiscal_year) FROM lca WHERE dataset = ?", [dataset]
    )[0]
    if years[0] is None:
        return "unknown"
    return f"FY{years[0]}" if years[0] == years[1] else f"FY{years[0]}-FY{years[1]}"


def _date(staged: Staged, *names: str) -> str:
    for name in names:
        if name in staged.columns:
            text = f"trim({name})"
            return (
                f"coalesce(TRY_CAST(left({text}, 10) AS DATE), "
                f"CAST(TRY_STRPTIME({text}, '%m/%d/%Y') AS DATE))"
            )
    return "CAST(NULL AS DATE)"


def _text(staged: Staged, name: str) -> str:
    return f"NULLIF(trim({name}), '')" if name in staged.columns else "NULL"


def _state() -> str:
    names = " ".join(
        f"WHEN '{n.replace('_', ' ')}' THEN '{c}'"
        for n, c in (p.split(":") for p in STATES.split())
    )
    return (
        f"CASE WHEN length(trim(worksite_state)) = 2 THEN upper(trim(worksite_state)) "
        f"ELSE CASE upper(trim(worksite_state)) {names} ELSE NULL END END"
    )


def _level(staged: Staged) -> str:
    if "pw_wage_level" not in staged.columns:
        return "NULL"
    found = "regexp_extract(upper(trim(pw_wage_level)), '^(LEVEL )?(I|II|III|IV)$', 2)"
    return f"NULLIF({found}, '')"


def _full_time(staged: Staged) -> str:
    if "full_time_position" not in staged.columns:
        return "NULL"
    return "upper(trim(full_time_position)) IN ('Y', 'YES', 'TRUE', '1')"


def _cleaned(staged: Staged) -> str:
    """Each upstream field read once, in the names of the lca table."""
    wage_to = (
        number_sql("wage_rate_of_pay_to") if "wage_rate_of_pay_to" in staged.columns else "NULL"
    )
    return f"""
        SELECT trim(case_number) AS case_number, {_text(staged, "case_status")} AS case_status,
          {_date(staged, "received_date", "case_submitted")} AS received_date,
          {_date(staged, "decision_date")} AS decision_date,
          {_text(staged, "employer_name")} AS employer_name,
          {_text(staged, "job_title")} AS job_title,
          left(replace(trim(soc_code), '-', ''), 6) AS soc_digits,
          {_text(staged, "soc_title")} AS soc_title,
          {number_sql("wage_rate_of_pay_from")} AS wage_from, {wage_to} AS wage_to,
          {UNIT_SQL} AS unit_key, {_text(staged, "worksite_city")} AS worksite_city,
          {_state()} AS worksite_state, {_level(staged)} AS pw_wage_level,
          {_full_time(staged)} AS full_time
        FROM {staged.table} WHERE NULLIF(trim(case_number), '') IS NOT NULL
    """


def _insert_sql(staged: Staged) -> str:
    unit = "CASE unit_key " + " ".join(f"WHEN '{u}' THEN '{u.title()}'" for u in UNITS) + " END"
    factor = "CASE unit_key " + " ".join(f"WHEN '{u}' THEN {f}" for u, f in UNITS.items()) + " END"
    return f"""
        INSERT INTO lca SELECT case_number, case_status, received_date, decision_date,
          employer_name, job_title,
          CASE WHEN soc_digits <> '' THEN left(soc_digits, 2) || '-' || right(soc_digits, 4) END,
          soc_title, wage_from, wage_to, {unit}, wage_from * {factor}, worksite_city,
          worksite_state, pw_wage_level, full_time,
          coalesce(CAST(? AS INTEGER), year(decision_date)
            + CASE WHEN month(decision_date) >= 10 THEN 1 ELSE 0 END), ?
        FROM ({_cleaned(staged)})
    """
