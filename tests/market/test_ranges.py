"""Range reports checked against the published source files, computed independently here."""

from __future__ import annotations

import csv
import gzip
import statistics
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from levelset import market
from levelset.errors import InputError
from levelset.market.build import import_file, open_market
from levelset.market.lca_span import MAX_EMPLOYERS
from levelset.market.report import PERCENTILES
from levelset.market.stats import mixture_quantiles, percentile_of
from levelset.market.store import MarketStore
from levelset.paths import Paths
from tests.market.market_home import SHIPPED, UPSTREAM, clock, market_paths

SHARED = Path("/work/shared/data/market")
SF = "0041860"


@cache
def source_rows(name: str) -> list[dict[str, str]]:
    """A published source file: the shared kit when present, else the shipped gzip copy."""
    plain = SHARED / name
    opener: Any = open if plain.exists() else gzip.open
    file = plain if plain.exists() else SHIPPED / f"{name}.gz"
    with opener(file, "rt", encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def published(soc: str, area: str) -> dict[str, str]:
    rows = source_rows("oews_may2025_tech_subset.csv")
    code = soc.replace("-", "")
    return next(
        r
        for r in rows
        if r["soc"] == code and r["area_code"] == area and r["industry_code"] == "000000"
    )


@pytest.fixture
def paths(levelset_home: Path) -> Paths:
    return market_paths(levelset_home)


@pytest.fixture
def store(paths: Paths) -> MarketStore:
    return open_market(paths, now=clock)


def _row(report: market.RangeReport, soc: str) -> Any:  # type: ignore[name-defined]
    return next(r for r in report.ranges if r.soc == soc)


def test_national_data_scientist_cell_is_the_published_one(paths: Paths) -> None:
    report = market.market_range(open_market(paths, now=clock), "Data Scientist")
    row = _row(report, "15-2051")
    national = next(
        r for r in source_rows("oews_may2025_national_all_occupations.csv") if r["soc"] == "152051"
    )
    assert row.values["p50"] == float(national["a_p50"])
    assert row.n == int(national["employment"])
    assert (row.area, row.period) == ("United States", "May 2025")


def test_san_francisco_software_developer_cell_is_the_published_one(paths: Paths) -> None:
    report = market.market_range(
        open_market(paths, now=clock), "Machine Learning Engineer", "senior", "SF"
    )
    row = _row(report, "15-1252")
    source = published("15-1252", SF)
    assert row.values == {p: float(source[f"a_{p}"]) for p in PERCENTILES}
    assert row.n == int(source["employment"])
    assert row.rse == float(source["emp_rse"])
    assert row.area == source["area_name"]


def _crowd_sample(titles: set[str], codes: set[str], country: str, years: set[int]) -> list[float]:
    """The documented rule: identical rows (all eleven columns) count once; full-time only."""
    distinct = {tuple(r.values()): r for r in source_rows("aijobs_salaries_2025-01-19.csv")}
    return sorted(
        float(r["salary_in_usd"])
        for r in distinct.values()
        if r["job_title"].lower() in titles and r["experience_level"] in codes
        and r["employment_type"] == "FT" and r["employee_residence"] == country
        and int(r["work_year"]) in years
    )  # fmt: skip


def test_crowd_senior_ml_engineers_in_the_us_counted_independently(paths: Paths) -> None:
    report = market.market_range(
        open_market(paths, now=clock), "ML Engineer", "senior", "San Francisco"
    )
    crowd = next(r for r in report.ranges if r.source == "crowd")
    titles = {t.lower() for t in report.role.crowd_titles}
    sample = _crowd_sample(titles, {"SE"}, "US", {2024, 2025})
    assert crowd.n == len(sample) > 500
    cuts = statistics.quantiles(sample, n=20, method="inclusive")
    expected = {"p10": cuts[1], "p25": cuts[4], "p50": cuts[9], "p75": cuts[14], "p90": cuts[17]}
    assert crowd.values == pytest.approx(expected, abs=0.01)
    assert crowd.median_ci is not None
    assert crowd.median_ci.low <= crowd.values["p50"] <= crowd.median_ci.high  # type: ignore[operator]
    assert any("no cities" in w for w in report.widened)


def test_thin_recent_crowd_cell_widens_to_every_year(store: MarketStore) -> None:
    from levelset.market.ranges import market_range_in

    report = market_range_in(store, "Research Scientist", "entry", "Canada", source="crowd")
    crowd = report.ranges[0]
    titles = {t.lower() for t in report.role.crowd_titles}
    recent = _crowd_sample(titles, {"EN"}, "CA", {2024, 2025})
    every = _crowd_sample(titles, {"EN"}, "CA", set(range(2020, 2026)))
    assert len(recent) < 10 < len(every) or (len(recent) < 10 and len(every) > len(recent))
    assert crowd.n == len(every)
    assert crowd.period.startswith("2020-2025")
    assert any("widened to 2020-2025" in w for w in report.widened)


def test_missing_metro_cell_widens_to_state_or_nation(paths: Paths) -> None:
    report = market.market_range(
        open_market(paths, now=clock), "Applied Scientist", None, "Abilene"
    )
    row = _row(report, "15-1221")
    texas = published("15-1221", "4800000") if _has("15-1221", "4800000") else None
    expected = "Texas" if texas and texas["a_p50"] not in ("-", "*", "#") else "United States"
    assert not _has("15-1221", "0010180")
    assert row.area == expected
    assert any(w.startswith("OEWS 15-1221") and expected in w for w in report.widened)


def _has(soc: str, area: str) -> bool:
    try:
        published(soc, area)
    except StopIteration:
        return False
    return True


def test_level_bridge_moves_the_blend_to_the_wage_level_percentile(paths: Paths) -> None:
    senior = market.market_range(
        open_market(paths, now=clock), "MLE", "senior", "Seattle", source="oews"
    )
    mid = market.market_range(
        open_market(paths, now=clock), "MLE", "SDE II", "Seattle", source="oews"
    )
    parts = [(r.weight, r.points) for r in senior.ranges if r.source == "oews"]
    at_34, at_50 = mixture_quantiles(parts, [34, 50])
    blend_senior = next(r for r in senior.ranges if r.source == "oews_level")
    blend_mid = next(r for r in mid.ranges if r.source == "oews_level")
    # market money is Decimal: compared with the float statistics as a float
    assert float(blend_senior.values["p50"] or 0) == pytest.approx(at_50, abs=0.01)
    assert float(blend_mid.values["p50"] or 0) == pytest.approx(at_34, abs=0.01)
    ratio = float(blend_mid.values["p75"] / blend_mid.values["p50"])  # type: ignore[operator]
    senior_ratio = float(blend_senior.values["p75"] / blend_senior.values["p50"])  # type: ignore[operator]
    assert ratio == pytest.approx(senior_ratio, rel=1e-4)
    assert "level-adjusted" in blend_mid.flags and "approximate" in blend_mid.flags
    assert any("Level II" in c for c in mid.caveats)


def test_offer_percentiles(paths: Paths) -> None:
    report = market.market_range(
        open_market(paths, now=clock), "MLE", "senior", "US", offer=200_000
    )
    crowd = next(r for r in report.ranges if r.source == "crowd")
    # placed between the shown percentiles only: the exact share of the sample below an offer,
    # asked at many offers in two nested cells, would give away the pay between them (issue 13)
    assert crowd.offer_percentile == round(percentile_of(crowd.points, 200_000) or -1)
    assert crowd.offer_position == f"P{crowd.offer_percentile:.0f}"
    low_p, high_p = crowd.points[0][1], crowd.points[-1][1]
    for step in range(1, 40):  # any offer: only the shown percentiles decide where it sits
        offer = low_p + (high_p - low_p) * step / 40
        placed = market.market_range(
            open_market(paths, now=clock), "MLE", "senior", "US", offer=offer
        )
        cell = next(r for r in placed.ranges if r.source == "crowd")
        assert cell.offer_percentile == round(percentile_of(crowd.points, offer) or -1)
    low = market.market_range(open_market(paths, now=clock), "MLE", "senior", "US", offer=1_000)
    for cell in low.ranges:  # issue 13: outside the shown range even the crowd says "below P10"
        assert cell.offer_position == "below P10" and cell.offer_percentile is None


def test_outside_the_us_there_is_no_oews(paths: Paths) -> None:
    report = market.market_range(open_market(paths, now=clock), "Data Scientist", "mid", "London")
    assert {r.source for r in report.ranges} == {"crowd"}
    assert report.ranges[0].area == "United Kingdom"
    assert any("United States only" in c for c in report.caveats)


def test_headline_blends_crowd_and_oews(paths: Paths) -> None:
    report = market.market_range(open_market(paths, now=clock), "MLE", "senior", "United States")
    assert report.headline is not None
    crowd = next(r for r in report.ranges if r.source == "crowd")
    blend = next(r for r in report.ranges if r.source == "oews_level")
    assert report.headline.mid == pytest.approx((crowd.values["p50"] + blend.values["p50"]) / 2)  # type: ignore[operator]
    assert "weighted equally" in report.headline.method


def test_a_metro_headline_leaves_the_national_crowd_beside_it(paths: Paths) -> None:
    """Issue 13: a range shown under a place comes from that place."""
    report = market.market_range(open_market(paths, now=clock), "MLE", "senior", "SF")
    assert report.headline is not None
    crowd = next(r for r in report.ranges if r.source == "crowd")
    blend = next(r for r in report.ranges if r.source == "oews_level")
    assert crowd.area == "United States" and "wider-area" in crowd.flags
    assert report.headline.mid == blend.values["p50"]
    assert crowd.label not in report.headline.sources
    assert "not blended" in report.headline.method and "United States" in report.headline.method


def test_source_filter_and_bad_source(paths: Paths) -> None:
    only = market.market_range(open_market(paths, now=clock), "MLE", source="crowd")
    assert {r.source for r in only.ranges} == {"crowd"}
    with pytest.raises(InputError):
        market.market_range(open_market(paths, now=clock), "MLE", source="glassdoor")


def test_json_has_the_documented_keys(paths: Paths) -> None:
    data = market.market_range(open_market(paths, now=clock), "MLE", "senior", "SF").to_dict()
    assert {"role", "level", "location"} <= set(data["query"])
    assert data["query"]["level"] == "senior"
    for cell in data["ranges"]:
        assert {"source", "dataset", "area", "n", *PERCENTILES} <= set(cell)
        if cell["source"] == "oews":
            assert cell["soc"]
    assert data["caveats"] and data["headline"]["method"]


def _write_lca(file: Path, rows: list[dict[str, str]]) -> None:
    header = (UPSTREAM / "LCA_Disclosure_Data_FY2024_Q4.csv").read_text().splitlines()[0].split(",")
    with file.open("w", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=header)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in header})


def _filing(i: int, wage: int) -> dict[str, str]:
    return {
        "CASE_NUMBER": f"I-200-24200-{i:06d}",
        "CASE_STATUS": "Certified",
        "RECEIVED_DATE": "2024-07-01",
        "DECISION_DATE": "2024-07-08",
        "VISA_CLASS": "H-1B",
        "JOB_TITLE": "MACHINE LEARNING ENGINEER",
        "SOC_CODE": "15-2051.00",
        "SOC_TITLE": "Data Scientists",
        "FULL_TIME_POSITION": "Y",
        "EMPLOYER_NAME": "EXAMPLE AI, INC." if i % 2 else "OTHER LABS LLC",
        "WORKSITE_CITY": "San Francisco",
        "WORKSITE_STATE": "CA",
        "WAGE_RATE_OF_PAY_FROM": str(wage),
        "WAGE_UNIT_OF_PAY": "Year",
        "PREVAILING_WAGE": "140000",
        "PW_UNIT_OF_PAY": "Year",
        "PW_WAGE_LEVEL": "III",
    }


def test_lca_filings_after_an_import(paths: Paths, tmp_path: Path) -> None:
    wages = [150_000 + 5_000 * i for i in range(12)]
    rows = [_filing(i, wage) for i, wage in enumerate(wages)]
    file = tmp_path / "LCA_Disclosure_Data_FY2024_Q4.csv"
    _write_lca(file, rows)
    import_file(paths, "lca", file, now=clock)
    report = market.market_range(
        open_market(paths, now=clock), "ML Engineer", "senior", "SF", source="lca"
    )
    lca = report.ranges[0]
    assert (lca.source, lca.n, lca.area) == ("lca", 12, "San Francisco-Oakland-Fremont, CA")
    assert lca.values["p50"] == statistics.median(wages)
    company = market.market_range(
        open_market(paths, now=clock),
        "ML Engineer",
        "senior",
        "SF",
        company="Example AI",
        source="lca",
    )
    assert company.ranges[0].n == 6
    assert company.ranges[0].values["p10"] is None  # 6 filings: tails hidden
    limit = [c for c in company.caveats if "employers with the most filings" in c]
    assert len(limit) == 1 and str(MAX_EMPLOYERS) in limit[0]
    assert not any("employers with the most filings" in c for c in report.caveats)
    mid = market.market_range(
        open_market(paths, now=clock), "ML Engineer", "mid", "SF", source="lca"
    )
    assert mid.ranges[0].n < 5 and mid.ranges[0].values["p50"] is None


def test_state_cell_for_a_single_soc_role_is_the_published_one(paths: Paths) -> None:
    report = market.market_range(open_market(paths, now=clock), "SWE", None, "WA", source="oews")
    assert [r.soc for r in report.ranges] == ["15-1252"]  # one SOC, no level: no blend row
    source = published("15-1252", "5300000")
    row = report.ranges[0]
    assert row.values == {p: float(source[f"a_{p}"]) for p in PERCENTILES}
    assert (row.area, row.n) == ("Washington", int(source["employment"]))
    assert report.headline is not None and report.headline.mid == row.values["p50"]


def test_a_narrow_crowd_cell_is_checked_by_hand_hidden_in_the_tails_and_flagged_thin(
    paths: Paths,
) -> None:
    # (MLE in Germany in 2023 used to be this cell; three answers isolate 2 people beside it:
    # senior 2020-2025 minus senior 2024-2025 minus all of 2023, so it is withheld now)
    report = market.market_range(
        open_market(paths, now=clock), "Data Scientist", None, "France", year=2022, source="crowd"
    )
    crowd = report.ranges[0]
    codes = {"EN", "MI", "SE", "EX"}
    sample = _crowd_sample({t.lower() for t in report.role.crowd_titles}, codes, "FR", {2022})
    assert 5 <= crowd.n == len(sample) < 10
    assert crowd.values["p10"] is None and crowd.values["p90"] is None
    assert crowd.values["p50"] == pytest.approx(statistics.median(sample), abs=0.01)
    assert "thin" in crowd.flags and "hidden" in crowd.flags
    assert any("thin" in c and str(crowd.n) in c for c in report.caveats)
    assert report.widened == ()  # a year the user gave is never widened
    assert report.headline is not None and "Thin sample" in report.headline.method


def test_a_large_cell_is_not_flagged_thin(paths: Paths) -> None:
    report = market.market_range(open_market(paths, now=clock), "ML Engineer", "senior", "SF")
    assert all("thin" not in r.flags for r in report.ranges)
    assert not any("thin" in c for c in report.caveats)


def test_a_year_outside_the_crowd_file_says_which_years_it_has(paths: Paths) -> None:
    report = market.market_range(open_market(paths, now=clock), "Data Scientist", year=1999)
    years = {int(r["work_year"]) for r in source_rows("aijobs_salaries_2025-01-19.csv")}
    span = f"{min(years)}-{max(years)}"
    assert any("1999" in h and span in h for h in report.hidden), report.hidden
    assert any("May 2025" in c and "year" in c for c in report.caveats)  # OEWS has one release


def test_a_single_soc_role_at_a_level_says_how_oews_meets_the_level(paths: Paths) -> None:
    report = market.market_range(
        open_market(paths, now=clock), "Registered Nurse", "senior", "Texas"
    )
    assert [r.source for r in report.ranges] == ["oews"]  # senior sits at the median: no move
    assert any("OEWS has no levels" in c and "P50" in c for c in report.caveats)


def test_seattle_data_scientist_cell_is_the_published_one(paths: Paths) -> None:
    report = market.market_range(open_market(paths, now=clock), "Data Scientist", None, "Seattle")
    row = _row(report, "15-2051")
    source = published("15-2051", "0042660")
    assert row.values == {p: float(source[f"a_{p}"]) for p in PERCENTILES}
    assert (row.n, row.rse, row.area) == (
        int(source["employment"]),
        float(source["emp_rse"]),
        source["area_name"],
    )


def test_remote_crowd_cell_counted_by_hand(paths: Paths) -> None:
    report = market.market_range(
        open_market(paths, now=clock), "Data Scientist", "mid", "Remote", source="crowd"
    )
    crowd = report.ranges[0]
    titles = {t.lower() for t in report.role.crowd_titles}
    distinct = {tuple(r.values()): r for r in source_rows("aijobs_salaries_2025-01-19.csv")}
    sample = sorted(
        float(r["salary_in_usd"])
        for r in distinct.values()
        if r["job_title"].lower() in titles and r["experience_level"] == "MI"
        and r["employment_type"] == "FT" and r["employee_residence"] == "US"
        and r["remote_ratio"] == "100" and r["work_year"] in {"2024", "2025"}
    )  # fmt: skip
    assert crowd.n == len(sample) >= 10
    assert crowd.values["p50"] == pytest.approx(statistics.median(sample), abs=0.01)
    assert crowd.area == "Remote, United States"


def test_the_level_caveat_says_moved_only_when_the_blend_was_moved(paths: Paths) -> None:
    senior = market.market_range(open_market(paths, now=clock), "ML Engineer", "senior", "SF")
    staff = market.market_range(open_market(paths, now=clock), "ML Engineer", "staff", "SF")
    blend = {r.source: r for r in senior.ranges}["oews_level"]
    assert "level-adjusted" not in blend.flags
    assert not any("is moved to" in c for c in senior.caveats)
    assert any("sits at its median" in c for c in senior.caveats)
    assert any("moved to staff" in c for c in staff.caveats)


def test_a_state_is_widened_to_the_country_for_the_crowd_in_the_right_words(paths: Paths) -> None:
    report = market.market_range(
        open_market(paths, now=clock), "Data Scientist", None, "Texas", source="crowd"
    )
    assert report.widened == (
        "crowd: the crowd file has no states for Texas; widened to United States",
    )


def test_an_answer_kept_in_the_process_follows_an_import_into_the_same_store(
    paths: Paths, tmp_path: Path
) -> None:
    store = open_market(paths, now=clock)
    before = market.market_range(store, "ML Engineer", "senior", "SF")
    assert market.market_range(store, "ML Engineer", "senior", "SF") == before  # kept, equal
    assert "lca" not in {r.source for r in before.ranges}
    file = tmp_path / "LCA_Disclosure_Data_FY2024_Q4.csv"
    _write_lca(file, [_filing(i, 150_000 + 5_000 * i) for i in range(12)])
    import_file(paths, "lca", file, now=clock)
    after = market.market_range(store, "ML Engineer", "senior", "SF")  # the same store object
    assert [(r.source, r.n) for r in after.ranges if r.source == "lca"] == [("lca", 12)]
    assert [r for r in after.ranges if r.source != "lca"] == list(before.ranges)
