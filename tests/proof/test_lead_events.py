"""Events and meetings organised, hosted or facilitated for others are leading
(levelset.proof.lead, lead:ran_for_others), not the organising of one's own things."""

from __future__ import annotations

import pytest

from levelset.proof.lead import lead_signals
from levelset.proof.learned import read


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Organized the LHM Summit (3-day event) for a nonprofit.", "Organized the LHM Summit"),
        ("Facilitated the retro after the failed launch.", "Facilitated the retro"),
        (
            "Convened the weekly sync between the vendor and our annotators.",
            "Convened the weekly sync",
        ),
        ("Organized a team of 6 to design the conveyor models.", "Organized a team of 6"),
        ("Hosted monthly tech talks for the data guild.", "Hosted monthly tech talks"),
    ],
)
def test_an_event_run_for_others_is_leading(text: str, words: str) -> None:
    assert lead_signals(text)["lead:ran_for_others"] == words
    assert read(text)["leadership"].value


@pytest.mark.parametrize(
    "text",
    [
        "Organised the team's retro notes into a searchable wiki page.",
        "Deployed a web app for organizing board game meetups.",
        "Organized event logistics for the spring concert.",
    ],
)
def test_ones_own_things_organised_are_not(text: str) -> None:
    assert "lead:ran_for_others" not in lead_signals(text)
