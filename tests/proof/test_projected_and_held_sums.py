"""Numbers that RULES.md reads as no result: a saving estimated for a project, a campaign's
monthly budget, a fellowship's sum and a size said only as a scale word; beside them, the same
words that are results."""

from __future__ import annotations

import pytest

from levelset.proof.quantities import quantities

NOT_RESULTS = [
    (
        "Deployed a simulation-based testing framework. The project is estimated to save over "
        "10,000 hours of real-life testing.",
        "10,000 hours",
    ),
    ("Designed demand generation campaigns with a $50k monthly budget.", "$50k"),
    ("Secured $8,000 NASA Space Grant Fellowship for innovative data modeling.", "$8,000"),
    ("Our model generalised better across domains on million scale datasets.", "million scale"),
]
RESULTS = [
    ("Saved an estimated $40k a year in licences.", "$40k"),
    ("Cut monthly cloud spend from $50k to $30k.", "$30k"),
    ("Won a $10,000 prize for the best model.", "$10,000"),
    ("Processed 2 million records a day for the fraud team.", "2 million"),
]


@pytest.mark.parametrize(("text", "words"), NOT_RESULTS)
def test_a_projection_a_budget_a_grant_or_a_scale_word_is_no_result(text: str, words: str) -> None:
    found = [q for q in quantities(text) if words in q.words]
    assert found and not any(q.result for q in found)


@pytest.mark.parametrize(("text", "words"), RESULTS)
def test_the_same_words_with_a_result_stay_results(text: str, words: str) -> None:
    assert any(q.result and words in q.words for q in quantities(text))
