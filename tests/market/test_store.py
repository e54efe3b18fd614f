"""The market store built from the shipped files: tables, published cells, de-duplication."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from levelset.market import catalog
from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.paths import Paths
from tests.market.market_home import clock, market_paths, shipped_rows

CONTRACT_TABLES = {
    "oews",
    "crowd",
    "onet_occupations",
    "onet_titles",
    "lca",
    "level_map",
    "datasets",
}


@pytest.fixture
def store(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def _number(text: str) -> float | None:
    return None if text in ("-", "*", "**", "#", "") else float(text)


def test_first_open_builds_the_store_from_the_shipped_files(paths: Paths) -> None:
    notes: list[str] = []
    assert not paths.market_db.exists()
    with open_market(paths, progress=lambda step, _done: notes.append(step), now=clock) as store:
        assert store.tables() >= CONTRACT_TABLES
        built_at = store.meta()["built_at"]
    assert notes and "loading" in notes[0]
    seen = len(notes)
    with open_market(paths, progress=lambda step, _done: notes.append(step), now=clock) as again:
        assert again.meta()["built_at"] == built_at  # not rebuilt
    assert len(notes) == seen


def test_no_staging_tables_are_left_behind(store: MarketStore) -> None:
    assert not [t for t in store.tables() if t.endswith("stage")]


def test_national_cells_equal_the_published_file(store: MarketStore) -> None:
    published = {r["soc"]: r for r in shipped_rows("oews_may2025_national_all_occupations.csv.gz")}
    stored = {
        soc: (employment, a_p50, a_p90)
        for soc, employment, a_p50, a_p90 in store.fetch(
            "SELECT replace(soc, '-', ''), employment, a_p50, a_p90 FROM oews "
            "WHERE areatype = 'N' AND industry_code = '000000'"
        )
    }
    assert set(published) <= set(stored)
    for soc, row in published.items():
        assert stored[soc] == (
            _number(row["employment"]),
            _number(row["a_p50"]),
            _number(row["a_p90"]),
        ), soc


def test_data_scientists_national_row(store: MarketStore) -> None:
    row = next(
        r
        for r in shipped_rows("oews_may2025_national_all_occupations.csv.gz")
        if r["soc"] == "152051"
    )
    found = store.fetch_dicts(
        "SELECT * FROM oews WHERE soc = ? AND areatype = 'N' AND industry_code = '000000'",
        ["15-2051"],
    )
    assert len(found) == 1
    cell = found[0]
    assert cell["occupation"] == "Data Scientists"
    assert cell["employment"] == float(row["employment"])
    assert cell["a_p50"] == float(row["a_p50"])
    assert cell["emp_rse"] == float(row["emp_rse"])
    assert cell["release"] == "May 2025"


def test_san_francisco_software_developers(store: MarketStore) -> None:
    row = next(
        r
        for r in shipped_rows("oews_may2025_tech_subset.csv.gz")
        if r["soc"] == "151252" and r["area_name"].startswith("San Francisco")
    )
    cell = store.fetch_dicts(
        "SELECT * FROM oews WHERE soc = '15-1252' AND area_code = ?", [row["area_code"]]
    )[0]
    assert cell["areatype"] == "M" and cell["state_code"] == "06"
    for column in ("employment", "a_p10", "a_p25", "a_p50", "a_p75", "a_p90", "h_p50"):
        assert cell[column] == float(row[column]), column
    assert cell["a_p90_topcoded"] is False
    assert cell["dataset"] == catalog.OEWS_TECH.name


def test_values_bls_did_not_publish_are_null(store: MarketStore) -> None:
    row = next(r for r in shipped_rows("oews_may2025_tech_subset.csv.gz") if r["a_p50"] == "-")
    cell = store.fetch_dicts(
        "SELECT a_p50, a_mean FROM oews WHERE soc = ? AND area_code = ? AND industry_code = ?",
        [f"{row['soc'][:2]}-{row['soc'][2:]}", row["area_code"], row["industry_code"]],
    )
    assert cell == [{"a_p50": None, "a_mean": None}]


def test_every_shipped_oews_row_is_stored_once(store: MarketStore) -> None:
    tech = shipped_rows("oews_may2025_tech_subset.csv.gz")
    national = shipped_rows("oews_may2025_national_all_occupations.csv.gz")
    keys = {(r["soc"], r["area_code"], r["industry_code"]) for r in tech}
    keys |= {(r["soc"], "0000000", "000000") for r in national}
    stored = store.fetch(
        "SELECT count(*), count(DISTINCT (soc, area_code, industry_code)) FROM oews"
    )[0]
    assert stored == (len(keys), len(keys))


def test_crowd_is_deduplicated_with_copies(store: MarketStore) -> None:
    rows = shipped_rows("aijobs_salaries_2025-01-19.csv.gz")
    counted = Counter(tuple(r.values()) for r in rows)
    total, distinct, most = store.fetch("SELECT sum(copies), count(*), max(copies) FROM crowd")[0]
    assert (total, distinct, most) == (len(rows), len(counted), max(counted.values()))
    example, copies = counted.most_common(1)[0]
    found = store.fetch(
        "SELECT copies FROM crowd WHERE work_year = ? AND experience_level = ? "
        "AND job_title = ? AND salary = ? AND salary_currency = ? AND employee_residence = ? "
        "AND company_location = ? AND remote_ratio = ?",
        [
            int(example[0]),
            example[1],
            example[3],
            float(example[4]),
            example[5],
            example[7],
            example[9],
            int(example[8]),
        ],
    )
    assert found == [(copies,)]


def test_crowd_rows_carry_their_snapshot(store: MarketStore) -> None:
    assert store.fetch("SELECT DISTINCT snapshot, dataset FROM crowd") == [
        ("2025-01-19", catalog.CROWD.name)
    ]


def test_onet_titles_of_every_kind(store: MarketStore) -> None:
    counts = dict(store.fetch("SELECT kind, count(*) FROM onet_titles GROUP BY kind"))
    alternate = shipped_rows_tsv("onet27_Alternate_Titles.txt.gz")
    occupations = shipped_rows_tsv("onet27_Occupation_Data.txt.gz")
    assert counts["alternate"] == len(alternate)
    assert counts["occupation"] == len(occupations)
    assert counts["reported"] > 0
    mle = store.fetch(
        "SELECT onet_soc, soc FROM onet_titles WHERE title = 'Machine Learning "
        "Engineer' AND kind = 'alternate'"
    )
    assert ("15-1299.08", "15-1299") in mle


def shipped_rows_tsv(name: str) -> list[str]:
    import gzip

    with gzip.open(catalog_dir() / name, "rt", encoding="utf-8") as stream:
        return stream.read().splitlines()[1:]


def catalog_dir() -> Path:
    from levelset.market.build import SHIPPED_DIR

    return SHIPPED_DIR


def test_level_map_and_lca(store: MarketStore) -> None:
    levels = shipped_rows("level_mapping_swe_ic.csv")
    stored = store.fetch_dicts("SELECT band, google, meta, confidence FROM level_map ORDER BY band")
    assert [r["google"] for r in stored] == [r["google"] for r in levels]
    assert stored[0]["band"] == 1
    assert store.fetch("SELECT count(*) FROM lca") == [(0,)]


def test_datasets_count_what_the_tables_hold(store: MarketStore) -> None:
    found = {r["name"]: r for r in store.fetch_dicts("SELECT * FROM datasets")}
    assert set(found) == {d.name for d in catalog.SHIPPED}
    crowd_rows = store.fetch("SELECT count(*) FROM crowd")[0][0]
    assert found[catalog.CROWD.name]["rows"] == crowd_rows
    oews_rows = store.fetch("SELECT count(*) FROM oews")[0][0]
    assert (
        found[catalog.OEWS_TECH.name]["rows"] + found[catalog.OEWS_NATIONAL.name]["rows"]
        == oews_rows
    )
    assert "O*NET 27.0 Database" in (found[catalog.ONET.name]["notice"] or "")
    assert all(r["citation"] and r["licence"] and r["release"] for r in found.values())


def test_readers_share_the_file_and_follow_an_import(paths: Paths) -> None:
    from levelset.market.build import import_file
    from tests.market.market_home import UPSTREAM

    market_paths(paths.home)
    first, second = open_market(paths, now=clock), open_market(paths, now=clock)
    shipped = first.fetch("SELECT count(*) FROM crowd")
    assert second.fetch("SELECT count(*) FROM crowd") == shipped
    report = import_file(paths, "crowd", UPSTREAM / "aijobs_salaries_2025-06-01.csv", now=clock)
    assert first.fetch("SELECT count(*) FROM crowd") == [(report.rows,)]  # the new file
    assert second.fetch("SELECT count(*) FROM crowd") == [(report.rows,)]
    first.close()
    assert second.fetch("SELECT DISTINCT snapshot FROM crowd") == [("2025-06-01",)]
    second.close()


def test_a_store_from_an_older_version_is_rebuilt(paths: Paths) -> None:
    import duckdb

    market_paths(paths.home)
    with duckdb.connect(str(paths.market_db)) as con:
        con.execute("UPDATE meta SET value = 'old' WHERE key = 'shipped'")
    notes: list[str] = []
    with open_market(paths, progress=lambda step, _done: notes.append(step), now=clock) as store:
        assert store.meta()["shipped"] != "old"
    assert notes


def test_rebuild_reports_progress_per_dataset(paths: Paths) -> None:
    from levelset.market.build import rebuild

    reports: list[tuple[str, float]] = []
    report = rebuild(paths, progress=lambda label, done: reports.append((label, done)), now=clock)
    labels = [label for label, _ in reports]
    assert labels[:2] == ["loading oews_tech", "loading oews_national"]
    assert "loading crowd" in labels and reports[-1] == ("done", 1.0)
    assert [done for _, done in reports] == sorted(done for _, done in reports)
    assert {name for name, _ in report.datasets} == {d.name for d in catalog.SHIPPED}
