"""Trackers' own exports read by their layout: Huntr's board export (columns as in real exports).

The file in data/huntr_export.csv was written here; its header is the one real Huntr board
exports carry (see levelset.tracking.presets for where it was seen), its rows are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.tracking import EventKind, plan_import
from levelset.tracking.presets import detect
from tests.cli.runner import run_cli
from tests.tracking.conftest import TODAY

HUNTR = Path(__file__).parent / "data" / "huntr_export.csv"


def test_a_huntr_export_is_recognised_by_its_header() -> None:
    headers = HUNTR.read_text().splitlines()[0].split(",")
    preset = detect(headers)
    assert preset is not None and preset.name == "Huntr"
    assert detect(["Company", "Role", "Date", "Status"]) is None


def test_a_huntr_export_imports_its_cards_and_their_lists() -> None:
    plan = plan_import(HUNTR.read_text(), HUNTR.name, [], TODAY)
    assert plan.preset == "Huntr"
    attempts = sorted((e.company, e.role, e.date) for e in plan.events if e.kind.is_attempt)
    assert attempts == [
        ("Acme Robotics", "Machine Learning Engineer", dt.date(2026, 1, 5)),
        ("Globex", "Senior ML Engineer, Ranking", dt.date(2026, 1, 6)),
        ("Initech", "Applied Scientist", dt.date(2026, 1, 7)),
        ("Umbrella", "ML Platform Engineer", dt.date(2026, 1, 8)),
    ]
    follow = sorted((e.kind, e.date) for e in plan.events if not e.kind.is_attempt)
    assert follow == [  # each list dated by the day the card moved there
        (EventKind.INTERVIEW, dt.date(2026, 1, 21)),
        (EventKind.OFFER, dt.date(2026, 2, 10)),
        (EventKind.REJECTION, dt.date(2026, 1, 15)),
    ]


def test_wishlist_cards_are_left_out_and_counted() -> None:
    plan = plan_import(HUNTR.read_text(), HUNTR.name, [], TODAY)
    assert plan.not_applied == 1
    assert "Hooli" not in {e.company for e in plan.events}
    assert "htmlDescription" in plan.unknown_columns and "companyName" not in plan.unknown_columns


def test_a_board_of_wishlist_cards_only_is_refused() -> None:
    header, *rows = HUNTR.read_text().splitlines()
    wishlist = "\n".join([header, *[r for r in rows if ",Wishlist," in r]]) + "\n"
    with pytest.raises(InputError, match="saved but not applied"):
        plan_import(wishlist, "huntr.csv", [], TODAY)


def test_the_users_own_mapping_still_wins_over_the_preset() -> None:
    plan = plan_import(HUNTR.read_text(), HUNTR.name, [], TODAY, mapping={"date": "lastMovedAt"})
    acme = next(e for e in plan.events if e.company == "Acme Robotics")
    assert acme.date == dt.date(2026, 1, 5)
    globex = next(e for e in plan.events if e.company == "Globex" and e.kind.is_attempt)
    assert globex.date == dt.date(2026, 1, 21)


def test_the_cli_names_the_tracker_and_the_cards_left_out() -> None:
    result = run_cli("track", "import", str(HUNTR), "--json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert (data["preset"], data["not_applied"], data["events_stored"]) == ("Huntr", 1, 7)
    shown = run_cli("track", "import", str(HUNTR), "--dry-run")
    # read as a person does: a long path may wrap the line anywhere
    said = " ".join((shown.stdout + shown.stderr).split())
    assert "(Huntr export)" in said and "never applied" in said
