"""What came of the work in others' hands, read without a verb of change (issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.learned import read
from levelset.proof.reach import reach_signals
from levelset.proof.uptake import uptake_signals


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        (
            "Wrote a style checker the editors still use every morning.",
            "uptake:still_used",
            "still use",
        ),
        (
            "Sent the audit team a lineage map, who then closed four findings.",
            "uptake:they_acted",
            "who then closed",
        ),
        (
            "My onboarding checklist became the default for every new hire.",
            "uptake:became_standard",
            "became the default",
        ),
        ("The pilot's results were approved by the board.", "uptake:taken_up", "approved"),
        (
            "Paired with the planners until they could run the forecast themselves.",
            "uptake:on_their_own",
            "until they could",
        ),
        (
            "Nobody has to reboot the kiosks by hand any more.",
            "uptake:on_their_own",
            "Nobody has to",
        ),
        (
            "Closed all audit findings before the deadline.",
            "uptake:cleared",
            "Closed all audit findings",
        ),
    ],
)
def test_others_taking_the_work_up_is_read_with_its_words(
    text: str, signal: str, words: str
) -> None:
    assert uptake_signals(text).get(signal) == words


@pytest.mark.parametrize(
    "text",
    [
        "Built ingestion jobs which use Kafka and Spark.",
        "Wrote a style checker for the editors.",
        "Plan to hand the tool to finance next quarter.",
    ],
)
def test_work_done_or_planned_states_no_uptake(text: str) -> None:
    assert uptake_signals(text) == {}


def test_people_of_a_trade_who_work_otherwise_after_it_are_reach() -> None:
    found = reach_signals("Loan officers at the two branches now clear most files in a day.")
    assert found.get("reach:trade_acts") == "Loan officers at the two branches now clear"
    assert "reach:trade_acts" not in reach_signals("Our developers now clear the queue.")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Built the pricing model the category buyers use to set weekly promotions.",
            "the pricing model the category buyers use",
        ),
        (
            "Wrote the incident severity matrix that support, SRE and account managers use",
            "that support, SRE and account managers use",
        ),
        (
            "Built a labelling tool the operations team uses to review flagged listings.",
            "the operations team uses",
        ),
    ],
)
def test_the_people_who_use_the_work_named_after_it(text: str, words: str) -> None:
    assert uptake_signals(text)["uptake:still_used"] == words
    assert read(text)["outcome"].value


def test_what_a_thing_uses_is_no_uptake() -> None:
    assert "uptake:still_used" not in uptake_signals("Built pipelines which use Kafka and Spark.")
