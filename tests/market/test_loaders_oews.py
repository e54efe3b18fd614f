"""OEWS loaders: the BLS flat files, the all-data spreadsheet (xlsx and CSV), levelset's CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.market.build import import_file, open_market
from levelset.market.loaders.oews import TOP_CODE_ANNUAL, TOP_CODE_HOURLY
from levelset.paths import Paths
from tests.market.market_home import UPSTREAM, clock, fingerprint, market_paths, shipped_rows

WAGES = ("a_p10", "a_p25", "a_p50", "a_p75", "a_p90", "h_p50", "employment", "emp_rse")


@pytest.fixture
def market(levelset_home: Path) -> Paths:
    return market_paths(levelset_home)


def _published(soc: str, area_code: str) -> dict[str, str]:
    return next(
        r
        for r in shipped_rows("oews_may2025_tech_subset.csv.gz")
        if r["soc"] == soc and r["area_code"] == area_code and r["industry_code"] == "000000"
    )


def _stored(paths: Paths, soc: str, area_code: str, release: str = "May 2025") -> dict:
    with open_market(paths, now=clock) as store:
        rows = store.fetch_dicts(
            "SELECT * FROM oews WHERE soc = ? AND area_code = ? AND industry_code = '000000' "
            "AND release = ?",
            [soc, area_code, release],
        )
    assert len(rows) == 1
    return rows[0]


def test_flat_files_load_the_published_cells(market: Paths) -> None:
    report = import_file(market, "oews", UPSTREAM / "oews_flat", now=clock)
    assert report.release == "May 2025" and report.rows == 6
    for soc, area in (("152051", "0000000"), ("151252", "0041860"), ("151252", "0600000")):
        published, stored = _published(soc, area), _stored(market, f"{soc[:2]}-{soc[2:]}", area)
        for column in WAGES:
            assert stored[column] == float(published[column]), (soc, area, column)
        assert stored["area_name"] == published["area_name"]
        assert stored["dataset"] == "oews_may2025"


def test_flat_files_top_coded_wage(market: Paths) -> None:
    import_file(market, "oews", UPSTREAM / "oews_flat" / "oe.data.0.Current", now=clock)
    cell = _stored(market, "15-1221", "0041860")
    assert cell["a_p90"] == TOP_CODE_ANNUAL and cell["a_p90_topcoded"] is True
    assert cell["h_p90"] == TOP_CODE_HOURLY
    assert cell["a_p75"] == float(_published("151221", "0041860")["a_p75"])
    assert cell["a_p75_topcoded"] is False


def test_flat_files_missing_a_part_are_refused(market: Paths, tmp_path: Path) -> None:
    folder = tmp_path / "oe"
    folder.mkdir()
    (folder / "oe.data.0.Current").write_bytes(
        (UPSTREAM / "oews_flat" / "oe.data.0.Current").read_bytes()
    )
    before = fingerprint(market)
    with pytest.raises(InputError, match=r"oe\.area"):
        import_file(market, "oews", folder, now=clock)
    assert fingerprint(market) == before


ALLDATA_HEADER = [
    "AREA",
    "AREA_TITLE",
    "AREA_TYPE",
    "PRIM_STATE",
    "NAICS",
    "NAICS_TITLE",
    "I_GROUP",
    "OWN_CODE",
    "OCC_CODE",
    "OCC_TITLE",
    "O_GROUP",
    "TOT_EMP",
    "EMP_PRSE",
    "JOBS_1000",
    "LOC_QUOTIENT",
    "PCT_TOTAL",
    "PCT_RPT",
    "H_MEAN",
    "A_MEAN",
    "MEAN_PRSE",
    "H_PCT10",
    "H_PCT25",
    "H_MEDIAN",
    "H_PCT75",
    "H_PCT90",
    "A_PCT10",
    "A_PCT25",
    "A_MEDIAN",
    "A_PCT75",
    "A_PCT90",
    "ANNUAL",
    "HOURLY",
]


def _alldata_rows() -> list[list[object]]:
    """A few published cells written the way the all-data spreadsheet writes them."""
    rows: list[list[object]] = []
    for soc, area, area_type, area_field in (
        ("152051", "0000000", 1, "99"),
        ("151252", "0600000", 2, "06"),
        ("151252", "0041860", 4, "41860"),
    ):
        p = _published(soc, area)
        rows.append(
            [
                area_field,
                p["area_name"],
                area_type,
                "CA" if area_type != 1 else "US",
                "000000",
                "Cross-industry",
                "cross-industry",
                1235,
                f"{soc[:2]}-{soc[2:]}",
                p["occupation"],
                "detailed",
                int(p["employment"]),
                float(p["emp_rse"]),
                None,
                None,
                None,
                None,
                float(p["h_mean"]),
                int(p["a_mean"]),
                float(p["wage_rse"]),
                *(float(p[f"h_p{q}"]) for q in ("10", "25", "50", "75", "90")),
                *(int(p[f"a_p{q}"]) for q in ("10", "25", "50", "75", "90")),
                None,
                None,
            ]
        )
    top = list(rows[-1])  # 15-1221 in San Francisco, with a top-coded and a missing cell
    top[8], top[9] = "15-1221", "Computer and Information Research Scientists"
    top[29], top[24], top[13] = "#", "#", "*"
    rows.append(top)
    private = list(rows[0])  # the national cross-industry row, private ownership only
    private[7], private[11] = 5, 250640
    rows.append(private)
    return rows


def _write_xlsx(file: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "All May 2025 data"
    sheet.append(ALLDATA_HEADER)
    for row in rows:
        sheet.append(row)
    notes = book.create_sheet("Field descriptions")
    notes.append(["Field", "Field description"])
    book.save(file)


def _check_alldata(paths: Paths) -> None:
    for soc, area in (("152051", "0000000"), ("151252", "0600000"), ("151252", "0041860")):
        published, stored = _published(soc, area), _stored(paths, f"{soc[:2]}-{soc[2:]}", area)
        for column in WAGES:
            assert stored[column] == float(published[column]), (soc, area, column)
    sf = _stored(paths, "15-1252", "0041860")
    assert (sf["areatype"], sf["state_code"], sf["display_level"]) == ("M", "06", 3)
    top = _stored(paths, "15-1221", "0041860")
    assert top["a_p90"] == TOP_CODE_ANNUAL and top["a_p90_topcoded"]
    assert top["h_p90"] == TOP_CODE_HOURLY and top["emp_per_1000"] is None
    with open_market(paths, now=clock) as store:
        private = store.fetch(
            "SELECT employment FROM oews WHERE soc = '15-2051' "
            "AND areatype = 'N' AND industry_code = '000001'"
        )
    assert private == [(250640.0,)]


def test_alldata_spreadsheet(market: Paths, tmp_path: Path) -> None:
    file = tmp_path / "all_data_M_2025.xlsx"
    _write_xlsx(file, _alldata_rows())
    report = import_file(market, "oews", file, now=clock)
    assert (report.release, report.rows) == ("May 2025", 5)
    _check_alldata(market)


def test_alldata_saved_as_csv(market: Paths, tmp_path: Path) -> None:
    file = tmp_path / "all_data_M_2025.csv"
    with file.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(ALLDATA_HEADER)
        writer.writerows(["" if v is None else v for v in row] for row in _alldata_rows())
    import_file(market, "oews", file, now=clock)
    _check_alldata(market)


def test_alldata_bad_cell_names_its_row(market: Paths, tmp_path: Path) -> None:
    rows = _alldata_rows()
    rows[2][27] = "about 180k"  # A_MEDIAN of the third data row: sheet row 4
    file = tmp_path / "all_data_M_2025.xlsx"
    _write_xlsx(file, rows)
    before = fingerprint(market)
    with pytest.raises(InputError) as raised:
        import_file(market, "oews", file, now=clock)
    problem = raised.value.problems[0]
    assert (problem.file, problem.line, problem.field) == (file.name, 4, "A_MEDIAN")
    assert fingerprint(market) == before


def test_a_spreadsheet_without_a_year_needs_the_release(market: Paths, tmp_path: Path) -> None:
    file = tmp_path / "all_data.xlsx"
    _write_xlsx(file, _alldata_rows())
    with pytest.raises(InputError, match="release"):
        import_file(market, "oews", file, now=clock)
    report = import_file(market, "oews", file, release="May 2026", now=clock)
    assert report.release == "May 2026"
    assert _stored(market, "15-2051", "0000000", "May 2026")["a_p50"] == float(
        _published("152051", "0000000")["a_p50"]
    )
    assert _stored(market, "15-2051", "0000000", "May 2025")["dataset"] == "oews_may2025_national"


def test_levelset_csv_form_of_a_newer_release(market: Paths, tmp_path: Path) -> None:
    rows = [r for r in shipped_rows("oews_may2025_tech_subset.csv.gz") if r["soc"] == "152051"]
    file = tmp_path / "oews_may2026_sample.csv"
    with file.open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = import_file(market, "oews", file, now=clock)
    assert (report.release, report.rows, report.dataset) == ("May 2026", len(rows), "oews_may2026")
    with open_market(market, now=clock) as store:
        releases = dict(
            store.fetch("SELECT release, count(*) FROM oews WHERE soc = '15-2051' GROUP BY release")
        )
    assert releases == {"May 2025": len(rows), "May 2026": len(rows)}
