"""Advice that fits the kind of evidence: a paper accepted at a named venue is asked for its
citations and for who built on it, a prize for the field and what the work did, never "by [your
action]" (the paper or the prize is already the action's result; issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.agreement import understand
from levelset.proof.scoring import scaffold


def _frame(text: str) -> str:
    frame = scaffold(text, understand(text).features)
    assert frame is not None
    return frame


@pytest.mark.parametrize(
    "text",
    [
        "Co-authored a paper on speculative decoding at ACL 2024.",
        "First author of an ICLR 2025 paper on sparse attention kernels.",
        "Our article on triage wait times appeared in the Journal of Emergency Nursing.",
    ],
)
def test_a_paper_is_asked_for_citations_and_who_built_on_it(text: str) -> None:
    frame = _frame(text)
    assert frame.startswith(text.rstrip("."))
    assert "cited by [" in frame and "built on by [" in frame
    assert "[your action" not in frame and "[metric" not in frame


def test_a_paper_already_adopted_is_asked_only_for_its_citations() -> None:
    text = "Co-authored an ACL 2023 paper on tokenisers, adopted by the Hugging Face library."
    frame = _frame(text)
    assert "cited by [" in frame
    assert "built on by [" not in frame


def test_a_paper_already_cited_is_not_asked_for_citations() -> None:
    text = "Wrote a KDD 2022 paper on churn models, cited 40 times."
    assert "cited by [" not in (scaffold(text, understand(text).features) or "")


def test_a_paper_cited_and_adopted_is_asked_for_nothing_more() -> None:
    text = "Co-wrote an EMNLP 2021 paper on tokenisers, cited 300 times, adopted by Hugging Face."
    assert scaffold(text, understand(text).features) is None


def test_a_prize_is_asked_for_the_field_and_what_the_work_did() -> None:
    frame = _frame("Won the city's open-data hackathon with a bus-delay predictor.")
    assert "[against how many others]" in frame and "[what the work did" in frame
    assert "[your action" not in frame


def test_praise_is_asked_what_changed_for_those_who_gave_it() -> None:
    frame = _frame("Received warm feedback from the night nurses for the new handover sheet.")
    assert "after [what changed for them" in frame
    assert "[against how many others]" not in frame


def test_other_bullets_keep_the_usual_frame() -> None:
    assert " by building " in _frame("Built a Kafka consumer for the clickstream events.")
