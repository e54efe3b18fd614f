"""A multiple said after the verb of change ("increased the conversion rate 1.5 times") is a
result (RULES.md, has_metric: multiples); how often something happened is not."""

from __future__ import annotations

import pytest

from levelset.proof.learned import read
from levelset.proof.quantities import results


@pytest.mark.parametrize(
    "text", ["Increased the conversion rate 1.5 times.", "Grew weekly orders x3 in a year."]
)
def test_a_multiple_after_the_change_is_a_result(text: str) -> None:
    assert [q.kind for q in results(text)] == ["multiple"]
    assert read(text)["has_metric"].value


def test_how_often_is_no_multiple() -> None:
    assert not results("Raised the alarm 3 times a week.")
