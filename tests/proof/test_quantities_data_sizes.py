"""Data handled counted in words of scale ("23 million tweets", "over 220 million individuals",
"629 million data-points") is a volume, as "400M documents" is (RULES.md: volume handled or
served counts as a metric; issue 12: the leave-one-batch-out metric misses of the tuning half)."""

from __future__ import annotations

import pytest

from levelset.proof.quantities import quantities

SIZES = [
    ("Used PySpark to read 18 million English tweets and compare emoji use.", "18 million"),
    ("Checked the anthropometry database of over 220 million individuals.", "220 million"),
    ("Predicted quake timing from a dataset of 629 million data-points.", "629 million"),
    ("Cleaned 40,000 survey measurements from the field stations.", "40,000"),
]


@pytest.mark.parametrize(("text", "words"), SIZES)
def test_data_counted_in_words_of_scale_is_a_volume(text: str, words: str) -> None:
    found = [q for q in quantities(text) if q.kind == "volume"]
    assert found, text
    assert words in found[0].words
    assert found[0].result


def test_posts_the_author_wrote_are_work_not_a_result() -> None:
    found = list(quantities("Wrote 12 blog posts about the team's on-call practice."))
    assert found and not any(q.result for q in found)
