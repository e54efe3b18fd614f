"""Stored plans, the items the user ticked, and the answers of weekly reviews.

The latest plan is the current one; a new plan never deletes an older one, its ticks or
its reviews.
"""

from __future__ import annotations

import json
from typing import Any

from levelset.errors import InputError, NotFound
from levelset.plan.builder import WEEK_PHASES
from levelset.plan.codec import plan_from_data, plan_to_data
from levelset.plan.model import Plan
from levelset.plan.review import Answers
from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import write, writing


@read("plan.current")
def _current() -> Any:
    from sqlalchemy import func, select

    from levelset.store.plan_tables import plan_table

    return select(func.max(plan_table.c.id))


@read("plan.data")
def _data() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.plan_tables import plan_table

    return select(plan_table.c.data).where(plan_table.c.id == bindparam("plan_id"))


@read("plan.ticks")
def _ticks() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.plan_tables import plan_tick_table as ticks

    return select(ticks.c.item_id).where(ticks.c.plan_id == bindparam("plan_id"))


@read("plan.answers")
def _answers() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.plan_tables import plan_review_table as reviews

    where = (reviews.c.plan_id == bindparam("plan_id")) & (reviews.c.week == bindparam("week"))
    return select(reviews).where(where)


@write("plan.add")
def _add() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.plan_tables import plan_table as t

    return t.insert().values({c: bindparam(c) for c in ("start", "focus", "data", "created_at")})


def save_plan(store: Store, plan: Plan) -> int:
    """Store a new plan as the current one; return its id."""
    values = {
        "start": plan.start,
        "focus": plan.focus.value,
        "data": json.dumps(plan_to_data(plan), ensure_ascii=False),
        "created_at": store.now(),
    }
    with writing(store, [_add]) as writer:
        key = writer.run(_add, **values)
    assert key is not None
    return int(key)


def current_plan_id(store: Store) -> int | None:
    with reading(store, _current) as reads:
        found = reads.tuples(_current)[0][0]
    return int(found) if found is not None else None


def load_plan(store: Store, plan_id: int | None = None) -> tuple[int, Plan]:
    """The stored plan (the current one by default) with the user's ticks applied."""
    plan_id = plan_id if plan_id is not None else current_plan_id(store)
    with reading(store, _data, _ticks) as reads:
        row = reads.first(_data, plan_id=plan_id)
        ticked = {tick for (tick,) in reads.tuples(_ticks, plan_id=plan_id)}
    if row is None:
        raise NotFound(
            "no plan yet",
            hint="`levelset plan` makes one from today, `levelset plan --start YYYY-MM-DD` "
            "from the day you choose",
        )
    return int(plan_id or 0), plan_from_data(json.loads(row["data"])).with_ticks(ticked)


@write("plan.untick")
def _untick() -> Any:
    from sqlalchemy import bindparam, delete

    from levelset.store.plan_tables import plan_tick_table as t

    item = (t.c.plan_id == bindparam("plan_id")) & (t.c.item_id == bindparam("item_id"))
    return delete(t).where(item)


@write("plan.tick")
def _tick() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.plan_tables import plan_tick_table as t

    return t.insert().values({c: bindparam(c) for c in ("plan_id", "item_id", "ticked_at")})


def set_tick(store: Store, plan_id: int, item_id: str, done: bool = True) -> None:
    """Tick (or untick) one item of a stored plan."""
    item = {"plan_id": plan_id, "item_id": item_id}
    with writing(store, [_untick, _tick]) as writer:
        writer.run(_untick, **item)
        if done:
            writer.run(_tick, **item, ticked_at=store.now())


def set_ticks(store: Store, plan_id: int, item_ids: set[str]) -> None:
    """Tick these items of a stored plan, in one transaction."""
    rows = [
        {"plan_id": plan_id, "item_id": item_id, "ticked_at": store.now()}
        for item_id in sorted(item_ids)
    ]
    if rows:
        with writing(store, [_tick]) as writer:
            writer.many(_tick, rows)


@write("plan.drop_answers")
def _drop_answers() -> Any:
    from sqlalchemy import bindparam, delete

    from levelset.store.plan_tables import plan_review_table as t

    week = (t.c.plan_id == bindparam("plan_id")) & (t.c.week == bindparam("week"))
    return delete(t).where(week)


@write("plan.add_answers")
def _add_answers() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.plan_tables import plan_review_table as t

    columns = ("plan_id", "week", "changed", "next_test", "answered_at")
    return t.insert().values({c: bindparam(c) for c in columns})


def save_answers(store: Store, plan_id: int, week: int, answers: Answers) -> Answers:
    """Store (or replace) the answers of one weekly review; a week outside 1-4 is refused."""
    if not 1 <= week <= len(WEEK_PHASES):
        raise InputError(f"week must be between 1 and {len(WEEK_PHASES)}, got {week}")
    stamped = Answers(answers.changed, answers.next_test, store.now())
    with writing(store, [_drop_answers, _add_answers]) as writer:
        writer.run(_drop_answers, plan_id=plan_id, week=week)
        writer.run(
            _add_answers,
            plan_id=plan_id,
            week=week,
            changed=stamped.changed,
            next_test=stamped.next_test,
            answered_at=stamped.answered_at,
        )
    return stamped


def load_answers(store: Store, plan_id: int, week: int) -> Answers | None:
    with reading(store, _answers) as reads:
        row = reads.first(_answers, plan_id=plan_id, week=week)
    if row is None:
        return None
    return Answers(row["changed"], row["next_test"], row["answered_at"])
