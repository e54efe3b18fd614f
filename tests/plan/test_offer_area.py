"""A user targeting Seattle with an offer in Austin: the 30-day plan and the playbook read the
offer's numbers (its anchor, walk-away, placement in the market) in Austin, as `negotiate
anchor` and `offer compare` do, and every number says the area it comes from; Seattle's range
is never given under the offer's name, nor Austin's under the target's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from levelset.money import format_money
from tests.cli.runner import run_cli

pytestmark = pytest.mark.usefixtures("market_ready")

BIGCO = Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml"
AUSTIN, SEATTLE = "Austin-Round Rock-San Marcos, TX", "Seattle-Tacoma-Bellevue, WA"


def _austin_offer(tmp_path: Path) -> str:
    text = BIGCO.read_text(encoding="utf-8")
    assert "location: Seattle, WA" in text
    moved = tmp_path / "austin.yaml"
    moved.write_text(text.replace("location: Seattle, WA", "location: Austin, TX"), "utf-8")
    return str(moved)


def _median(place: str) -> str:
    asked = ("Machine Learning Engineer", "--level", "senior", "--location", place, "--json")
    found = run_cli("range", *asked)
    assert found.exit_code == 0, found.stderr
    return format_money(round(found.json()["headline"]["mid"], -3), "USD")


def test_the_plan_and_playbook_name_the_area_of_every_offer_number(tmp_path: Path) -> None:
    target = ("--title", "Machine Learning Engineer", "--level", "senior", "--location", "Seattle")
    assert run_cli("profile", "set", *target).exit_code == 0
    started = run_cli("negotiate", "start", "Northwind Cloud", "--offer", _austin_offer(tmp_path))
    assert started.exit_code == 0, started.stderr
    anchor = run_cli("negotiate", "anchor", "Northwind Cloud", "--json").json()
    assert anchor["market"]["place"] == AUSTIN
    walk = format_money(anchor["walk_away"]["amount"], "USD")
    here, there = _median("Seattle"), _median("Austin, TX")
    assert here != there

    made = run_cli("plan", "--focus", "salary", "--json")
    assert made.exit_code == 0, made.stderr
    items = [i["text"] for w in made.json()["weeks"] for i in w["items"]]
    case = next(t for t in items if t.startswith("Prepare the case"))
    assert f"median {there}" in case and AUSTIN in case and SEATTLE not in case, case
    anchored = next(t for t in items if t.startswith("Set the anchor"))
    assert f"walk away below {walk} (the market median in {AUSTIN})" in anchored, anchored
    mock = next(t for t in items if t.startswith("Run a mock negotiation"))
    assert "benchmark you gave" not in mock, mock  # a rule of thumb is no line for the call
    ranged = next(t for t in items if t.startswith("Write down your base-pay range"))
    assert f"median {here}" in ranged and SEATTLE in ranged and AUSTIN not in ranged, ranged

    book = " ".join(run_cli("playbook").stdout.split())
    assert f"For Northwind Cloud's offer in {AUSTIN}, that number is" in book
    placed = re.findall(
        r"sits at about the \d+\w\w percentile of base pay for [^(]*\(([^)]*)\)", book
    )
    assert placed and all(AUSTIN in p for p in placed), placed
    assert f"(an offer in {AUSTIN}; these bars are {SEATTLE})" in book
    assert "A reason tied to evidence: the offer already meets" not in book  # a rule of thumb
    talks = " ".join(run_cli("playbook", "--topic", "negotiation").stdout.split())
    assert f"walk away below {walk} (the market median in {AUSTIN})." in talks
