"""The BLS OEWS flat files (pub/time.series/oe/): oe.data.0.Current with oe.area,
oe.occupation and oe.industry beside it.

A series id packs everything: OE, seasonal code, area type (N/S/M), area code (7), industry
code (6), occupation code (6) and data type (2: 01 employment ... 15 annual 90th percentile).
The data file is pivoted into levelset's OEWS text form, then loaded by oews.load_staged.
"""

from __future__ import annotations

from pathlib import Path

from levelset.errors import InputError, Problem
from levelset.market.build_db import BuildDb
from levelset.market.loaders import oews
from levelset.market.loaders.staging import (
    Check,
    Staged,
    not_a_number,
    require_columns,
    run_checks,
    stage_delimited,
)

DATATYPES = {
    "01": "employment",
    "02": "emp_rse",
    "03": "h_mean",
    "04": "a_mean",
    "05": "wage_rse",
    "06": "h_p10",
    "07": "h_p25",
    "08": "h_p50",
    "09": "h_p75",
    "10": "h_p90",
    "11": "a_p10",
    "12": "a_p25",
    "13": "a_p50",
    "14": "a_p75",
    "15": "a_p90",
    "16": "emp_per_1000",
    "17": "loc_quotient",
}
SERIES = "^OE[US][NSM][0-9]{7}[0-9A-Z-]{6}[0-9]{6}[0-9]{2}$"
CHECKS = (
    Check(
        "series_id",
        f"NOT regexp_matches(coalesce(trim(series_id), ''), '{SERIES}')",
        "not an OEWS series id",
        "such as OEUN000000000000015205101",
    ),
    Check("year", "NOT regexp_matches(coalesce(trim(year), ''), '^\\d{4}$')", "not a year"),
    Check("value", not_a_number("value", oews.NOT_PUBLISHED), "not a number", "a number or '-'"),
)


def find_files(path: Path) -> dict[str, Path]:
    """The data, area, occupation and industry files of a flat-file folder."""
    folder = path if path.is_dir() else path.parent
    data = (
        [path]
        if path.is_file() and path.name.startswith("oe.data")
        else sorted(folder.glob("oe.data.0.*")) or sorted(folder.glob("oe.data.*"))
    )
    found = {"data": data[0]} if data else {}
    for part in ("area", "occupation", "industry"):
        if (folder / f"oe.{part}").exists():
            found[part] = folder / f"oe.{part}"
    missing = [
        f"oe.{p}" if p != "data" else "oe.data.0.Current"
        for p in ("data", "area", "occupation")
        if p not in found
    ]
    if missing:
        raise InputError(
            f"{folder.name}: the OEWS flat files are incomplete (missing {', '.join(missing)})",
            problems=[Problem("missing file", file=folder.name, field=m) for m in missing],
        )
    return found


def load(
    db: BuildDb,
    path: Path,
    *,
    dataset: str,
    release: str | None = None,
) -> oews.OewsLoad:
    """Load a flat-file set; the release is read from the data (year of period A01)."""
    files = find_files(path)
    data = stage_delimited(db, "oe_data_stage", files["data"], delim="\t", quote="")
    require_columns(data, ("series_id", "year", "period", "value", "footnote_codes"))
    run_checks(db, data, CHECKS)
    lookups = {
        p: stage_delimited(db, f"oe_{p}_stage", f, delim="\t", quote="")
        for p, f in files.items()
        if p != "data"
    }
    require_columns(lookups["area"], ("area_code", "area_name", "state_code"))
    require_columns(lookups["occupation"], ("occupation_code", "occupation_name"))
    year = db.rows(f"SELECT max(trim(year)) FROM {data.table} WHERE trim(period) = 'A01'")[0][0]
    rel = release or f"May {year}"
    db.run(_pivot_sql(data, "industry" in lookups), [str(year)])
    columns = (
        "_line",
        "soc",
        "occupation",
        "display_level",
        *oews.GEOGRAPHY,
        *DATATYPES.values(),
        *(f"fn_{u}_p{q}" for u in "ah" for q in ("10", "25", "50", "75", "90")),
    )
    staged = Staged(oews.STAGE, data.file, columns, line="_line")
    return oews.OewsLoad(oews.load_staged(db, staged, release=rel, dataset=dataset), rel)


def _pivot_sql(data: Staged, with_industry: bool) -> str:
    values = ", ".join(
        f"max(CASE WHEN dt = '{code}' THEN value END) AS {name}" for code, name in DATATYPES.items()
    )
    notes = ", ".join(
        f"max(CASE WHEN dt = '{code}' THEN fn END) AS fn_{name}"
        for code, name in DATATYPES.items()
        if name[1:3] == "_p"
    )
    industry = (
        "i.industry_name"
        if with_industry
        else "CASE WHEN d.industry_code = '000000' THEN 'Cross-industry' END"
    )
    join = (
        "LEFT JOIN oe_industry_stage i ON trim(i.industry_code) = d.industry_code"
        if with_industry
        else ""
    )
    return f"""
        CREATE OR REPLACE TEMP TABLE {oews.STAGE} AS
        SELECT min(d._line) AS _line, d.soc, any_value(trim(o.occupation_name)) AS occupation,
          any_value(trim(o.display_level)) AS display_level, d.areatype, d.area_code,
          any_value(trim(a.state_code)) AS state_code,
          any_value(trim(a.area_name)) AS area_name, d.industry_code,
          any_value(trim({industry})) AS industry_name, {values}, {notes}
        FROM (
          SELECT {data.line} AS _line, substr(trim(series_id), 4, 1) AS areatype,
            substr(trim(series_id), 5, 7) AS area_code,
            substr(trim(series_id), 12, 6) AS industry_code,
            substr(trim(series_id), 18, 6) AS soc, substr(trim(series_id), 24, 2) AS dt,
            trim(value) AS value,
            CASE WHEN contains(coalesce(footnote_codes, ''), '5') THEN '5' END AS fn
          FROM {data.table} WHERE trim(period) = 'A01' AND trim(year) = ?
        ) d
        LEFT JOIN oe_area_stage a ON trim(a.area_code) = d.area_code
        LEFT JOIN oe_occupation_stage o ON trim(o.occupation_code) = d.soc
        {join}
        GROUP BY d.soc, d.areatype, d.area_code, d.industry_code
    """
