"""A span of time the work took ("within their first six months") is a tenure, never the
measure a rewrite names: the demo's story 3 was framed "measured by six months and [what
changed for them]"."""

from __future__ import annotations

import pytest

from levelset.proof.features import extract
from levelset.proof.quantities import quantities
from levelset.proof.scoring import scaffold


@pytest.mark.parametrize(
    "text",
    [
        "Both shipped a model to production within their first six months.",
        "Shipped three models in my first two years.",
        "Took the team to weekly releases within our first 6 months.",
    ],
)
def test_a_span_after_a_possessive_is_a_tenure(text: str) -> None:
    assert "tenure" in {q.kind for q in quantities(text)}, quantities(text)


def test_the_demo_story_asks_for_a_metric_not_a_duration() -> None:
    text = (
        "I mentored them weekly and gave each one a model to own. "
        "Both shipped a model to production within their first six months."
    )
    frame = scaffold(text, extract(text))
    assert frame is not None
    assert "measured by six months" not in frame
    assert "measured by [metric" in frame
