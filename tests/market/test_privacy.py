"""Privacy rules: no cell under 5 data points, no P10/P90 under 10, and the reason said."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from levelset.market.build import open_market
from levelset.market.privacy import MIN_CELL, MIN_TAILS, suppress
from levelset.market.ranges import market_range_in
from tests.market.market_home import clock, market_paths

CELL = {"p10": 1.0, "p25": 2.0, "p50": 3.0, "p75": 4.0, "p90": 5.0}


@given(st.integers(min_value=0, max_value=50))
def test_rules_by_sample_size(n: int) -> None:
    shown, suppression = suppress(n, CELL, "cell")
    if n < MIN_CELL:
        assert all(v is None for v in shown.values())
        assert set(suppression.hidden) == set(CELL)
    elif n < MIN_TAILS:
        assert shown["p10"] is None and shown["p90"] is None
        assert shown["p25"] == 2.0 and shown["p50"] == 3.0 and shown["p75"] == 4.0
        assert suppression.hidden == ("p10", "p90")
    else:
        assert shown == CELL and not suppression.any
    assert (suppression.reason is None) == (n >= MIN_TAILS)
    if suppression.reason:
        assert str(n) in suppression.reason


def test_a_thin_crowd_cell_is_hidden_and_the_report_says_so(levelset_home: Path) -> None:
    store = open_market(market_paths(levelset_home), now=clock)
    # principal-level ML engineers in Austria: a handful of submissions at most
    report = market_range_in(store, "ML Engineer", "principal", "Austria", source="crowd")
    crowd = report.ranges[0]
    assert crowd.n < MIN_TAILS
    assert crowd.values["p10"] is None and crowd.values["p90"] is None
    assert "hidden" in crowd.flags
    assert crowd.median_ci is None
    assert any("crowd" in line.lower() and str(crowd.n) in line for line in report.hidden)
    assert report.to_dict()["ranges"][0]["p90"] is None
