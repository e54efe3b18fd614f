"""The one-pass CSV load of LCA filings stores exactly what the checked load stores, reads
fields with spaces as without, and refuses exactly what the checked load refuses, by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.market.build import import_file, open_market
from levelset.paths import Paths
from tests.market.lca_filings import HEADER
from tests.market.lca_filings import filing_rows as _rows
from tests.market.lca_filings import write_filings as _write
from tests.market.market_home import clock, fingerprint, market_paths


def _stored_rows(paths: Paths) -> list[tuple[object, ...]]:
    with open_market(paths, now=clock) as store:
        return store.fetch("SELECT * EXCLUDE (dataset) FROM lca ORDER BY case_number")


def _awkward_rows() -> list[list[str]]:
    rows = _rows(40, 7, "I-300")
    rows[1][6] = "  Spaced Employer  "
    rows[2][10] = " bi weekly "
    rows[3][11] = "level ii"
    rows[4][8] = "new york"
    rows[6][5] = ""
    rows[7][0] = ""  # no case number: left out, its blank wage and unit refusing nothing
    rows[7][9] = rows[7][10] = ""
    rows[8][4] = " 15-2051 "
    rows[9][2] = ""
    return rows


def test_one_pass_and_checked_loads_store_the_same_rows(tmp_path: Path) -> None:
    """An .xlsx goes through the checked (staged, ordered) load; a CSV through the one pass."""
    from openpyxl import Workbook

    rows = _awkward_rows()
    csv_home = market_paths(tmp_path / "a")
    import_file(csv_home, "lca", _write(tmp_path / "LCA_FY2024_x.csv", rows), now=clock)
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append([value or None for value in row])
    book.save(tmp_path / "LCA_FY2024_x.xlsx")
    xlsx_home = market_paths(tmp_path / "b")
    import_file(xlsx_home, "lca", tmp_path / "LCA_FY2024_x.xlsx", now=clock)
    stored = _stored_rows(csv_home)
    assert len(stored) == 39
    assert stored == _stored_rows(xlsx_home)


def test_fields_written_with_spaces_are_read_as_without(tmp_path: Path) -> None:
    """Only the stored text is trimmed up front; every other field, read as written for its
    usual spellings, still reads the same value with spaces around it."""
    plain = _rows(3, 11, "I-500")
    for row in plain:
        row[1], row[5], row[8], row[10], row[11] = "Certified", "Y", "CA", "Year", "II"
        row[4], row[9], row[2] = "15-2051.00", "120000", "2024-03-01"
    spaced = [[f" {value} " for value in row] for row in plain]
    spaced[1][8], spaced[2][8] = " ca ", " California "
    stored = []
    for name, rows in (("plain", plain), ("spaced", spaced)):
        home = market_paths(tmp_path / name)
        import_file(home, "lca", _write(tmp_path / f"LCA_{name}.csv", rows), now=clock)
        stored.append(_stored_rows(home))
    assert stored[0] == stored[1]
    assert [(r[1], r[3], r[7], r[8], r[9]) for r in stored[1]] == [
        (True, 152051, "CA", 2, 120000.0)
    ] * 3


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("WAGE_RATE_OF_PAY_FROM", "about 90k"),
        ("WAGE_UNIT_OF_PAY", "Fortnight"),
        ("SOC_CODE", "15-20511"),
        ("SOC_CODE", "ab-1234"),
    ],
)
def test_a_bad_field_is_named_by_line_whichever_load_reads_it(
    tmp_path: Path, column: str, value: str
) -> None:
    rows = _rows(30, 9, "I-400")
    rows[11][HEADER.index(column)] = value
    rows[20][0] = ""  # a bad row without a case number is still a bad row
    rows[20][HEADER.index(column)] = value
    paths = market_paths(tmp_path / "home")
    before = fingerprint(paths)
    with pytest.raises(InputError) as raised:
        import_file(paths, "lca", _write(tmp_path / "LCA_FY2024_bad.csv", rows), now=clock)
    found = [(p.line, p.field) for p in raised.value.problems]
    assert found == [(13, column), (22, column)]
    assert fingerprint(paths) == before


WAGES = ("125000", " $62.50 ", "1,234.5", "$", "about 90k", "", "  ", "12e3", "-5", "1.2.3")
UNIT_TEXTS = ("Year", " hour ", "Bi-Weekly", "bi weekly", "BI WEEKLY", "Fortnight", "", " ")
SOC_TEXTS: tuple[str, ...] = ("15-2051", "152051", "15-2051.00", "152051.00", " 15-1252 ")
SOC_TEXTS += ("15-20511", "ab-1234", "15-2051.0", "15--2051", "", "1-52051", "15-2051.001")


def _one_row(wage: str, unit: str, soc: str) -> str:
    values = {
        "case_number": "I-1",
        "job_title": "DATA SCIENTIST",
        "worksite_state": "CA",
        "wage_rate_of_pay_from": wage,
        "wage_unit_of_pay": unit,
        "soc_code": soc,
    }
    quoted = ", ".join(f"'{v}' AS {k}" for k, v in values.items())
    return f"(SELECT {quoted})"


def test_the_one_pass_flag_and_the_field_checks_agree(tmp_path: Path) -> None:
    """Awkward wages, units and SOC codes, one field at a time: the one-pass load refuses a
    row exactly when a per-field check names it."""
    from levelset.market import tables
    from levelset.market.build_db import BuildDb
    from levelset.market.loaders.lca import NEEDED
    from levelset.market.loaders.lca_sql import CHECKS, insert_sql

    db = BuildDb(tmp_path / "checks.duckdb")
    db.run(tables.LCA)
    refused = 0
    one_at_a_time = [
        *((w, "Year", "15-2051") for w in WAGES),
        *(("125000", u, "15-2051") for u in UNIT_TEXTS),
        *(("125000", "Year", c) for c in SOC_TEXTS),
        ("$", "bi weekly", " 15-1252 "),
    ]
    for wage, unit, soc in one_at_a_time:
        row = _one_row(wage, unit, soc)
        flagged = [
            c.field
            for c in CHECKS
            if db.rows(f"SELECT count(*) FROM {row} WHERE {c.bad_when}")[0][0]
        ]
        stored = db.attempt(insert_sql(row, NEEDED, checked=False, year=2024), ["x"])
        assert stored is not bool(flagged), (wage, unit, soc, flagged)
        refused += bool(flagged)
    assert 0 < refused < len(one_at_a_time)
    db.close()
