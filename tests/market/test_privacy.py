"""Privacy rules: no cell under 5 data points, no P10/P90 under 10, and the reason said."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import duckdb
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


def _oews_answers(paths: object, offers: tuple[int, ...]) -> list[object]:
    """Every OEWS answer a user can ask about data scientists' roles in and around Boise."""
    answers = []
    with open_market(paths, now=clock) as store:  # type: ignore[arg-type]
        for title, level, where, offer in itertools.product(
            ("Data Scientist", "ML Engineer", "Applied Scientist", "BI Engineer"),
            (None, "mid", "senior", "staff"),
            ("Boise, ID", "Idaho", "United States"),
            (None, *offers),
        ):
            report = market_range_in(store, title, level, where, source="oews", offer=offer)
            answers.append(json.loads(json.dumps(report.to_dict(), default=str)))
    return answers


def test_a_hidden_oews_cell_changes_no_answer(levelset_home: Path) -> None:
    """Non-interference: with the Boise data scientists' cell made a 3-job cell (hidden), its
    wages can be anything and every answer, at every level, area and offer, stays the same, so
    no difference or sum of answers can recover them."""
    paths = market_paths(levelset_home)
    where = "industry_code = '000000' AND soc = '15-2051' AND area_name LIKE 'Boise%'"
    with duckdb.connect(str(paths.market_db)) as db:
        assert db.execute(f"SELECT count(*) FROM oews WHERE {where}").fetchone() == (1,)
        db.execute(f"UPDATE oews SET employment = 3 WHERE {where}")
    offers = (90_000, 120_000, 150_000, 400_000)
    before = _oews_answers(paths, offers)
    hidden = [r for a in before for r in a["ranges"] if r["area"].startswith("Boise")
              and r.get("soc") == "15-2051"]  # fmt: skip
    assert hidden and all(r["p50"] is None and "hidden" in r["flags"] for r in hidden)
    with duckdb.connect(str(paths.market_db)) as db:
        db.execute(
            f"UPDATE oews SET a_p10 = 11111, a_p25 = 22222, a_p50 = 333333, a_p75 = 444444, "
            f"a_p90 = 555555 WHERE {where}"
        )
    assert _oews_answers(paths, offers) == before
