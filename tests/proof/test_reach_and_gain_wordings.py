"""Reach and results said in wordings the tuning half's leave-one-batch-out misses showed, with
their near misses (levelset.proof.reach, levelset.proof.gains; issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.gains import gain_signals
from levelset.proof.reach import reach_signals


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        (
            "Conducted user discovery & collaborate cross-functionally to align design decisions.",
            "reach:cross_functional",
            "cross-functionally",
        ),
        (
            "Led and coached cross-functional teams, ensuring delivery through Scrum.",
            "reach:cross_functional",
            "cross-functional teams",
        ),
        (
            "Planned, implemented, and oversaw the administration of Club-wide programs.",
            "reach:whole_company",
            "Club-wide",
        ),
    ],
)
def test_reach_by_who_was_affected(text: str, name: str, words: str) -> None:
    assert reach_signals(text).get(name) == words


@pytest.mark.parametrize(
    "text",
    [
        "Worked in a cross-functional team of 8 engineers and designers.",
        "Kept cross-functional partners informed of the launch dates.",
    ],
)
def test_one_cross_functional_team_or_partners_unnamed_are_no_reach(text: str) -> None:
    assert "reach:cross_functional" not in reach_signals(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "I mentored them weekly and gave each one a model to own. Both shipped a model to "
            "production within their first six months.",
            "Both shipped",
        ),
        ("Coached two new analysts; both now run the weekly revenue review.", "both now run"),
        ("Took the vendor's engineers through our review, which they passed.", "they passed"),
    ],
)
def test_people_who_then_achieved_something(text: str, words: str) -> None:
    assert gain_signals(text).get("gain:they_achieved") == words


@pytest.mark.parametrize(
    "text", ["Both services shipped on time.", "They own the roadmap.", "where they run the tests"]
)
def test_things_shipped_or_duties_held_are_no_achievement(text: str) -> None:
    assert "gain:they_achieved" not in gain_signals(text)
