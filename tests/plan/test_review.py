"""The weekly review: that week's events counted, the negotiation's moves, two questions."""

from __future__ import annotations

import pytest

from levelset.errors import InputError
from levelset.plan import build_plan
from levelset.plan.review import Answers, review
from tests.plan.people import START, maya, sam


def test_week_one_counts_only_the_events_dated_inside_it() -> None:
    inputs = maya()
    plan = build_plan(inputs, START).with_ticks({"1.1"})
    result = review(plan, 1, inputs, Answers("a referral answered", "shorter subject line"))
    numbers = result.numbers
    assert (numbers.applied, numbers.responded, numbers.positive) == (2, 1, 1)
    assert numbers.response_rate == 0.5
    assert result.negotiation == ("Wed 9 Dec: anchor set (Northwind)",)
    assert result.scores == ()  # the draft was scored on 3 Dec, before the plan started
    assert [i.id for i in result.done] == ["1.1"]
    assert len(result.questions) == 2 and result.answers.next_test == "shorter subject line"


def test_a_later_week_without_events_shows_zeros_not_old_numbers() -> None:
    inputs = maya()
    numbers = review(build_plan(inputs, START), 3, inputs).numbers
    assert (numbers.applied, numbers.responded, numbers.response_rate) == (0, 0, None)


def test_without_tracking_the_review_says_how_to_get_numbers() -> None:
    result = review(build_plan(sam(), START), 2, sam())
    assert result.numbers is None and "levelset track add" in result.hint
    with pytest.raises(InputError):
        review(build_plan(sam(), START), 5, sam())
