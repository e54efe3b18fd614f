"""The SQL turning the text of an LCA disclosure file into rows of the lca table.

Three layers, each field computed once: the columns stored as text trimmed (blank -> NULL),
then each field cleaned in the names of the lca table (the other columns read as written: their
usual spellings without string work, the rest trimmed first), then the stored row. The checks
exist twice, as per-field predicates over the staged text (to name line and field of each bad
row) and as one flag over the cleaned fields (the one-pass load); tests hold the two to the
same verdicts.
"""

from __future__ import annotations

from collections.abc import Collection

from levelset.market.loaders.staging import Check

UNITS = {"year": 1, "hour": 2080, "week": 52, "bi-weekly": 26, "month": 12}
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
LEVELS = ("I", "II", "III", "IV")
FAILED = "levelset: a row of the LCA file failed its checks"
_UNIT_NAMES = ", ".join(f"'{u}'" for u in UNITS)
# ^\d\d-?\d{4}(\.\d\d)?$ without a regular expression: four GLOB shapes, far cheaper per row
_D = "[0-9]"
SOC_SHAPES = tuple(
    f"{_D * 2}{dash}{_D * 4}{tail}" for tail in (".[0-9][0-9]", "") for dash in ("-", "")
)


def soc_ok(text: str) -> str:
    """SQL: the trimmed text is a SOC code (15-2051, 152051, 15-2051.00, 152051.00)."""
    return "(" + " OR ".join(f"{text} GLOB '{shape}'" for shape in SOC_SHAPES) + ")"


def number(text: str) -> str:
    """SQL: a published number ('1,234', '$5.00') as a DOUBLE; NULL when it is none. A plain
    number is read as it is; only the others lose their '$' and ',' first (COALESCE reads its
    second argument only for the rows the first left NULL)."""
    cleaned = f"TRY_CAST(replace(replace({text}, '$', ''), ',', '') AS DOUBLE)"
    return f"coalesce(TRY_CAST({text} AS DOUBLE), {cleaned})"


def _trim(column: str) -> str:
    return f"NULLIF(trim({column}), '')"


def _trimmed_field(column: str) -> str:
    # as _trim, but trim() only the values with a space at an end: a third of the CPU time of
    # a whole file (DuckDB's CSV reader gives empty fields as NULL already)
    edged = f"{column} GLOB ' *' OR {column} GLOB '* '"
    return f"CASE WHEN {edged} THEN {_trim(column)} ELSE NULLIF({column}, '') END"


# A row that would be stored: one with a case number (the others are left out unchecked for
# blanks; a field written wrong is still refused in them).
_STORED = f"{_trim('case_number')} IS NOT NULL"
# DOL's record layout gives the wage (WAGE_RATE_OF_PAY_FROM) and its unit for every filing,
# whatever its status, and no blank unit: a blank is a broken row, never a meaning.
CHECKS = (
    Check(
        "wage_rate_of_pay_from",
        f"{_trim('wage_rate_of_pay_from')} IS NOT NULL "
        f"AND {number(_trim('wage_rate_of_pay_from'))} IS NULL",
        "not a wage",
        "a number such as 125000 or $62.50",
    ),
    Check(
        "wage_rate_of_pay_from",
        f"{_trim('wage_rate_of_pay_from')} IS NULL AND {_STORED}",
        "no wage",
        "the wage offered, such as 125000 or $62.50",
    ),
    Check(
        "wage_unit_of_pay",
        f"lower(replace({_trim('wage_unit_of_pay')}, ' ', '-')) NOT IN ({_UNIT_NAMES})",
        "unknown wage unit",
        "Year, Hour, Week, Bi-Weekly or Month",
    ),
    Check(
        "wage_unit_of_pay",
        f"{_trim('wage_unit_of_pay')} IS NULL AND {_STORED}",
        "no wage unit",
        "Year, Hour, Week, Bi-Weekly or Month",
    ),
    Check(
        "soc_code",
        f"{_trim('soc_code')} IS NOT NULL AND NOT {soc_ok(_trim('soc_code'))}",
        "not a SOC code",
        "such as 15-2051 or 15-2051.00",
    ),
)
# The SOC code as DOL writes it (15-2051.00): its six digits read without trimming.
_SOC_WRITTEN = f"{_D * 2}-{_D * 4}.{_D * 2}"
# The same checks over the cleaned fields (see _cleaned): true on a bad row. A wage and
# a SOC code are read as written; only a field that is not a number or a SOC code as written
# is trimmed to see whether it is blank (an AND evaluates its right side only where needed).
BAD = (
    f"(wage_from IS NULL AND ({_trim('wage_text')} IS NOT NULL OR case_number IS NOT NULL)) "
    f"OR unit_key NOT IN ({_UNIT_NAMES}) OR (unit_key IS NULL AND case_number IS NOT NULL) "
    f"OR (NOT soc_written AND {_trim('soc_text')} IS NOT NULL "
    f"AND NOT {soc_ok(_trim('soc_text'))})"
)
# The columns stored as text, trimmed before anything reads them.
STORED_TEXT = frozenset(("case_number", "employer_name", "job_title", "worksite_city"))


def _trimmed(table: str, columns: Collection[str]) -> str:
    fields = ", ".join(
        f"{_trimmed_field(c)} AS {c}" if c in STORED_TEXT else c for c in sorted(columns)
    )
    return f"SELECT {fields} FROM {table}"


def _fiscal_year(columns: Collection[str], year: int | None) -> str:
    """The fiscal year of the file name, else of the decision date (October starts the next)."""
    if year is not None:
        return str(int(year))
    if "decision_date" not in columns:
        return "NULL"
    decided = (  # ISO dates, ISO dates with a time, then US dates
        "coalesce(TRY_CAST(decision_date AS DATE), TRY_CAST(left(decision_date, 10) AS DATE), "
        "CAST(TRY_STRPTIME(decision_date, '%m/%d/%Y') AS DATE))"
    )
    decided = decided.replace("decision_date", _trim("decision_date"))
    return f"year({decided}) + CASE WHEN month({decided}) >= 10 THEN 1 ELSE 0 END"


def _text(columns: Collection[str], name: str) -> str:
    return name if name in columns else "CAST(NULL AS VARCHAR)"


def _state() -> str:
    # A state's name looked up in a MAP (NULL when none): as a CASE of 56 names DuckDB planned
    # 56 copies of the upper(trim()) it compares, 14 ms of every import's plan (issue 15)
    names = ", ".join(
        f"'{n.replace('_', ' ')}': '{c}'" for n, c in (p.split(":") for p in STATES.split())
    )
    state = _trim("worksite_state")
    return (  # a code already in capitals is kept as it is, without trim() or upper() per row
        "CASE WHEN worksite_state GLOB '[A-Z][A-Z]' THEN worksite_state "
        f"WHEN length({state}) = 2 THEN upper({state}) "
        f"ELSE MAP {{{names}}}[upper({state})] END"
    )


def _level(columns: Collection[str]) -> str:
    """Level I-IV as 1-4."""
    if "pw_wage_level" not in columns:
        return "NULL"
    numbered = list(enumerate(LEVELS, 1))
    spelled = " ".join(f"WHEN '{v}' THEN {i} WHEN 'LEVEL {v}' THEN {i}" for i, v in numbered)
    exact = " ".join(f"WHEN '{v}' THEN {i}" for i, v in numbered)  # as written most often
    return f"CASE pw_wage_level {exact} ELSE CASE upper(trim(pw_wage_level)) {spelled} END END"


def _full_time(columns: Collection[str]) -> str:
    if "full_time_position" not in columns:
        return "CAST(NULL AS BOOLEAN)"
    return (  # 'Y' and 'N' as written most often, without upper() per row
        "CASE WHEN full_time_position IN ('Y', 'N') THEN full_time_position = 'Y' "
        "ELSE upper(trim(full_time_position)) IN ('Y', 'YES', 'TRUE', '1') END"
    )


def _unit_key() -> str:
    """The wage unit as a key of UNITS; the units as DOL writes them without string work."""
    written = " ".join(f"WHEN '{u.title()}' THEN '{u}'" for u in UNITS)
    other = f"lower(replace({_trim('wage_unit_of_pay')}, ' ', '-'))"
    return f"CASE wage_unit_of_pay {written} ELSE {other} END"


def _soc() -> str:
    """The six digits of the SOC code as an integer (15-2051.00 -> 152051), from the cleaned
    fields (whether the code is written as DOL writes it is tested once, in _cleaned)."""
    # As DOL writes it, the code without its dash is a number (152051.00) whose whole part is
    # the six digits: 4% fewer instructions for the whole insert than left(), which counts
    # characters (callgrind, 1M rows)
    written = "CAST(floor(TRY_CAST(replace(soc_text, '-', '') AS DOUBLE)) AS INTEGER)"
    other = f"TRY_CAST(left(replace({_trim('soc_text')}, '-', ''), 6) AS INTEGER)"
    return f"CASE WHEN soc_written THEN {written} ELSE {other} END"


def _certified(columns: Collection[str]) -> str:
    """The case status says certified (Certified, Certified - Withdrawn), in any case."""
    if "case_status" not in columns:
        return "NULL"
    return (  # as DOL writes it, without lower() per row
        "CASE WHEN case_status = 'Certified' THEN true "
        "ELSE ltrim(case_status) ILIKE 'certified%' END"
    )


def _cleaned(table: str, columns: Collection[str]) -> str:
    """Each upstream field read once, in the names of the lca table."""
    return f"""
        SELECT case_number, {_certified(columns)} AS certified,
          {_text(columns, "employer_name")} AS employer_name,
          {_text(columns, "job_title")} AS job_title, soc_code AS soc_text,
          soc_code GLOB '{_SOC_WRITTEN}' AS soc_written,
          wage_rate_of_pay_from AS wage_text, {number("wage_rate_of_pay_from")} AS wage_from,
          {_unit_key()} AS unit_key, upper({_text(columns, "worksite_city")}) AS city,
          {_state()} AS worksite_state, {_level(columns)} AS wage_level,
          {_full_time(columns)} AS full_time, {_text(columns, "decision_date")} AS decision_date
        FROM ({_trimmed(table, columns)})
    """


def insert_sql(table: str, columns: Collection[str], *, checked: bool, year: int | None) -> str:
    """INSERT INTO lca of the rows of `table` (text columns `columns`), in the fiscal year
    `year` (from the file name; None: from each decision date); parameter: the dataset.

    `checked`: the rows passed the per-field checks already, and rows without a case number
    are left out. Otherwise a row failing a check stops the statement (DuckDB's error()), and
    rows without a case number are stored, to be deleted after (see lca.py).
    """
    factor = "CASE unit_key " + " ".join(f"WHEN '{u}' THEN {f}" for u, f in UNITS.items()) + " END"
    case = "case_number" if checked else f"CASE WHEN {BAD} THEN error('{FAILED}') END"
    if not checked:
        case = f"coalesce({case}, case_number)"
    return f"""
        INSERT INTO lca SELECT {case},
          coalesce(full_time AND wage > 0 AND certified, false),
          {_fiscal_year(columns, year)}, soc, job_title, employer_name, city, worksite_state,
          wage_level, wage, ?
        FROM (SELECT *, wage_from * {factor} AS wage, {_soc()} AS soc
          FROM ({_cleaned(table, columns)}))
        {"WHERE case_number IS NOT NULL" if checked else ""}
    """
