"""A disclosure file in the full FY2024 Q4 record layout (97 columns: addresses, phones,
attorneys, prevailing wage fields, quoted commas and quotes in columns never read) imports
the same filings and cells as a 16-column file holding the same values in the columns read,
and a bad row in it is still named by line and field."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from benchmarks.lca_layout import LAYOUT, NARROW_COLUMNS, WIDE, generate

from levelset.errors import InputError
from levelset.market.build import import_file, open_market
from levelset.paths import Paths
from tests.market.market_home import clock, market_paths

ROWS = 3_000
NAME = "LCA_Disclosure_Data_FY2024_Q4.csv"


def _stored(paths: Paths) -> dict[str, list[tuple[object, ...]]]:
    with open_market(paths, now=clock) as store:
        return {
            "lca": store.fetch("SELECT * FROM lca ORDER BY case_number"),
            "cells": store.fetch("SELECT * FROM lca_cells ORDER BY ALL"),
            "spans": store.fetch("SELECT * FROM lca_spans ORDER BY ALL"),
        }


def _imported(home: Path, columns: tuple[str, ...]) -> Paths:
    (home / "upstream").mkdir(parents=True)
    file = home / "upstream" / NAME
    generate(file, ROWS, columns)
    paths = market_paths(home)
    report = import_file(paths, "lca", file, now=clock)
    assert report.rows == ROWS
    return paths


def test_the_full_layout_stores_what_the_narrow_file_stores(tmp_path: Path) -> None:
    wide = _imported(tmp_path / "wide", WIDE)
    header = (tmp_path / "wide" / "upstream" / NAME).read_text().split("\n", 1)[0]
    assert header.split(",") == list(LAYOUT) and len(LAYOUT) == 97
    narrow = _imported(tmp_path / "narrow", NARROW_COLUMNS)
    stored = _stored(wide)
    assert len(stored["lca"]) == ROWS and stored["cells"]
    assert stored == _stored(narrow)


def test_a_bad_row_of_the_full_layout_is_named_by_line_and_field(tmp_path: Path) -> None:
    file = tmp_path / NAME
    generate(file, 200, WIDE)
    with file.open(newline="") as stream:
        rows = list(csv.reader(stream))
    rows[5][LAYOUT.index("WAGE_UNIT_OF_PAY")] = "Fortnight"  # line 6 of the file
    with file.open("w", newline="") as stream:
        csv.writer(stream).writerows(rows)
    with pytest.raises(InputError) as raised:
        import_file(market_paths(tmp_path / "home"), "lca", file, now=clock)
    problem = raised.value.problems[0]
    assert (problem.line, problem.field) == (6, "WAGE_UNIT_OF_PAY")
