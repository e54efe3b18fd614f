"""The OEWS all-data spreadsheet (all_data_M_2025.xlsx, or the same columns saved as CSV).

Columns are BLS's upper-case names (AREA, AREA_TYPE, PRIM_STATE, NAICS, OWN_CODE, OCC_CODE,
O_GROUP, TOT_EMP, EMP_PRSE, H_MEAN, A_MEAN, MEAN_PRSE, H_PCT10..A_PCT90...). They are
renamed into levelset's OEWS text form, then loaded by oews.load_staged.
"""

from __future__ import annotations

from pathlib import Path

from levelset.market.build_db import BuildDb
from levelset.market.loaders import oews
from levelset.market.loaders.spreadsheet import stage_xlsx
from levelset.market.loaders.staging import (
    Check,
    Staged,
    read_header,
    require_columns,
    run_checks,
    stage_delimited,
)

NEEDED = ("area", "area_type", "occ_code", "occ_title", "tot_emp")
RAW = "oews_raw_stage"

# Postal code -> FIPS code: metro rows name their primary state by postal code only.
STATE_FIPS = {
    "US": "00",
    "AL": "01",
    "AK": "02",
    "AZ": "04",
    "AR": "05",
    "CA": "06",
    "CO": "08",
    "CT": "09",
    "DE": "10",
    "DC": "11",
    "FL": "12",
    "GA": "13",
    "HI": "15",
    "ID": "16",
    "IL": "17",
    "IN": "18",
    "IA": "19",
    "KS": "20",
    "KY": "21",
    "LA": "22",
    "ME": "23",
    "MD": "24",
    "MA": "25",
    "MI": "26",
    "MN": "27",
    "MS": "28",
    "MO": "29",
    "MT": "30",
    "NE": "31",
    "NV": "32",
    "NH": "33",
    "NJ": "34",
    "NM": "35",
    "NY": "36",
    "NC": "37",
    "ND": "38",
    "OH": "39",
    "OK": "40",
    "OR": "41",
    "PA": "42",
    "RI": "44",
    "SC": "45",
    "SD": "46",
    "TN": "47",
    "TX": "48",
    "UT": "49",
    "VT": "50",
    "VA": "51",
    "WA": "53",
    "WV": "54",
    "WI": "55",
    "WY": "56",
    "GU": "66",
    "PR": "72",
    "VI": "78",
}

CHECKS = (
    Check(
        "area_type",
        "coalesce(trim(area_type), '') NOT IN ('1', '2', '3', '4', '5', '6')",
        "unknown area type",
        "1 (U.S.), 2 (state), 3 (territory), 4 (metro), 6 (nonmetro)",
    ),
    Check(
        "area",
        "NOT regexp_matches(coalesce(trim(area), ''), '^\\d{1,7}$')",
        "not an area code",
        "digits such as 99, 06 or 41860",
    ),
)
# (text form name, all-data name) for the columns renamed one to one
RENAMED = (
    ("soc", "occ_code"),
    ("occupation", "occ_title"),
    ("area_name", "area_title"),
    ("industry_name", "naics_title"),
    ("employment", "tot_emp"),
    ("emp_rse", "emp_prse"),
    ("h_mean", "h_mean"),
    ("a_mean", "a_mean"),
    ("wage_rse", "mean_prse"),
    ("emp_per_1000", "jobs_1000"),
    ("loc_quotient", "loc_quotient"),
    *(
        (f"{u}_p{q}", f"{u}_pct{q}" if q != "50" else f"{u}_median")
        for u in ("a", "h")
        for q in ("10", "25", "50", "75", "90")
    ),
)


def is_alldata_csv(file: Path) -> bool:
    """True when a CSV has the all-data spreadsheet's columns (OCC_CODE, AREA_TYPE...)."""
    return {"occ_code", "area_type"} <= {h.lower() for h in read_header(file)}


def load_xlsx(
    db: BuildDb,
    file: Path,
    *,
    dataset: str,
    release: str | None = None,
) -> oews.OewsLoad:
    rel = oews.require_release(release, file.name)
    staged = stage_xlsx(db, RAW, file, "OCC_CODE")
    return _load(db, staged, rel, dataset)


def load_csv(
    db: BuildDb,
    file: Path,
    *,
    dataset: str,
    release: str | None = None,
) -> oews.OewsLoad:
    rel = oews.require_release(release, file.name)
    staged = stage_delimited(db, RAW, file)
    return _load(db, staged, rel, dataset)


def _load(db: BuildDb, raw: Staged, release: str, dataset: str) -> oews.OewsLoad:
    require_columns(raw, NEEDED)
    if "a_median" not in raw.columns:
        require_columns(raw, ("a_pct50",) if "a_pct50" not in raw.columns else ())
    run_checks(db, raw, CHECKS)
    db.run(_reshape_sql(raw))
    derived = ("display_level", "areatype", "area_code", "state_code", "industry_code")
    columns = ("_line", *(name for name, _ in RENAMED), *derived)
    # messages name the spreadsheet's own columns (A_MEDIAN, not a_p50)
    headers = ("_line", *(raw.shown(_pick(raw, source)) for _, source in RENAMED), *derived)
    staged = Staged(oews.STAGE, raw.file, columns, line="_line", headers=headers)
    return oews.OewsLoad(oews.load_staged(db, staged, release=release, dataset=dataset), release)


def _pick(raw: Staged, name: str) -> str:
    if name == "a_median" and name not in raw.columns:
        name = "a_pct50"
    if name == "h_median" and name not in raw.columns:
        name = "h_pct50"
    return name if name in raw.columns else "NULL"


def _reshape_sql(raw: Staged) -> str:
    fips = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in STATE_FIPS.items())
    naics = "trim(naics)" if "naics" in raw.columns else "'000000'"
    own = "coalesce(trim(own_code), '')" if "own_code" in raw.columns else "''"
    group = "lower(trim(o_group))" if "o_group" in raw.columns else "''"
    prim = "upper(trim(prim_state))" if "prim_state" in raw.columns else "''"
    renamed = ", ".join(f"{_pick(raw, source)} AS {name}" for name, source in RENAMED)
    return f"""
        CREATE OR REPLACE TEMP TABLE {oews.STAGE} AS SELECT {raw.line} AS _line, {renamed},
          CASE {group} WHEN 'minor' THEN '1' WHEN 'broad' THEN '2' WHEN 'detailed' THEN '3'
            ELSE '0' END AS display_level,
          CASE trim(area_type) WHEN '1' THEN 'N' WHEN '2' THEN 'S' WHEN '3' THEN 'S'
            ELSE 'M' END AS areatype,
          CASE WHEN trim(area_type) = '1' THEN '0000000'
            WHEN trim(area_type) IN ('2', '3') THEN lpad(trim(area), 2, '0') || '00000'
            ELSE lpad(trim(area), 7, '0') END AS area_code,
          CASE WHEN trim(area_type) IN ('2', '3') THEN lpad(trim(area), 2, '0')
            ELSE CASE {prim} {fips} ELSE NULL END END AS state_code,
          CASE WHEN {naics} = '000000' AND {own} = '5' THEN '000001' ELSE {naics}
            END AS industry_code
        FROM {raw.table}
        WHERE NOT ({naics} = '000000' AND {own} NOT IN ('', '1235', '5'))
    """
