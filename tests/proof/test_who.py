"""Who a bullet names and what its verbs say, by class (WordNet's word classes)."""

from __future__ import annotations

import json

import pytest

from levelset.proof.signals import signals
from levelset.proof.verbs import verb_signals
from levelset.proof.who import WORDS, who_signals

NAMED = [
    # kinds of people or bodies that no pattern of levelset.proof.reach lists
    ("Gave radiologists a labelling tool for chest scans.", "who:role", "radiologists"),
    ("Rebuilt the pricing engine with two insurers.", "who:count>org", "insurers"),
    ("Moved the actuaries' reserving models to Python.", "who:poss>role", "actuaries'"),
    ("Shared the forecast with the city council.", "who:rel>unit", "city council"),
    ("Built an attribution report for the brand managers.", "who:rel>job", "brand managers"),
    ("Built a refund flow for shoppers.", "who:rel>client", "shoppers"),
]


@pytest.mark.parametrize(("text", "name", "words"), NAMED)
def test_a_kind_of_people_is_named_with_its_words(text: str, name: str, words: str) -> None:
    assert who_signals(text)[name] == words


def test_the_unit_the_author_runs_is_held_not_reached() -> None:
    assert who_signals("Led the adjusters through the migration.")["who:held>role"] == "adjusters"
    assert who_signals("Worked with the adjusters on the migration.")["who:rel>role"] == "adjusters"


def test_a_count_or_a_team_word_before_a_job_is_not_a_job() -> None:
    assert "who:job" not in who_signals("Directed three managers and 26 engineers.")
    assert "who:job" not in who_signals("Hired two engineering managers for the team.")


def test_words_that_name_software_as_often_as_people_are_not_people() -> None:
    found = who_signals("Wrote a Kubernetes operator, a scheduler and a parser for the workers.")
    assert found == {}


def test_the_scorer_reads_the_classes_with_the_rest_of_its_signals() -> None:
    found = signals("Automated the reconciliation for the hospital's pharmacists.")
    assert found["who:role"] == "pharmacists"
    assert found["who:poss>org"] == "hospital's"


def test_the_word_classes_carry_wordnets_notice_and_no_proper_names() -> None:
    data = json.loads(WORDS.read_text(encoding="utf-8"))
    assert "Princeton University" in data["notice"]
    for kind in ("role", "org", "unit", "client", "person"):
        assert data[kind] == sorted(data[kind]) and all(w == w.lower() for w in data[kind])
    assert "underwriters" in data["person"] + data["role"]
    assert not {"model", "worker", "operator", "driver", "agent"} & set(data["role"])


VERBS = [
    ("Trimmed the nightly batch from six hours to two.", "verb:less", "Trimmed"),
    ("Ended the weekly manual reconciliation.", "verb:end", "Ended"),
    ("Tutored four analysts in SQL.", "verb:lead", "Tutored"),
    ("Cut down the review backlog.", "verb:less", "Cut down"),
]


@pytest.mark.parametrize(("text", "name", "words"), VERBS)
def test_a_verb_is_read_by_its_class(text: str, name: str, words: str) -> None:
    assert verb_signals(text)[name] == words


def test_the_verbs_of_the_work_itself_are_no_class() -> None:
    assert verb_signals("Built, ran and developed the pipeline; completed the migration.") == {}
