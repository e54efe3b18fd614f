"""The plan and the level ladder give each range's sample size with what it counts, its
source, date and area ('n=98,090 employment of the blended occupations'), in the printed text
and in --json: a bare 'n=98,090' beside 'OEWS blend at senior' read as 98,090 senior engineers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.runner import run_cli

pytestmark = pytest.mark.usefixtures("market_ready")

OFFER = Path(__file__).resolve().parents[2] / "examples" / "offers" / "bigco-rsu.yaml"
SIZE = re.compile(r"n=\d(?:[\d,]*\d)?(?P<unit>[^,;)·]*)")
EMPLOYMENT = "employment of the blended occupations"  # the OEWS blend's jobs, not a sample
SF = "San Francisco-Oakland-Fremont, CA"


def _units(text: str) -> list[str]:
    return [m["unit"].strip() for m in SIZE.finditer(text)]


def _profile() -> None:
    said = run_cli("profile", "set", "--title", "Machine Learning Engineer", "--level",
                   "senior", "--location", "San Francisco")  # fmt: skip
    assert said.exit_code == 0, said.stderr


def test_the_plans_range_says_what_n_counts_in_text_and_json() -> None:
    _profile()
    shown = run_cli("plan", "--start", "2026-12-07")
    assert shown.exit_code == 0, shown.stderr
    flat = " ".join(shown.stdout.split())
    assert _units(flat) and all(_units(flat)), flat
    data = run_cli("plan", "--json").json()
    texts = [i["text"] for w in data["weeks"] for i in w["items"]]
    written = next(t for t in texts if t.startswith("Write down your"))
    assert SF in written and "May 2025" in written
    assert _units(written) == [EMPLOYMENT], written


def test_the_ladder_says_what_n_counts_in_text_and_json() -> None:
    _profile()
    data = run_cli("level", "ladder", "--json").json()
    markets = [r["market"] for r in data["rungs"] if r["market"]]
    assert markets
    for market in markets:
        assert market["n_counts"] == EMPLOYMENT, market
        assert all(_units(market["note"])) and market["area"] in market["note"], market
        assert market["release"] in market["note"], market
    shown = run_cli("level", "ladder")
    assert shown.exit_code == 0, shown.stderr
    flat = " ".join(shown.stdout.split())
    assert f"n counts {EMPLOYMENT}" in flat, flat
    assert f"{markets[0]['release']} · {markets[0]['area']}" in flat, flat


def test_the_playbooks_offer_line_says_what_n_counts() -> None:
    """The offer's percentile is read in a range named by plan.adapters.market (its
    offer_source): 'OEWS blend at senior, Seattle-..., May 2025, n=...' said no unit."""
    _profile()
    assert run_cli("offer", "add", str(OFFER)).exit_code == 0
    shown = run_cli("playbook")
    assert shown.exit_code == 0, shown.stderr
    flat = " ".join(shown.stdout.split())
    assert "percentile" in flat.lower() and _units(flat) and all(_units(flat)), flat
