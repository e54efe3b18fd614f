"""Plans, ticks and review answers kept in the records store (SQLite, and PostgreSQL in CI)."""

from __future__ import annotations

import pytest

from levelset.errors import NotFound
from levelset.plan import Focus, build_plan
from levelset.plan.codec import plan_from_data, plan_to_data
from levelset.plan.review import Answers
from levelset.store.plan import (
    current_plan_id,
    load_answers,
    load_plan,
    save_answers,
    save_plan,
    set_tick,
)
from tests.plan.people import START, maya


def test_a_plan_survives_the_round_trip_through_json() -> None:
    plan = build_plan(maya(), START, Focus.NEGOTIATION)
    assert plan_from_data(plan_to_data(plan)) == plan


def test_the_stored_plan_comes_back_with_its_ticks(store) -> None:
    plan = build_plan(maya(), START)
    plan_id = save_plan(store, plan)
    set_tick(store, plan_id, "2.1")
    set_tick(store, plan_id, "3.2")
    set_tick(store, plan_id, "3.2", done=False)
    again_id, again = load_plan(store)
    assert again_id == plan_id
    assert {i.id for i in again.items if i.done_by == "you"} == {"2.1"}
    assert again.signal == plan.signal and again.blocks == plan.blocks


def test_a_new_plan_becomes_current_and_keeps_the_old_one(store) -> None:
    first = save_plan(store, build_plan(maya(), START))
    set_tick(store, first, "1.1")
    second = save_plan(store, build_plan(maya(), START, Focus.LEVELING))
    assert current_plan_id(store) == second
    _, old = load_plan(store, first)
    assert old.item("1.1").done


def test_review_answers_are_replaced_per_week(store) -> None:
    plan_id = save_plan(store, build_plan(maya(), START))
    save_answers(store, plan_id, 1, Answers("two replies from referrals", "new opening line"))
    save_answers(store, plan_id, 1, Answers("three replies", "new opening line"))
    stored = load_answers(store, plan_id, 1)
    assert stored is not None and stored.changed == "three replies"
    assert stored.answered_at is not None
    assert load_answers(store, plan_id, 2) is None


def test_no_plan_is_not_found(store) -> None:
    with pytest.raises(NotFound):
        load_plan(store)


def test_answers_for_a_week_the_plan_does_not_have_are_refused(store) -> None:
    from levelset.errors import InputError

    plan_id = save_plan(store, build_plan(maya(), START))
    for week in (0, 5):
        with pytest.raises(InputError):
            save_answers(store, plan_id, week, Answers("x", "y"))
        assert load_answers(store, plan_id, week) is None
