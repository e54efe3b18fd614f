"""An offer placed in a thin market row is placed in a band everywhere it is read (issue 13).

`range --offer` places an offer in a band between two shown percentiles on a row flagged thin;
`offer compare`, the anchor and the playbook read the same row and placed the offer at an
exact percentile (or the playbook skipped to another row that gave one), so comparing two
answers undid the band. Statisticians in Burlington, VT: BLS publishes the wages and withholds
the employment, so the row is thin.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from levelset.offers import MarketRange, place
from tests.cli.runner import run_cli

pytestmark = pytest.mark.usefixtures("market_ready")

OFFER = """company: Lakeside Analytics
title: Statistician
location: Burlington, VT
currency: USD
base: 92000
"""


def test_a_thin_range_places_an_amount_between_two_percentiles_only() -> None:
    points = ((10, Decimal(60000)), (25, Decimal(70000)), (50, Decimal(80000)))
    thick = MarketRange("Statistician", None, "X", "USD", points, "test", "2025", n=400)
    thin = MarketRange("Statistician", None, "X", "USD", points, "test", "2025", thin="why")
    assert place(Decimal(75000), thick).percentile == 38  # 37.5, halves up
    banded = place(Decimal(75000), thin)
    assert banded.percentile is None and banded.text == "between P25 and P50 (a thin range)"
    assert place(Decimal(90000), thin).text.startswith("above P50")
    assert "thin (why)" in thin.provenance


def test_compare_anchor_and_playbook_place_the_offer_in_the_ranges_band(tmp_path: Path) -> None:
    offer, other = tmp_path / "lakeside.yaml", tmp_path / "harbor.yaml"
    offer.write_text(OFFER, encoding="utf-8")
    other.write_text(OFFER.replace("Lakeside", "Harbor").replace("92000", "81000"), "utf-8")
    ranged = run_cli(
        "range", "statistician", "--location", "Burlington, VT", "--offer", "92000", "--json"
    ).json()
    (row,) = [r for r in ranged["ranges"] if r["source"] == "oews"]
    assert "thin" in row["flags"] and row["offer_percentile"] is None
    low, high = row["offer_position"].split("-")
    age = f"{row['age_months']} months old"  # as of today, as every answer below reads it

    compared = run_cli("offer", "compare", str(offer), str(other), "--json").json()
    placed = compared["offers"][0]["market_placement"]
    assert placed["percentile"] is None
    assert placed["text"] == f"between {low} and {high} (a thin range)"
    market = placed["market"]
    assert market["thin"] == "employment not released by BLS" and market["n"] is None

    assert run_cli("negotiate", "start", "Lakeside Analytics", "--offer", str(offer)).exit_code == 0
    anchor = run_cli("negotiate", "anchor", "Lakeside Analytics", "--json").json()
    assert anchor["market"]["thin"] == "employment not released by BLS"

    text = " ".join(run_cli("playbook").stdout.split())
    assert (
        f"sits between {low} and {high} of base pay for Statistician (OEWS 15-2041 "
        f"Statisticians, Burlington-South Burlington, VT, May 2025, {age}, employment "
        "not released, thin: employment not released by BLS)" in text
    )
