"""Defects found by using the plan as a user would: each test failed before its fix."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.plan.test_cli import set_profile
from tests.suite_day import TODAY

pytestmark = pytest.mark.usefixtures("market_ready", "on_the_suites_day")


def review_weeks(home: Path) -> list[int]:
    with sqlite3.connect(home / "levelset.sqlite") as db:
        return [row[0] for row in db.execute("select week from plan_review")]


def test_an_ics_file_into_a_missing_folder_is_refused_with_exit_2(tmp_path: Path) -> None:
    set_profile()
    assert run_cli("plan", "--start", "2026-12-07").exit_code == 0
    result = run_cli("plan", "ics", "-o", str(tmp_path / "missing" / "plan.ics"))
    assert result.exit_code == 2
    assert "missing" in result.stderr and "does not exist" in result.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    inside = run_cli("plan", "ics", "-o", str(blocker / "plan.ics"))
    assert inside.exit_code == 2 and "cannot write" in inside.stderr


def test_a_review_for_a_week_out_of_range_stores_nothing(levelset_home: Path) -> None:
    set_profile()
    assert run_cli("plan", "--start", "2026-12-07").exit_code == 0
    assert run_cli("plan", "review", "--week", "7", "--changed", "x").exit_code == 2
    assert run_cli("plan", "review", "--week", "0", "--changed", "y").exit_code == 2
    assert review_weeks(levelset_home) == []


def test_answers_with_square_brackets_are_printed_as_typed() -> None:
    set_profile()
    assert run_cli("plan", "--start", "2026-12-07").exit_code == 0
    result = run_cli("plan", "review", "--week", "2", "--changed", "[/x] a [bold]reply")
    assert result.exit_code == 0, result.stderr
    assert "[/x] a [bold]reply" in result.stdout


def test_a_new_time_for_the_blocks_makes_a_new_plan_and_a_bad_one_is_refused() -> None:
    set_profile()
    assert run_cli("plan", "--start", "2026-12-07").exit_code == 0
    assert run_cli("plan", "--at", "25:00").exit_code == 2
    moved = run_cli("plan", "--at", "07:30", "--json")
    assert moved.exit_code == 0, moved.stderr
    data = moved.json()
    assert data["blocks"][0]["start"].endswith("07:30:00")
    assert data["start"] == "2026-12-07"  # the current plan's start and focus are kept


def test_a_market_too_thin_to_show_is_named_not_blamed_on_a_missing_title() -> None:
    args = ("--title", "Engineering Manager, ML", "--level", "senior", "--location", "München")
    assert run_cli("profile", "set", *args).exit_code == 0
    result = run_cli("plan", "--start", "2026-12-07", "--json")
    assert result.exit_code == 0, result.stderr
    completes = result.json()["completes"]
    assert not any(c.startswith("Set a target title and place") for c in completes)
    thin = next(c for c in completes if c.startswith("market:"))
    assert "Engineering Manager, ML" in thin and "levelset range" in thin


def test_with_two_open_offers_the_steps_follow_the_nearest_deadline() -> None:
    import datetime as dt

    set_profile()
    soon = (TODAY + dt.timedelta(days=6)).isoformat()
    for company, file in (("Northwind Cloud", "bigco-rsu"), ("Lumen Labs", "startup-options")):
        started = run_cli("negotiate", "start", company, "--offer", f"examples/offers/{file}.yaml")
        assert started.exit_code == 0, started.stderr
    logged = run_cli("negotiate", "log", "Northwind Cloud", "deadline", "--date", soon)
    assert logged.exit_code == 0, logged.stderr
    later = (TODAY + dt.timedelta(days=20)).isoformat()
    # the second process's deadline is logged last, but the nearer deadline leads the plan
    assert run_cli("negotiate", "log", "Lumen Labs", "deadline", "--date", later).exit_code == 0
    plan = run_cli("plan", "--json").json()
    assert plan["company"] == "Northwind Cloud" and plan["deadline"] == soon


def test_showing_a_plan_made_before_a_new_deadline_says_it_is_out_of_date() -> None:
    import datetime as dt

    set_profile()
    offer = "examples/offers/bigco-rsu.yaml"
    assert run_cli("negotiate", "start", "Northwind Cloud", "--offer", offer).exit_code == 0
    soon = (TODAY + dt.timedelta(days=6)).isoformat()
    assert run_cli("negotiate", "log", "Northwind Cloud", "deadline", "--date", soon).exit_code == 0
    assert run_cli("plan").exit_code == 0
    assert "out of date" not in run_cli("plan").stdout
    later = (TODAY + dt.timedelta(days=9)).isoformat()
    assert (
        run_cli("negotiate", "log", "Northwind Cloud", "deadline", "--date", later).exit_code == 0
    )
    shown = run_cli("plan")
    said = " ".join(shown.stdout.split())
    assert shown.exit_code == 0 and "out of date" in said and "levelset plan --start" in said
    assert run_cli("plan", "--json").json()["out_of_date"]


def test_a_plan_from_a_stored_offer_without_a_negotiation_is_not_called_out_of_date() -> None:
    set_profile()
    assert run_cli("offer", "add", "examples/offers/bigco-rsu.yaml").exit_code == 0
    made = run_cli("plan", "--json").json()
    assert made["company"] == "Northwind Cloud"
    assert run_cli("plan", "--json").json()["out_of_date"] is None


def test_every_signal_source_is_named_in_words() -> None:
    """The plan says where its signal was read in words a user knows, never a bare key."""
    import ast
    from pathlib import Path

    from levelset.plan.model import SIGNAL_SOURCES

    tree = ast.parse(Path(__file__).parents[2].joinpath("src/levelset/plan/signal.py").read_text())
    sources = {
        ast.literal_eval(call.args[4])
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "Signal"
    }
    assert sources and sources <= set(SIGNAL_SOURCES)
