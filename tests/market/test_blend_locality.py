"""The OEWS role blend comes from one area, named on the row: an occupation without wages in the
place is left out of the place's blend (and said so), never blended in from the nation under
the place's name; with no occupation local, the blend is the wider area's, under its name.

Issue 13's QA: senior ML engineer in "Boise, ID" blended 15-1221's national wages at 20% into
the Boise range, and its n (41,660) was mostly national jobs shown under Boise's name. Every
expected figure below is computed here from the shipped OEWS file, not from levelset's rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from levelset.market.build import open_market
from levelset.market.ranges import market_range_in
from levelset.market.report import LEVELS, PERCENTILES, RangeReport, SourceRange
from levelset.market.stats import mixture_quantiles
from levelset.market.store import MarketStore
from tests.cli.runner import run_cli
from tests.market.market_home import clock, market_paths, shipped_rows

MLE = {"15-1252": 0.4, "15-2051": 0.3, "15-1221": 0.2, "15-1299": 0.1}  # roles.yaml
WITHHELD = ("", "*", "#", "-", "**")


@pytest.fixture
def store(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def _published(area_name: str) -> dict[str, dict[str, str]]:
    """The cross-industry rows of the MLE codes with a published median in one area, by SOC."""
    rows = shipped_rows("oews_may2025_tech_subset.csv.gz")
    codes = {s.replace("-", ""): s for s in MLE}
    return {
        codes[r["soc"]]: r
        for r in rows
        if r["soc"] in codes
        and r["area_name"] == area_name
        and r["industry_code"] == "000000"
        and r["a_p50"] not in WITHHELD
    }


def _expected(rows: dict[str, dict[str, str]]) -> dict[str, float]:
    """The weighted mixture of these rows (weights renormalised over them), at P10..P90."""
    parts = [
        (
            MLE[soc],
            [(LEVELS[p], float(r[f"a_{p}"])) for p in PERCENTILES if r[f"a_{p}"] not in WITHHELD],
        )
        for soc, r in rows.items()
    ]
    values = mixture_quantiles(parts, [LEVELS[p] for p in PERCENTILES])
    return {p: round(v, 2) for p, v in zip(PERCENTILES, values, strict=True)}


def _blend(report: RangeReport) -> SourceRange:
    (blend,) = [r for r in report.ranges if r.source == "oews_level"]
    return blend


def _values(row: SourceRange) -> dict[str, float]:
    return {p: float(v) for p, v in row.values.items() if v is not None}


@pytest.mark.parametrize(
    ("typed", "metro", "left_out"),
    [
        ("Boise, ID", "Boise City, ID", {"15-1221"}),
        ("Coeur d'Alene, ID", "Coeur d'Alene, ID", {"15-2051", "15-1221"}),
        ("Bowling Green, KY", "Bowling Green, KY", {"15-1221", "15-1299"}),
    ],
)
def test_a_thin_metro_blends_only_its_own_occupations_and_names_the_ones_left_out(
    store: MarketStore, typed: str, metro: str, left_out: set[str]
) -> None:
    local = _published(metro)
    assert set(MLE) - set(local) == left_out  # the shipped file: these codes have no metro wages
    report = market_range_in(store, "ML engineer", "senior", typed)
    assert report.place is not None and report.place.name == metro
    blend = _blend(report)
    assert blend.label == "OEWS blend at senior" and blend.area == metro
    assert "widened" not in blend.flags
    assert blend.n == sum(int(r["employment"]) for r in local.values())  # the metro's jobs only
    assert _values(blend) == pytest.approx(_expected(local), abs=0.01)
    (note,) = [n for n in blend.notes if n.startswith("left out of the blend")]
    for soc in left_out:
        row = next(r for r in report.ranges if r.soc == soc)
        assert row.area != metro and "widened" in row.flags  # shown beside, under its own area
        assert f"{soc} " in note and f"its {row.area} row is shown beside the blend" in note
    assert "renormalised" in note
    said = f"The OEWS blend for {metro} is of the occupations"
    assert any(c.startswith(said) for c in report.caveats)
    head = report.headline
    assert head is not None and blend.label in head.sources
    assert f"{blend.label} (" not in head.method  # never named as from a wider area


def test_a_metro_with_every_occupation_local_is_unchanged(store: MarketStore) -> None:
    metro = "Seattle-Tacoma-Bellevue, WA"
    local = _published(metro)
    assert set(local) == set(MLE)
    report = market_range_in(store, "ML engineer", "senior", "Seattle")
    blend = _blend(report)
    assert blend.label == "OEWS blend at senior" and blend.area == metro
    assert blend.flags == ("approximate",)
    assert blend.n == sum(int(r["employment"]) for r in local.values())
    assert _values(blend) == pytest.approx(_expected(local), abs=0.01)
    assert blend.notes == (
        "weighted mixture of the occupations' distributions "
        "(15-1252 40%, 15-2051 30%, 15-1221 20%, 15-1299 10%)",
    )
    assert not any("left out" in c for c in report.caveats)
    assert all(r.area == metro for r in report.ranges if r.source.startswith("oews"))


@pytest.mark.parametrize(
    ("typed", "metro", "state"),
    [("Gadsden, AL", "Gadsden, AL", "Alabama"), ("Eagle Pass, TX", "Eagle Pass, TX", "Texas")],
)
def test_a_metro_without_any_local_occupation_gets_the_state_blend_under_the_states_name(
    store: MarketStore, typed: str, metro: str, state: str
) -> None:
    assert _published(metro) == {}  # BLS publishes none of the four codes there
    wide = _published(state)
    report = market_range_in(store, "ML engineer", "senior", typed)
    assert report.place is not None and report.place.name == metro
    blend = _blend(report)
    assert blend.label == f"OEWS blend at senior, {state}" and blend.area == state
    assert metro not in blend.label and "widened" in blend.flags
    assert blend.n == sum(int(r["employment"]) for r in wide.values())
    assert _values(blend) == pytest.approx(_expected(wide), abs=0.01)
    why = f"no occupation of the role has published wages for {metro}"
    assert f"OEWS blend: {why}; widened to {state}" in report.widened
    head = report.headline
    assert head is not None and blend.label in head.sources
    assert f"{blend.label} ({state})" in head.method


def test_the_boise_blend_does_not_move_with_the_national_row_it_leaves_out(
    levelset_home: Path,
) -> None:
    """Non-interference: 15-1221's national wages can be anything; Boise's blend stays put."""
    paths = market_paths(levelset_home)
    with open_market(paths, now=clock) as store:
        before = _blend(market_range_in(store, "ML engineer", "staff", "Boise, ID"))
    where = "industry_code = '000000' AND soc = '15-1221' AND areatype = 'N'"
    with duckdb.connect(str(paths.market_db)) as db:
        assert db.execute(f"SELECT count(*) FROM oews WHERE {where}").fetchone() == (1,)
        db.execute(
            f"UPDATE oews SET a_p10 = 300000, a_p25 = 320000, a_p50 = 340000, a_p75 = 360000, "
            f"a_p90 = 380000 WHERE {where}"
        )
    with open_market(paths, now=clock) as store:
        report = market_range_in(store, "ML engineer", "staff", "Boise, ID")
    assert _blend(report) == before
    assert next(r for r in report.ranges if r.soc == "15-1221").values["p50"] == 340000


def test_the_json_says_the_same(levelset_home: Path) -> None:
    market_paths(levelset_home)
    argv = ["range", "ML engineer", "--level", "senior", "--location", "Boise, ID", "--json"]
    data = json.loads(run_cli(*argv).stdout)
    local = _published("Boise City, ID")
    (blend,) = [r for r in data["ranges"] if r["source"] == "oews_level"]
    assert blend["label"] == "OEWS blend at senior" and blend["area"] == "Boise City, ID"
    assert blend["n"] == sum(int(r["employment"]) for r in local.values())
    assert blend["p50"] == pytest.approx(_expected(local)["p50"], abs=0.01)
    assert "widened" not in blend["flags"]
    assert any(n.startswith("left out of the blend: 15-1221") for n in blend["notes"])
    national = next(r for r in data["ranges"] if r.get("soc") == "15-1221")
    assert national["area"] == "United States" and "widened" in national["flags"]
    assert "OEWS blend at senior" in data["headline"]["sources"]
    assert any("15-1221" in c and "left out" in c for c in data["caveats"])
