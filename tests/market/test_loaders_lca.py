"""DOL LCA disclosure files (.csv and .xlsx): wages converted to a year, cases replaced."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.market.build import import_file, open_market
from levelset.paths import Paths
from tests.market.market_home import UPSTREAM, clock, fingerprint, market_paths

CSV_FILE = UPSTREAM / "LCA_Disclosure_Data_FY2024_Q4.csv"
HOURS_A_YEAR = {"Year": 1, "Hour": 2080, "Week": 52, "Bi-Weekly": 26, "Month": 12}


@pytest.fixture
def market(levelset_home: Path) -> Paths:
    return market_paths(levelset_home)


def _source_rows() -> list[dict[str, str]]:
    with CSV_FILE.open(newline="") as stream:
        return list(csv.DictReader(stream))


def _stored(paths: Paths) -> list[dict]:
    with open_market(paths, now=clock) as store:
        return store.fetch_dicts("SELECT * EXCLUDE (dataset) FROM lca ORDER BY case_number")


def test_csv_wages_are_converted_to_a_year(market: Paths) -> None:
    report = import_file(market, "lca", CSV_FILE, now=clock)
    assert (report.dataset, report.release, report.rows) == ("lca_fy2024_q4", "FY2024 Q4", 5)
    stored = {r["case_number"]: r for r in _stored(market)}
    for row in _source_rows():
        got = stored[row["CASE_NUMBER"]]
        wage = float(row["WAGE_RATE_OF_PAY_FROM"].replace("$", "").replace(",", ""))
        assert got["annual_wage"] == pytest.approx(wage * HOURS_A_YEAR[row["WAGE_UNIT_OF_PAY"]])
        assert got["soc"] == int(row["SOC_CODE"][:7].replace("-", ""))
        assert got["wage_level"] == ("I", "II", "III", "IV").index(row["PW_WAGE_LEVEL"]) + 1
        full_time, certified = row["FULL_TIME_POSITION"] == "Y", row["CASE_STATUS"] == "Certified"
        assert got["counted"] is (full_time and certified)
        assert got["fiscal_year"] == 2024


def test_csv_details(market: Paths) -> None:
    import_file(market, "lca", CSV_FILE, now=clock)
    stored = {r["case_number"]: r for r in _stored(market)}
    first = stored["I-200-24200-000001"]
    assert first["employer_name"] == "EXAMPLE AI, INC."
    assert first["job_title"] == "MACHINE LEARNING ENGINEER"
    assert first["city"] == "SAN FRANCISCO"
    assert stored["I-200-24200-000004"]["worksite_state"] == "TX"  # written out as TEXAS


def test_a_file_named_without_a_year_takes_it_from_each_decision(
    market: Paths, tmp_path: Path
) -> None:
    """A decision in October or later belongs to the next fiscal year."""
    lines = CSV_FILE.read_text().splitlines()
    lines[1] = lines[1].replace("2024-07-25", "10/02/2024")  # US dates too
    lines[2] = lines[2].replace("2024-07-26", "2024-09-30T10:00:00")
    file = tmp_path / "lca_disclosure.csv"
    file.write_text("\n".join(lines) + "\n")
    import_file(market, "lca", file, now=clock)
    years = {r["case_number"]: r["fiscal_year"] for r in _stored(market)}
    assert years["I-200-24200-000001"] == 2025 and years["I-200-24200-000002"] == 2024
    assert set(years.values()) == {2024, 2025}


def _write_xlsx(file: Path, rows: list[dict[str, str]] | None = None) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    rows = rows or _source_rows()
    sheet.append(list(rows[0]))
    for row in rows:
        values: list[object] = []
        for key, value in row.items():
            if key.endswith("_DATE") and value:
                values.append(dt.datetime.fromisoformat(value))
            elif (
                key in ("WAGE_RATE_OF_PAY_FROM", "WAGE_RATE_OF_PAY_TO", "PREVAILING_WAGE") and value
            ):
                values.append(float(value.replace("$", "").replace(",", "")))
            else:
                values.append(value or None)
        sheet.append(values)
    book.save(file)


def test_xlsx_gives_the_same_rows_as_csv(market: Paths, tmp_path: Path) -> None:
    import_file(market, "lca", CSV_FILE, now=clock)
    from_csv = _stored(market)
    file = tmp_path / "LCA_Disclosure_Data_FY2024_Q4.xlsx"
    _write_xlsx(file)
    report = import_file(market, "lca", file, now=clock)
    assert report.rows == len(from_csv)
    assert _stored(market) == from_csv  # the same cases, replaced, not doubled


def test_a_case_imported_twice_is_kept_once(market: Paths, tmp_path: Path) -> None:
    import_file(market, "lca", CSV_FILE, now=clock)
    later = tmp_path / "LCA_Disclosure_Data_FY2025_Q1.csv"
    rows = _source_rows()[:1]
    rows[0]["CASE_STATUS"] = "Withdrawn"
    with later.open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    import_file(market, "lca", later, now=clock)
    stored = [r for r in _stored(market) if r["case_number"] == rows[0]["CASE_NUMBER"]]
    assert [(r["counted"], r["fiscal_year"]) for r in stored] == [(False, 2025)]  # withdrawn
    assert len(_stored(market)) == 5


def test_text_with_spaces_at_its_ends_is_stored_trimmed_and_blank_text_as_none(
    market: Paths, tmp_path: Path
) -> None:
    """The one-pass load trims the employer, title, city and case number: a value with spaces
    at an end is stored as without, one of spaces only as no value, and the rows of the
    dataset imported before are left as they were."""
    import_file(market, "lca", CSV_FILE, now=clock)
    before = _stored(market)
    rows = _source_rows()[:3]
    for row in rows:
        row["CASE_NUMBER"] = f" {row['CASE_NUMBER']}-B "
    rows[0].update(
        EMPLOYER_NAME=" Acme Labs  ", JOB_TITLE="  Data Scientist", WORKSITE_CITY="Austin "
    )
    rows[1].update(EMPLOYER_NAME="   ", JOB_TITLE=" ", WORKSITE_CITY="  ")
    later = tmp_path / "LCA_Disclosure_Data_FY2025_Q1.csv"
    with later.open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    import_file(market, "lca", later, now=clock)
    stored = {r["case_number"]: r for r in _stored(market)}
    first, blank, plain = (stored[r["CASE_NUMBER"].strip()] for r in rows)
    assert (first["employer_name"], first["job_title"], first["city"]) == (
        "Acme Labs",
        "Data Scientist",
        "AUSTIN",
    )
    assert (blank["employer_name"], blank["job_title"], blank["city"]) == (None, None, None)
    assert plain["employer_name"] == rows[2]["EMPLOYER_NAME"]
    assert [r for r in _stored(market) if not r["case_number"].endswith("-B")] == before


def test_unknown_wage_unit_is_refused_and_nothing_changes(market: Paths) -> None:
    import_file(market, "lca", CSV_FILE, now=clock)
    before = fingerprint(market)
    with pytest.raises(InputError) as raised:
        import_file(market, "lca", UPSTREAM / "LCA_Disclosure_Data_FY2024_bad.csv", now=clock)
    problem = raised.value.problems[0]
    assert (problem.line, problem.field) == (3, "WAGE_UNIT_OF_PAY")
    assert "LCA_Disclosure_Data_FY2024_bad.csv" in str(raised.value)
    assert fingerprint(market) == before


# DOL's record layout gives WAGE_UNIT_OF_PAY five values (Hour, Week, Bi-Weekly, Month, Year)
# and no blank, and WAGE_RATE_OF_PAY_FROM as the employer's offered wage, both answered on
# every form ETA-9035 filed, whatever became of the case: a blank is a broken row whatever its
# status (WAGE_RATE_OF_PAY_TO may be blank: the wage is not a range).
STATUSES = ("Certified", "Certified - Withdrawn", "Withdrawn", "Denied")


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(
    ("field", "blank"),
    [("WAGE_UNIT_OF_PAY", ""), ("WAGE_UNIT_OF_PAY", "  "), ("WAGE_RATE_OF_PAY_FROM", "")],
)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_blank_wage_or_unit_is_named_by_line_and_nothing_changes(
    market: Paths, tmp_path: Path, status: str, field: str, blank: str, suffix: str
) -> None:
    import_file(market, "lca", CSV_FILE, now=clock)
    before = fingerprint(market)
    rows = _source_rows()
    rows[2].update({"CASE_STATUS": status, field: blank})
    file = tmp_path / f"LCA_Disclosure_Data_FY2025_Q1{suffix}"
    if suffix == ".csv":
        with file.open("w", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        _write_xlsx(file, rows)
    with pytest.raises(InputError) as raised:
        import_file(market, "lca", file, now=clock)
    problems = [(p.file, p.line, p.field) for p in raised.value.problems]
    assert problems == [(file.name, 4, field)]
    assert fingerprint(market) == before


def test_a_row_with_too_few_fields_names_its_line(market: Paths, tmp_path: Path) -> None:
    text = CSV_FILE.read_text().splitlines()
    text[3] = ",".join(text[3].split(",")[:5])
    broken = tmp_path / "LCA_Disclosure_Data_FY2024_Q4.csv"
    broken.write_text("\n".join(text) + "\n")
    before = fingerprint(market)
    with pytest.raises(InputError) as raised:
        import_file(market, "lca", broken, now=clock)
    assert raised.value.problems[0].line == 4
    assert fingerprint(market) == before


def test_missing_columns_are_named(market: Paths, tmp_path: Path) -> None:
    file = tmp_path / "lca.csv"
    file.write_text("CASE_NUMBER,JOB_TITLE\nI-1,ML ENGINEER\n")
    with pytest.raises(InputError) as raised:
        import_file(market, "lca", file, now=clock)
    missing = {p.field for p in raised.value.problems}
    assert {"SOC_CODE", "WAGE_RATE_OF_PAY_FROM", "WAGE_UNIT_OF_PAY"} <= missing


def test_a_file_that_is_not_a_workbook(market: Paths, tmp_path: Path) -> None:
    file = tmp_path / "LCA_FY2024.xlsx"
    file.write_text("not a spreadsheet")
    with pytest.raises(InputError, match="xlsx"):
        import_file(market, "lca", file, now=clock)


def test_progress_moves_through_the_phases_to_the_end(market: Paths, tmp_path: Path) -> None:
    reports: list[tuple[str, float]] = []
    import_file(
        market,
        "lca",
        CSV_FILE,
        progress=lambda phase, done: reports.append((phase, done)),
        now=clock,
    )
    phases = list(dict.fromkeys(phase for phase, _ in reports))
    order = ["reading", "checking", "storing", "saving"]
    assert phases == [p for p in order if p in phases] and phases[-1] == "saving"
    fractions = [done for _, done in reports]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_progress_while_reading_a_workbook(market: Paths, tmp_path: Path) -> None:
    file = tmp_path / "LCA_Disclosure_Data_FY2024_Q4.xlsx"
    _write_xlsx(file)
    reports: list[tuple[str, float]] = []
    import_file(
        market, "lca", file, progress=lambda phase, done: reports.append((phase, done)), now=clock
    )
    assert ("reading", 0.5) in reports and reports[-1] == ("saving", 1.0)


def test_columns_the_loader_does_not_use_are_ignored(market: Paths, tmp_path: Path) -> None:
    lines = CSV_FILE.read_text().splitlines()
    file = tmp_path / "LCA_Disclosure_Data_FY2024_Q4.csv"
    extra = [
        f"{line},NOTE,NOTE" if i else f"{line},AGENT_NAME,AGENT_NAME"
        for i, line in enumerate(lines)
    ]
    file.write_text("\n".join(extra) + "\n")
    report = import_file(market, "lca", file, now=clock)
    assert report.rows == len(lines) - 1
    with open_market(market, now=clock) as store:
        columns = {
            r[0]
            for r in store.fetch(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'lca'"
            )
        }
    assert "agent_name" not in columns


V2_LCA = """
CREATE TABLE lca (
    case_number VARCHAR, case_status VARCHAR, received_date DATE, decision_date DATE,
    employer_name VARCHAR, job_title VARCHAR, soc_code VARCHAR, soc_title VARCHAR,
    wage_from DOUBLE, wage_to DOUBLE, wage_unit VARCHAR, annual_wage DOUBLE,
    worksite_city VARCHAR, worksite_state VARCHAR, pw_wage_level VARCHAR, full_time BOOLEAN,
    fiscal_year INTEGER, dataset VARCHAR NOT NULL
)"""


def test_a_store_of_the_wide_lca_table_is_rebuilt_with_its_imports(market: Paths) -> None:
    """A store written by the version before the narrow lca table (schema 2, 18 columns) is
    built again on first use, its imported files replayed into the new shape."""
    import duckdb

    from levelset.market.tables import SCHEMA_VERSION

    import_file(market, "lca", CSV_FILE, now=clock)
    expected = _stored(market)
    with duckdb.connect(str(market.market_db)) as con:
        con.execute("DROP TABLE lca")
        con.execute(V2_LCA)
        con.execute(
            "INSERT INTO lca (case_number, dataset) VALUES ('I-200-24200-000001', 'lca_fy2024_q4')"
        )
        con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
        con.execute("UPDATE meta SET value = 'built by 2' WHERE key = 'shipped'")
    assert _stored(market) == expected
    with open_market(market, now=clock) as store:
        assert store.meta()["schema_version"] == SCHEMA_VERSION != "2"


def test_a_range_from_a_synthetic_file_says_so_beside_its_year(
    market: Paths, tmp_path: Path
) -> None:
    """The release of a file named synthetic is marked in the range row itself (what the web
    page and the table show), not only in the list of sources; a real file's is not."""
    from levelset import market as market_api

    synthetic = Path("examples/market/LCA_Disclosure_Data_FY2025_Q4_SYNTHETIC.csv")
    real = tmp_path / "LCA_Disclosure_Data_FY2025_Q4.csv"
    real.write_bytes(synthetic.read_bytes())
    periods = []
    for file in (synthetic, real):
        home = market_paths(tmp_path / file.stem)
        import_file(home, "lca", file, now=clock)
        with open_market(home, now=clock) as store:
            report = market_api.market_range(store, "Machine Learning Engineer", "senior", "SF")
        periods.append(next(r.period for r in report.ranges if r.source == "lca"))
    assert periods == ["FY2025 (synthetic)", "FY2025"]
