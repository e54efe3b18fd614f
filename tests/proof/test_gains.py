"""What others gained from the work, said without the usual verbs of change: signals the learned
scorer's outcome verdict reads (levelset.proof.gains, issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.gains import gain_signals
from levelset.proof.learned import _model

GAINS = [
    (
        "Launched a forms service in our monorepo, enabling the Insurance Innovation team to "
        "manage and deploy form logic.",
        "gain:others_enabled",
        "enabling the Insurance Innovation team to manage",
    ),
    (
        "Co-led an IT team restructuring, resulting in improved code quality and faster delivery.",
        "gain:resulted",
        "resulting in",
    ),
    (
        "Worked on a team of 4 to deliver the sports app, with 500 000+ downloads.",
        "gain:uptake_count",
        "500 000+ downloads",
    ),
    (
        "Designed the first wireframes; 172 users engaged and 62 subscribed within a month.",
        "gain:uptake_count",
        "172 users engaged",
    ),
    ("Received $750 in funding from the university's startup centre.", "gain:won", "Received"),
    ("Closed first deal within 60 days of joining the team.", "gain:won", "Closed first deal"),
    (
        "Built a photo-editing web app, engaging over 2,000 users at a trade fair.",
        "gain:uptake_count",
        "engaging over 2,000 users",
    ),
]


@pytest.mark.parametrize(("text", "name", "words"), GAINS)
def test_a_gain_is_named_with_the_bullets_own_words(text: str, name: str, words: str) -> None:
    found = gain_signals(text)
    assert name in found
    assert words in found[name]


def test_users_given_a_feature_describe_a_product_not_a_gain() -> None:
    # RULES.md: what was built is no outcome; "allows users to search" says what it does
    assert gain_signals("The app allows users to search for games and view their ratings.") == {}
    assert gain_signals("Built a chatbot to enable users to inquire about their orders.") == {}


def test_plain_work_and_an_aim_gain_nothing() -> None:
    assert gain_signals("Built the onboarding flow in React and TypeScript.") == {}
    assert gain_signals("Helped to debug production issues during on-call.") == {}


def test_the_shipped_model_reads_gains_for_the_outcome_only() -> None:
    verdicts = _model()["verdicts"]
    assert any(n.startswith("gain:") for n in verdicts["outcome"]["weights"])
    for name in ("has_metric", "leadership", "cross_team"):
        assert not any(n.startswith("gain:") for n in verdicts[name]["weights"])
