"""Locality, age and base pay: a national number never reads as local, old data is flagged,
and the headline says it is base pay."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.ranges import market_range_in
from levelset.market.registry import preferred
from levelset.market.store import MarketStore
from tests.cli.runner import run_cli
from tests.market.market_home import clock, market_paths

TODAY = dt.date(2026, 12, 4)


@pytest.fixture
def store(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def test_a_national_crowd_cell_is_shown_beside_a_metro_never_blended_into_it(
    store: MarketStore,
) -> None:
    for place, title, level in (("Seattle", "MLE", "senior"), ("Boise City", "MLE", "principal")):
        report = market_range_in(store, title, level, place, today=TODAY)
        crowd = next(r for r in report.ranges if r.source == "crowd")
        assert crowd.area == "United States" and "wider-area" in crowd.flags
        assert report.headline is not None and report.headline.sources
        assert crowd.label not in report.headline.sources
        assert f"not blended (a wider area than the place): {crowd.label}" in report.headline.method
        anchor = preferred([r for r in report.ranges if r.shown])
        assert anchor is not None and anchor.source != "crowd"  # the place's own range


def test_every_row_names_the_area_its_numbers_come_from(store: MarketStore) -> None:
    for place in ("Seattle", "Boise City", "Texas", "Anchorage", "NYC"):
        report = market_range_in(store, "Data Scientist", "mid", place)
        assert report.place is not None
        for row in report.ranges:
            if row.source == "crowd":
                assert row.area == "United States"
            elif "widened" not in row.flags:
                assert row.area == report.place.name, (place, row.label, row.area)


def test_sources_older_than_a_year_are_flagged_with_their_age(store: MarketStore) -> None:
    report = market_range_in(store, "MLE", "senior", "United States", today=TODAY)
    crowd = next(r for r in report.ranges if r.source == "crowd")
    assert crowd.as_of == dt.date(2025, 1, 19) and crowd.age_months == 22
    assert "dated" in crowd.flags
    assert report.headline is not None and any("22 months old" in d for d in report.headline.dated)
    assert any(c.startswith("Older than 12 months") for c in report.caveats)
    fresh = market_range_in(store, "MLE", "senior", "SF", today=dt.date(2025, 6, 1))
    assert all("dated" not in r.flags for r in fresh.ranges)
    assert fresh.headline is not None and fresh.headline.dated == ()
    data = report.to_dict()
    assert data["ranges"][0]["as_of"] == "2025-01-19" and data["ranges"][0]["age_months"] == 22


def test_the_headline_says_base_pay_and_what_it_leaves_out(store: MarketStore) -> None:
    report = market_range_in(store, "MLE", "staff", "SF")
    assert report.headline is not None
    assert report.headline.measures == "base pay"
    assert "Base pay only" in report.headline.leaves_out
    assert "two to three times base" in report.headline.leaves_out
    out = run_cli("range", "MLE", "-l", "senior", "-p", "SF").stdout
    assert "Headline range (base pay):" in out and "Dated:" in out
    assert " ".join(out.split()).count("never its total") == 1


def test_a_headline_under_a_place_names_the_wider_area_its_numbers_come_from(
    store: MarketStore,
) -> None:
    """Statisticians in Boise: BLS publishes no metro wages, so the headline is the national
    row; it said only 'Taken from the OEWS range alone' under Boise's name."""
    report = market_range_in(store, "Statistician", None, "Boise", today=TODAY)
    assert report.place is not None and report.place.name == "Boise City, ID"
    (used,) = [r for r in report.ranges if report.headline and r.label in report.headline.sources]
    assert used.area == "United States" and "widened" in used.flags
    assert report.headline is not None
    assert (
        f"Its numbers come from a wider area than Boise City, ID: {used.label} (United States)."
        in report.headline.method
    )
    # the MLE blend left out the one code Boise does not publish: it is Boise's alone now
    boise = market_range_in(store, "MLE", "senior", "Boise", today=TODAY).headline
    assert boise is not None and "numbers come from a wider area" not in boise.method
    state = market_range_in(store, "MLE", "senior", "Gadsden, AL", today=TODAY).headline
    assert state is not None and state.method.endswith(
        "Its numbers come from a wider area than Gadsden, AL: "
        "OEWS blend at senior, Alabama (Alabama)."
    )
    local = market_range_in(store, "MLE", "senior", "Seattle", today=TODAY).headline
    assert local is not None and "numbers come from a wider area" not in local.method


def test_a_source_cited_once_when_a_metro_and_its_national_row_share_it(store: MarketStore) -> None:
    """Senior MLE in Boise: one OEWS code widened to the nation listed BLS's citation twice."""
    report = market_range_in(store, "Machine Learning Engineer", "senior", "Boise, ID", today=TODAY)
    assert any("widened" in r.flags for r in report.ranges if r.source == "oews")
    bls = [c for c in report.sources_cited if "Bureau of Labor Statistics" in c]
    assert len(bls) == 1, report.sources_cited
    assert len(report.sources_cited) == len(set(report.sources_cited))
