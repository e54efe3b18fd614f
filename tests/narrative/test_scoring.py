"""Stages, earlier numbers, amounts and speed of the narrative scorer."""

from __future__ import annotations

import time

import pytest

from levelset.errors import UnknownValue
from levelset.narrative import Stage, score_message
from levelset.narrative.text import amounts

STRONG = (
    "Hi Dana,\n\nThank you for the offer; I'm excited about the ranking team.\n\n"
    "Market data for senior ML engineers in Seattle puts the 75th percentile base near $210k, "
    "and the ranking rebuild I led lifted conversion by 9%. I'd like to ask for a base of "
    "$210,000 and a $25,000 sign-on bonus. If we can get there, I'm ready to sign this week.\n\n"
    "Could we talk on Thursday at 10?\n\nBest,\nMaya\n"
)


def test_a_strong_email_scores_high_and_a_bare_one_low() -> None:
    assert score_message(STRONG, "ask").score >= 85
    assert score_message("Any flexibility on salary?", "ask").score <= 25


def test_confirm_stage_requires_asking_for_it_in_writing() -> None:
    plain = score_message(STRONG, "confirm")
    written = score_message(STRONG + "\nPlease send the updated offer letter by Friday.", "confirm")
    assert plain.to_dict()["components"]["in_writing"]["earned"] == 0  # type: ignore[index]
    assert written.score > plain.score + 20
    ask_stage = score_message(STRONG, "ask").to_dict()["components"]
    assert not ask_stage["in_writing"]["applicable"]  # type: ignore[index]


def test_a_lower_number_than_stated_earlier_is_named() -> None:
    text = "Hi,\nI'm excited to join. Could we settle at $185,000 base? Talk Friday.\n"
    result = score_message(text, "hold", prior_numbers=[205_000])
    costs = [f for f in result.findings if f.component == "consistent"]
    assert costs and costs[0].span.text == "$185,000"
    assert "$205k" in costs[0].message
    same = score_message(text.replace("$185,000", "$205,000"), "hold", prior_numbers=["$205k"])
    assert same.score > result.score


def test_prior_messages_supply_the_earlier_numbers() -> None:
    text = "I'm excited to join. Could we settle at $185,000 base? Talk Friday."
    earlier = "I'd like to ask for a base of $205,000."
    result = score_message(text, "hold", prior_messages=[earlier])
    assert any(f.component == "consistent" for f in result.findings)


def test_without_earlier_numbers_consistency_does_not_apply() -> None:
    component = score_message(STRONG).to_dict()["components"]["consistent"]
    assert component["applicable"] is False  # type: ignore[index]


def test_stage_names_are_checked() -> None:
    assert score_message(STRONG, "HOLD").stage is Stage.HOLD
    with pytest.raises(UnknownValue):
        score_message(STRONG, "closing")


def test_same_input_same_result() -> None:
    assert score_message(STRONG, "ask").to_dict() == score_message(STRONG, "ask").to_dict()


def test_amounts_read_figures_and_ranges() -> None:
    found = amounts("between $190k and $205k, or 190-205k, a base of $198,500, 15% bonus, 2026")
    assert [(a.low, a.high) for a in found] == [
        (190_000, 205_000),
        (190_000, 205_000),
        (198_500, 198_500),
    ]


def test_scoring_a_normal_email_is_fast() -> None:
    score_message(STRONG)
    start = time.process_time()  # CPU time: another process on the same core does not count
    for _ in range(50):
        score_message(STRONG, "ask", prior_numbers=[210_000])
    assert (time.process_time() - start) / 50 < 0.01


FRENCH = """Bonjour Claire,

Merci beaucoup pour l'offre, je suis ravie de rejoindre l'équipe. Au vu de mon expérience et
des données du marché, pourriez-vous porter le salaire de base à 95 000 € ? Je suis désolée de
demander, si possible. Pourrions-nous en parler jeudi ?

Bien à vous,
Léa
"""


def test_a_message_not_in_english_is_flagged_as_out_of_reach() -> None:
    result = score_message(FRENCH, "ask")
    assert result.notes and "English" in result.notes[0]
    assert result.to_dict()["notes"] == list(result.notes)


def test_english_emails_of_the_labelled_sets_carry_no_language_note() -> None:
    from pathlib import Path

    import yaml

    folder = Path(__file__).parent / "labelled"
    for name in ("emails.yaml", "holdout.yaml"):
        data = yaml.safe_load((folder / name).read_text())
        emails = data["emails"] if isinstance(data, dict) else data
        for email in emails:
            assert score_message(email["text"], email.get("stage")).notes == (), email["text"]
