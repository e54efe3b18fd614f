"""A general quality claimed better with no size and nothing observed is no outcome; a named
loss or time changed is one (RULES.md, cases decided on 2026-12-07: effects said without a
size). The learned scorer reads the claim as its own signal."""

from __future__ import annotations

import pytest

from levelset.proof.result_shape import shape_signals
from tests.corpus.bullets_corpus import rows

CLAIMED = [
    (
        "Refactored a legacy application into Angular, improving performance, scalability, and "
        "usability.",
        "improving performance",
    ),
    ("Built RESTful APIs and backend services that enhanced system performance.", "enhanced"),
    ("Streamlined website maintenance tasks for increased efficiency.", "Streamlined"),
    (
        "Leveraged JavaScript to create interactive components, resulting in an improved user "
        "experience",
        "improved user experience",
    ),
    ("Built a Random Shapelet Forest algorithm with higher classification accuracy.", "higher"),
]
OBSERVED = [
    "Reduced cluster rebalance time by redesigning the ring-builder partition assignment",
    "Oversaw email migration and access continuity, minimizing downtime during employee moves.",
    "Reduced annotation burden in cell segmentation tasks by using active learning.",
    "Improved deployment speeds by implementing a CI/CD pipeline using Jenkins.",
    "Cut p99 checkout latency from 900 ms to 120 ms, improving conversion.",
]


@pytest.mark.parametrize(("text", "words"), CLAIMED)
def test_a_general_quality_claimed_better_is_named(text: str, words: str) -> None:
    assert words in shape_signals(text)["shape:quality_claimed"]


@pytest.mark.parametrize("text", OBSERVED)
def test_a_named_loss_a_time_or_a_size_is_no_quality_claim(text: str) -> None:
    assert "shape:quality_claimed" not in shape_signals(text)


RELABELLED_FALSE = [
    "bed2f8b612",
    "08e11b1574",
    "743aaa600f",
    "998c38e8ef",
    "85fb87522e",
    "25174bec82",
    "fc0a279d98",
    "f94cb3c6fb",
    "d02acf951e",
    "467624b671",
    "cbe68ee2b2",
    "e7a57e9549",
    "01855ec9cf",
    "6f3538a6d1",
    "151dbc4d58",
]


def test_the_tuning_rows_of_the_rule_read_as_it_says() -> None:
    tune = {r.id: r for r in rows("tune")}
    for row_id in RELABELLED_FALSE:
        assert tune[row_id].labels["outcome"] is False, row_id
        assert "effects said without a size" in tune[row_id].labels["reason"]
    assert tune["4d9783acae"].labels["outcome"] is True
