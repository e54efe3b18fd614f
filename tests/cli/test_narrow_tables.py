"""Tables on a narrow terminal (a phone, a split pane: 40 to 60 columns). Rich cut the range
table's numbers ("$1…", the P75 and P90 columns gone past the edge) and broke words letter by
letter ("ove/ral/l", "appli/catio/n"); a table whose words cannot stay whole side by side now
shows each row as a block, every number and word whole, and keeps its layout at 80 columns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples"
RANGE = ("range", "Machine Learning Engineer", "--level", "senior", "--location", "San Francisco")


def _at(monkeypatch: pytest.MonkeyPatch, width: int, *args: str) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    shown = run_cli(*args)
    assert shown.exit_code == 0, shown.stderr
    assert max(len(line.rstrip()) for line in shown.stdout.splitlines()) <= width
    assert "…" not in shown.stdout, shown.stdout
    return shown.stdout


@pytest.mark.parametrize("width", [40, 50, 60])
def test_the_range_shows_every_percentile_of_every_source_whole(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    from levelset.money import format_short

    report = run_cli(*RANGE, "--json").json()
    shown = _at(monkeypatch, width, *RANGE)
    flat = " ".join(shown.split())
    rows = [r for r in report["ranges"] if r["p90"] is not None]
    assert len(rows) >= 3
    for row in rows:
        assert f"P90: {format_short(row['p90'])}" in flat, (row["label"], shown)
        assert f"P10: {format_short(row['p10'])}" in flat, row["label"]
    assert "Francisco-Oakland-Fremont," in shown  # a long place name is not broken


def test_a_wide_enough_terminal_keeps_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _at(monkeypatch, 80, *RANGE)
    assert "P10     P25     P50     P75     P90" in shown


@pytest.mark.parametrize("width", [40, 45, 60])
def test_tracked_events_and_rates_keep_their_words_whole(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    sheet = EXAMPLES / "tracking" / "applications.csv"
    assert run_cli("track", "import", str(sheet)).exit_code == 0
    events = _at(monkeypatch, width, "track", "list")
    words = set(events.split())
    assert {"application", "variant=generic", "resume=r1"} <= words, events
    assert "id: 1" in events
    rates = _at(monkeypatch, width, "metrics")
    assert {"overall", "responded", "interviewed"} <= set(rates.split()), rates
    assert "n: 66" in " ".join(rates.split())


@pytest.mark.parametrize("width", [50, 80])
def test_company_levels_keep_their_titles_whole(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    """At 80 columns the company columns were 9 wide: '(Princip al SDE)', 'Distingu ished'."""
    shown = _at(monkeypatch, width, "levels")
    words = set(shown.split())
    assert {"(Principal", "Distinguished", "(Distinguished", "Microsoft:"} <= words, shown
    assert "Amazon: L7 (Principal SDE)" in " ".join(shown.split())


@pytest.mark.parametrize("width", [45, 60])
def test_offers_the_roster_and_the_plan_keep_amounts_and_dates_whole(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    """offer value cut every amount ('$19…'), the roster its dates ('2026-11-…') and the
    plan its due days (only 'Wed' left of 'Wed 2 Dec' at 60 columns)."""
    offer = str(EXAMPLES / "offers" / "bigco-rsu.yaml")
    valued = " ".join(_at(monkeypatch, width, "offer", "value", offer).split())
    assert "year 1: $192,000" in valued and "4 years: $1,434,000" in valued, valued
    assert run_cli("client", "add", "Sam Lee").exit_code == 0
    sheet = str(EXAMPLES / "tracking" / "applications.csv")
    assert run_cli("--client", "Sam Lee", "track", "import", sheet).exit_code == 0
    roster = _at(monkeypatch, width, "coach")
    assert re.search(r"\b2026-\d\d-\d\d\b", roster), roster
    monkeypatch.setenv("COLUMNS", "80")
    assert run_cli("profile", "set", "--title", "ML Engineer", "--level", "senior").exit_code == 0
    assert run_cli("plan", "--start", "2026-12-01").exit_code == 0
    plan = _at(monkeypatch, width, "plan")
    assert "Wed 2 Dec" in plan, plan
