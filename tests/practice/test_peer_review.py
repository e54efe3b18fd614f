"""The plan's review compares what the peer heard with what was meant: the number remembered
against the ask, the pitch said back against the positioning sentence, and what to change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.plan.peer import PeerHeard, check
from tests.cli.runner import run_cli
from tests.practice.test_practice_cli import _record
from tests.suite_day import TODAY

pytestmark = pytest.mark.usefixtures("on_the_suites_day")

DAY = dt.date(2026, 12, 3)
ASK = "$215,000 base at Northwind Cloud, based on Lumen Labs offers $215,000 base."
PITCH = (
    "Senior ML engineer who cut card fraud losses by 38% with a real-time model serving "
    "4M transactions a day"
)


def _heard(heard: str = PITCH, number: str = "$215,000", pushback: str = "") -> PeerHeard:
    return PeerHeard(DAY, ASK, PITCH, heard, number, pushback)


def test_the_number_and_the_pitch_that_landed_leave_nothing_to_change() -> None:
    found = check(_heard("An ML engineer who cut card fraud losses 38% with real-time models "
                         "serving 4M transactions", "215k"))  # fmt: skip
    assert found.number_landed is True and found.asked == found.remembered == "$215,000"
    assert not found.words_missed or "38%" not in found.words_missed
    assert found.change.startswith("nothing")


def test_a_lower_number_is_named_with_its_gap_and_a_fix() -> None:
    found = check(_heard(number="around 200k"))
    assert found.number_landed is False and found.remembered == "$200,000"
    assert "7% below the $215,000 you asked for" in found.number
    assert "say $215,000" in found.change


def test_a_bare_number_said_aloud_reads_as_thousands_and_a_range_is_flagged() -> None:
    assert check(_heard(number="two-fifteen, so 215")).number_landed is True
    ranged = check(_heard(number="somewhere 200-215k"))
    assert ranged.number_landed is False and "a range" in ranged.number
    assert "not a range" in ranged.change
    nothing = check(_heard(number="I don't remember"))
    assert nothing.number_landed is False and "no number" in nothing.number


def test_the_missed_result_of_the_pitch_is_what_to_change() -> None:
    found = check(_heard("an ML engineer who works on fraud models", pushback="why not 190?"))
    assert "38%" in found.words_missed and "4M" in found.words_missed
    assert {"engineer", "fraud", "model"} <= set(found.words_heard)
    assert "open the pitch with your result (38%)" in found.change
    assert found.pushback == "Their pushback, to rehearse an answer to: \u201cwhy not 190?\u201d"


def test_a_sheet_without_an_ask_or_positioning_says_what_to_set() -> None:
    found = check(PeerHeard(DAY, "[Your ask: log an offer]", "[Your one-sentence positioning]",
                            "something", "200k", ""))  # fmt: skip
    assert found.number_landed is None and found.key_words == ()
    assert "negotiate anchor" in found.change and "--positioning" in found.change


def test_the_weekly_review_shows_what_the_peer_heard(tmp_path: Path) -> None:
    _record()
    assert run_cli("profile", "set", "--positioning", PITCH).exit_code == 0
    assert run_cli("plan", "--start", TODAY.isoformat()).exit_code == 0
    recorded = run_cli("practice", "peer", "record", "--heard", "a fraud ML engineer",
                       "--number", "200k", "--pushback", "none")  # fmt: skip
    assert recorded.exit_code == 0, recorded.stderr
    assert "7% below the $215,000 you asked for" in recorded.stdout
    review = run_cli("plan", "review", "--json")
    assert review.exit_code == 0, review.stderr
    (peer,) = review.json()["peer"]
    assert peer["number_landed"] is False and peer["remembered"] == "$200,000"
    assert "38%" in peer["words_missed"] and peer["pushback"] is None
    text = run_cli("plan", "review").stdout
    assert "What your peer heard" in text and "Change next time" in text
