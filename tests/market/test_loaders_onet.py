"""O*NET text release: a folder (or its zip) replaces the shipped occupations and titles."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.market.build import import_file, open_market
from levelset.paths import Paths
from tests.market.market_home import UPSTREAM, clock, fingerprint, market_paths

RELEASE = UPSTREAM / "db_28_0_text"


@pytest.fixture
def market(levelset_home: Path) -> Paths:
    return market_paths(levelset_home)


def _lines(name: str) -> int:
    return len((RELEASE / name).read_text().splitlines()) - 1


def test_release_folder(market: Paths) -> None:
    report = import_file(market, "onet", RELEASE, now=clock)
    assert (report.dataset, report.release) == ("onet_28.0", "28.0")
    with open_market(market, now=clock) as store:
        kinds = dict(store.fetch("SELECT kind, count(*) FROM onet_titles GROUP BY kind"))
        short = store.fetch(
            "SELECT onet_soc, soc, short_title FROM onet_titles "
            "WHERE title = 'Machine Learning Scientist'"
        )
        notice = store.fetch("SELECT notice FROM datasets WHERE source = 'onet'")
        occupations = store.fetch("SELECT count(*) FROM onet_occupations")[0][0]
    assert kinds == {
        "occupation": _lines("Occupation Data.txt"),
        "alternate": _lines("Alternate Titles.txt"),
        "reported": _lines("Sample of Reported Titles.txt"),
    }
    assert short == [("15-2051.00", "15-2051", "ML Scientist")]
    assert occupations == _lines("Occupation Data.txt")
    assert len(notice) == 1 and "O*NET 28.0 Database" in notice[0][0]


def test_release_zip(market: Paths, tmp_path: Path) -> None:
    archive = tmp_path / "db_28_0_text.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for file in RELEASE.iterdir():
            out.write(file, f"db_28_0_text/{file.name}")
    report = import_file(market, "onet", archive, now=clock)
    assert report.release == "28.0"
    with open_market(market, now=clock) as store:
        assert store.fetch("SELECT count(*) FROM onet_titles WHERE kind = 'alternate'") == [
            (_lines("Alternate Titles.txt"),)
        ]


def test_bad_code_is_refused_with_its_line(market: Paths) -> None:
    before = fingerprint(market)
    with pytest.raises(InputError) as raised:
        import_file(market, "onet", UPSTREAM / "onet_bad", now=clock)
    problem = raised.value.problems[0]
    assert (problem.file, problem.line, problem.field) == (
        "Occupation Data.txt",
        3,
        "O*NET-SOC Code",
    )
    assert fingerprint(market) == before


def test_a_folder_without_the_release_files(market: Paths, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing here\n")
    with pytest.raises(InputError, match="not an O\\*NET text release"):
        import_file(market, "onet", tmp_path, now=clock)


def test_mixed_line_endings_and_a_stray_quote_in_a_tab_file(market: Paths, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "db_28_0_text"
    shutil.copytree(RELEASE, folder)
    part = folder / "Alternate Titles.txt"
    lines = part.read_text(encoding="utf-8").splitlines()
    fields = lines[1].split("\t")
    fields[2] = 'The "Data" Wrangler'  # tab files have no quoting: a quote is just a character
    body = "\r\n".join(lines) + "\r\n" + "\t".join(fields) + "\n"
    part.write_bytes(body.encode("utf-8"))
    import_file(market, "onet", folder, now=clock)
    with open_market(market, now=clock) as store:
        found = store.fetch(
            "SELECT count(*) FROM onet_titles WHERE title = ?", ['The "Data" Wrangler']
        )
    assert found == [(1,)]
