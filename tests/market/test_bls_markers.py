"""BLS markers honoured: employment withheld with wages published, top-coded wages, equal
adjacent percentiles, and the widened flag on rows moved to a wider area."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from levelset.market.build import import_file, open_market
from levelset.market.ranges import market_range_in
from levelset.market.stats import mixture_quantiles
from tests.cli.runner import run_cli
from tests.market.market_home import SHIPPED, UPSTREAM, clock, market_paths


def _published(soc: str, area_name: str) -> dict[str, str]:
    with gzip.open(SHIPPED / "oews_may2025_tech_subset.csv.gz", "rt", newline="") as stream:
        return next(
            r
            for r in csv.DictReader(stream)
            if r["soc"] == soc and r["area_name"] == area_name and r["industry_code"] == "000000"
        )


def test_wages_published_with_employment_withheld_are_shown(levelset_home: Path) -> None:
    store = open_market(market_paths(levelset_home), now=clock)
    source = _published("152041", "Vermont")
    assert source["employment"] == "-" and source["a_p50"] == "82210"  # BLS's own row
    report = market_range_in(store, "Statistician", None, "Vermont", source="oews")
    row = report.ranges[0]
    assert (row.area, float(row.values["p50"] or 0)) == ("Vermont", 82210.0)
    assert "employment-not-released" in row.flags and "hidden" not in row.flags
    assert row.n_label == "employment not released"
    out = " ".join(
        run_cli("range", "Statistician", "-p", "Vermont", "--source", "oews").stdout.split()
    )
    assert "not released" in out and "$82k" in out and "0 jobs" not in out


def test_a_top_coded_wage_is_a_floor_shown_as_such_and_kept_out_of_blends(
    levelset_home: Path,
) -> None:
    paths = market_paths(levelset_home)
    import_file(
        paths, "oews", UPSTREAM / "oews_flat" / "oe.data.0.Current", now=clock
    )  # P90 is '#'
    store = open_market(paths, now=clock)
    report = market_range_in(store, "Research Scientist", "staff", "SF", source="oews")
    top = next(r for r in report.ranges if r.soc == "15-1221")
    assert top.topcoded == ("p90",) and "top-coded" in top.flags
    assert all(p != 90.0 for p, _ in top.points)  # not a point of any blend or placement
    assert top.to_dict()["top_coded"] == ["p90"]
    blend = next(r for r in report.ranges if r.source == "oews_level")
    exact = [float(v) for k, v in top.values.items() if v is not None and k != "p90"]
    shown = [float(v) for v in blend.values.values() if v is not None]
    assert shown and max(shown) <= max(exact) * 1.5  # nothing invented far above the floor
    out = run_cli("range", "Research Scientist", "-l", "staff", "-p", "SF", "--source", "oews")
    assert "≥$239k" in out.stdout


published = st.lists(
    st.sampled_from([60_000.0, 70_000.0, 82_210.0, 90_000.0, 105_000.0, 120_000.0]),
    min_size=5,
    max_size=5,
).map(lambda v: list(zip((10.0, 25.0, 50.0, 75.0, 90.0), sorted(v), strict=True)))


@settings(max_examples=200, deadline=None)
@given(published, published, st.floats(min_value=0.05, max_value=0.95))
def test_a_blend_median_lies_between_the_medians_of_its_parts(
    a: list[tuple[float, float]], b: list[tuple[float, float]], weight: float
) -> None:
    """Equal adjacent percentiles (a jump in the CDF) never push the median above both."""
    median = mixture_quantiles([(weight, a), (1 - weight, b)], [50.0])[0]
    low, high = sorted((a[2][1], b[2][1]))
    assert low - 1e-6 <= median <= high + 1e-6


def test_oews_rows_moved_to_a_wider_area_carry_the_widened_flag(levelset_home: Path) -> None:
    store = open_market(market_paths(levelset_home), now=clock)
    report = market_range_in(store, "Applied Scientist", None, "Abilene", source="oews")
    moved = [r for r in report.ranges if r.source == "oews" and r.area != report.place.name]  # type: ignore[union-attr]
    assert moved and all("widened" in r.flags for r in moved)
    assert len(report.widened) >= len(moved)
