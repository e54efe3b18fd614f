"""An OEWS role blend over thin cells is flagged thin and says why (market/bridge.thin_note).

Issue 13: a blend over a metro whose cells BLS publishes with employment withheld or uncertain
was shown like any other. The rule: a cell's employment is thin when BLS did not release it,
when it is under privacy.THIN jobs, or when its relative standard error is over THIN_RSE%; a
blend is thin when more than half of its (renormalised) weight rests on thin cells, or when the
employment it sums is under THIN. Every cell named below is read from the shipped OEWS file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from levelset.market.bridge import THIN_RSE
from levelset.market.build import open_market
from levelset.market.privacy import THIN
from levelset.market.ranges import market_range_in
from levelset.market.report import RangeReport, SourceRange
from levelset.market.store import MarketStore
from tests.cli.runner import run_cli
from tests.market.market_home import clock, market_paths, shipped_rows


@pytest.fixture
def store(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def _shipped(soc: str, area_name: str) -> dict[str, str]:
    (row,) = [
        r
        for r in shipped_rows("oews_may2025_tech_subset.csv.gz")
        if r["soc"] == soc.replace("-", "")
        and r["area_name"] == area_name
        and r["industry_code"] == "000000"
    ]
    return row


def _blend(report: RangeReport) -> SourceRange:
    (blend,) = [r for r in report.ranges if r.source == "oews_level"]
    return blend


def test_a_blend_whose_cells_bls_withholds_employment_for_is_thin_and_not_zero_jobs(
    store: MarketStore,
) -> None:
    # Tyler, TX: BLS publishes Data Scientists' wages there but withholds the employment
    assert _shipped("15-2051", "Tyler, TX")["employment"] == "-"
    report = market_range_in(store, "data scientist", "senior", "Tyler, TX")
    blend = _blend(report)
    assert blend.area == "Tyler, TX"
    assert {"thin", "employment-not-released"} <= set(blend.flags)
    assert blend.n_label == "employment not released"  # never "0 jobs"
    (why,) = [n for n in blend.notes if n.startswith("thin: ")]
    assert "15-2051 employment not released by BLS" in why
    assert any(c.startswith("OEWS blend at senior for Tyler, TX is thin") for c in report.caveats)
    head = report.headline
    assert head is not None and "Thin sample: OEWS blend at senior (100% of its weight" in (
        head.method
    )


def test_a_blend_resting_mostly_on_an_uncertain_cell_is_thin(store: MarketStore) -> None:
    row = _shipped("15-1252", "Morristown, TN")
    jobs, rse = int(row["employment"]), float(row["emp_rse"])
    assert jobs >= THIN and rse > THIN_RSE  # published, but BLS's own error is large
    report = market_range_in(store, "ML engineer", "senior", "Morristown, TN")
    blend = _blend(report)
    assert "thin" in blend.flags and "employment-not-released" not in blend.flags
    (why,) = [n for n in blend.notes if n.startswith("thin: ")]
    assert f"15-1252 {jobs} jobs, relative standard error {rse:.0f}%" in why
    assert "80% of its weight" in why  # 15-1252 is 40% of the role, renormalised over 50%


def test_exactly_half_of_the_weight_on_a_thin_cell_is_not_most(store: MarketStore) -> None:
    # Savannah, GA: 15-1252 (40% of the role) has an RSE over 30%; 15-1221 has no wages there,
    # so the blend renormalises over 80% of the role and 15-1252 holds half of it, not more
    row = _shipped("15-1252", "Savannah, GA")
    assert float(row["emp_rse"]) > THIN_RSE
    blend = _blend(market_range_in(store, "ML engineer", "senior", "Savannah, GA"))
    assert "(15-1252 50%," in blend.notes[0]
    assert "thin" not in blend.flags
    assert not any(n.startswith("thin: ") for n in blend.notes)


def test_a_thick_metro_blend_is_not_thin(store: MarketStore) -> None:
    report = market_range_in(store, "ML engineer", "senior", "Seattle")
    assert "thin" not in _blend(report).flags
    assert not any("is thin" in c for c in report.caveats)


def test_an_offer_on_a_thin_blend_is_placed_between_shown_percentiles(store: MarketStore) -> None:
    report = market_range_in(store, "ML engineer", "senior", "Morristown, TN", offer=100_000)
    blend = _blend(report)
    assert blend.offer_percentile is None  # a band, never an exact share
    assert blend.offer_position is not None and "-" in blend.offer_position


def test_the_cli_and_json_say_thin(levelset_home: Path) -> None:
    market_paths(levelset_home)
    argv = ["range", "data scientist", "--level", "senior", "--location", "Tyler, TX"]
    shown = run_cli(*argv).stdout
    assert "thin" in shown and "employment" in shown and "not released" in shown
    data = json.loads(run_cli(*argv, "--json").stdout)
    (blend,) = [r for r in data["ranges"] if r["source"] == "oews_level"]
    assert "thin" in blend["flags"] and blend["n_counts"] == "employment not released"
    assert blend["area"] == "Tyler, TX" and blend["dataset"] and blend["release"]
    assert any("is thin" in c for c in data["caveats"])


# A single OEWS row is judged by the same rule (issue 13: a row shown alone, not blended, was
# never flagged thin, whatever BLS said of its employment).


def _row(report: RangeReport, soc: str) -> SourceRange:
    (row,) = [r for r in report.ranges if r.source == "oews" and r.soc == soc]
    return row


def test_a_row_shown_alone_whose_employment_bls_withholds_is_thin(store: MarketStore) -> None:
    # Burlington, VT: BLS publishes Statisticians' wages there but withholds the employment;
    # the title is one O*NET occupation, so its row is the whole OEWS answer (no blend)
    assert _shipped("15-2041", "Burlington-South Burlington, VT")["employment"] == "-"
    report = market_range_in(store, "statistician", None, "Burlington, VT")
    assert not [r for r in report.ranges if r.source == "oews_level"]
    row = _row(report, "15-2041")
    assert {"thin", "employment-not-released"} <= set(row.flags)
    assert "thin: employment not released by BLS" in row.notes
    assert any(
        c.startswith("OEWS 15-2041 Statisticians for Burlington-South Burlington, VT is thin")
        for c in report.caveats
    )
    head = report.headline
    assert head is not None and "Taken from the OEWS range alone" in head.method
    assert "Thin sample: OEWS 15-2041 Statisticians (employment not released by BLS)" in (
        head.method
    )


def test_a_row_with_an_uncertain_employment_estimate_is_thin_and_says_its_error(
    store: MarketStore,
) -> None:
    row = _shipped("15-1252", "Morristown, TN")
    jobs, rse = int(row["employment"]), float(row["emp_rse"])
    cell = _row(market_range_in(store, "ML engineer", "senior", "Morristown, TN"), "15-1252")
    assert "thin" in cell.flags
    assert f"thin: {jobs} jobs, relative standard error {rse:.0f}%" in cell.notes


def test_a_row_is_thin_by_its_own_employment_whether_or_not_its_blend_is(
    store: MarketStore,
) -> None:
    # Savannah, GA: the blend holds exactly half its weight on 15-1252 (not thin), but the
    # row itself is shown with its uncertain estimate, so it is flagged wherever it appears
    report = market_range_in(store, "ML engineer", "senior", "Savannah, GA")
    assert "thin" not in _blend(report).flags
    assert "thin" in _row(report, "15-1252").flags
    thick = market_range_in(store, "ML engineer", "senior", "Seattle")
    assert not any("thin" in r.flags for r in thick.ranges if r.source.startswith("oews"))


def test_an_offer_on_a_thin_row_shown_alone_is_placed_in_a_band(store: MarketStore) -> None:
    report = market_range_in(store, "data scientist", None, "Fort Collins, CO", offer=100_000)
    row = _row(report, "15-2051")
    assert "thin" in row.flags
    assert row.offer_percentile is None  # a band between shown percentiles, never exact
    assert row.offer_position is not None and "-" in row.offer_position


def test_the_cli_and_json_say_a_single_row_is_thin(levelset_home: Path) -> None:
    market_paths(levelset_home)
    argv = ["range", "statistician", "--location", "Burlington, VT"]
    shown = run_cli(*argv).stdout
    assert "Statisticians for Burlington-South Burlington, VT is thin" in " ".join(shown.split())
    data = json.loads(run_cli(*argv, "--json").stdout)
    (row,) = [r for r in data["ranges"] if r["source"] == "oews"]
    assert "thin" in row["flags"] and "thin: employment not released by BLS" in row["notes"]
    assert "Thin sample: OEWS 15-2041" in data["headline"]["method"]


# A thin source beside one that is not thin is shown, not blended (issue 13: the headline never
# gives a handful of data points the weight of thousands).


def test_five_lca_filings_are_shown_beside_the_oews_headline_not_blended(
    levelset_home: Path,
) -> None:
    market_paths(levelset_home)
    lca = Path(__file__).parents[2] / "examples/market/LCA_Disclosure_Data_FY2025_Q4_SYNTHETIC.csv"
    assert run_cli("data", "import", "lca", str(lca)).exit_code == 0
    argv = ["range", "machine learning engineer", "--level", "senior", "--location", "SF"]
    data = json.loads(run_cli(*argv, "--json").stdout)
    (lca_row,) = [r for r in data["ranges"] if r["source"] == "lca"]
    assert "thin" in lca_row["flags"] and lca_row["n"] < THIN
    (oews,) = [r for r in data["ranges"] if r["source"] == "oews_level"]
    head = data["headline"]
    assert float(head["mid"]) == round(oews["p50"]), "the thin LCA cell moved the headline"
    assert "Taken from the OEWS range alone" in head["method"]
    assert "not blended (a thin sample): LCA (H-1B filings)" in head["method"]
