"""Crowd salaries: a newer snapshot replaces the shipped one, de-duplicated with copies."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.market.build import import_file, open_market
from levelset.paths import Paths
from tests.market.market_home import UPSTREAM, clock, fingerprint, market_paths

SNAPSHOT = UPSTREAM / "aijobs_salaries_2025-06-01.csv"


@pytest.fixture
def market(levelset_home: Path) -> Paths:
    return market_paths(levelset_home)


def _file_rows(file: Path) -> list[tuple[str, ...]]:
    with file.open(newline="") as stream:
        return [tuple(r.values()) for r in csv.DictReader(stream)]


def test_snapshot_replaces_the_crowd_table(market: Paths) -> None:
    report = import_file(market, "crowd", SNAPSHOT, now=clock)
    counted = Counter(_file_rows(SNAPSHOT))
    assert (report.dataset, report.release, report.rows) == (
        "aijobs_2025-06-01",
        "2025-06-01",
        len(counted),
    )
    with open_market(market, now=clock) as store:
        assert store.fetch("SELECT count(*), sum(copies) FROM crowd") == [
            (len(counted), sum(counted.values()))
        ]
        assert store.fetch("SELECT DISTINCT snapshot FROM crowd") == [("2025-06-01",)]
        names = {r[0] for r in store.fetch("SELECT name FROM datasets WHERE source = 'crowd'")}
    assert names == {"aijobs_2025-06-01"}  # the shipped snapshot no longer has rows


def test_identical_rows_collapse_but_other_years_do_not(market: Paths) -> None:
    import_file(market, "crowd", SNAPSHOT, now=clock)
    with open_market(market, now=clock) as store:
        found = dict(
            store.fetch(
                "SELECT work_year, copies FROM crowd WHERE job_title = 'Machine Learning Engineer' "
                "AND salary = 210000"
            )
        )
    expected = Counter(
        r[0]
        for r in _file_rows(SNAPSHOT)
        if r[3] == "Machine Learning Engineer" and r[4] == "210000"
    )
    assert found == {int(year): n for year, n in expected.items()}


def test_quoted_titles_and_currencies_survive(market: Paths) -> None:
    import_file(market, "crowd", SNAPSHOT, now=clock)
    with open_market(market, now=clock) as store:
        row = store.fetch_dicts("SELECT * FROM crowd WHERE job_title LIKE 'Research Scientist%'")
    assert len(row) == 1
    assert (row[0]["job_title"], row[0]["salary_currency"], row[0]["salary_in_usd"]) == (
        "Research Scientist, NLP",
        "GBP",
        189000.0,
    )


def test_bad_snapshot_lists_every_problem_and_changes_nothing(market: Paths) -> None:
    before = fingerprint(market)
    with pytest.raises(InputError) as raised:
        import_file(market, "crowd", UPSTREAM / "aijobs_salaries_bad.csv", now=clock)
    found = [(p.line, p.field) for p in raised.value.problems]
    assert found == [(4, "experience_level"), (5, "salary")]
    assert fingerprint(market) == before
    assert not (market.imports / "crowd").exists()


def _mixed_endings(tmp_path: Path, extra: str) -> Path:
    """The snapshot with CRLF line endings, plus one line (added in an editor) ending in LF."""
    lines = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    file = tmp_path / "aijobs_salaries_2025-06-02.csv"
    file.write_bytes(("\r\n".join(lines) + "\r\n" + extra + "\n").encode("utf-8"))
    return file


def test_mixed_line_endings_are_read(market: Paths, tmp_path: Path) -> None:
    added = "2024,SE,FT,Data Scientist,123456,USD,123456,US,0,US,M"
    report = import_file(market, "crowd", _mixed_endings(tmp_path, added), now=clock)
    assert report.rows == len(Counter(_file_rows(SNAPSHOT))) + 1
    with open_market(market, now=clock) as store:
        assert store.fetch("SELECT count(*) FROM crowd WHERE salary = 123456") == [(1,)]


def test_a_short_row_among_mixed_line_endings_is_named_by_line(
    market: Paths, tmp_path: Path
) -> None:
    before = fingerprint(market)
    file = _mixed_endings(tmp_path, "2024,SE,FT,Data Scientist")
    line = len(SNAPSHOT.read_text(encoding="utf-8").splitlines()) + 1
    with pytest.raises(InputError) as caught:
        import_file(market, "crowd", file, now=clock)
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == (file.name, line)
    assert "4 fields" in problem.message
    assert fingerprint(market) == before
