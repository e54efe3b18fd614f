"""Plan use cases: make, show, tick, review and export the dated 30-day plan.

Each use case loads what it needs over the workspace (records, market, clock) and hands plain
values to the pure `levelset.plan` core.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from levelset.app.workspace import Workspace

if TYPE_CHECKING:
    from levelset.plan.model import Item, Plan
    from levelset.plan.review import Answers, Review

DEFAULT_TIME = "18:00"


@dataclass(frozen=True)
class StoredPlan:
    """A stored plan with its id and, when shown, why its negotiation dates no longer hold."""

    id: int
    plan: Plan
    out_of_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, **self.plan.to_dict(), "out_of_date": self.out_of_date}


@dataclass(frozen=True)
class Ticked:
    """The plan after one item was ticked (or unticked), and that item."""

    plan: Plan
    item: Item


@dataclass(frozen=True)
class WeeklyReview:
    """One week's review of the current plan, with its stored answers."""

    plan_id: int
    week: int
    review: Review

    def to_dict(self) -> dict[str, Any]:
        return self.review.to_dict()


@dataclass(frozen=True)
class Calendar:
    """The plan's focus blocks and reviews as an iCalendar file."""

    name: str
    data: bytes
    events: int


def signal_sources() -> dict[str, str]:
    """Where a plan's signal can be read, each as the user names it (key -> words)."""
    from levelset.plan.model import SIGNAL_SOURCES

    return dict(SIGNAL_SOURCES)


def has_plan(ws: Workspace) -> bool:
    from levelset.store.plan import current_plan_id

    return current_plan_id(ws.store) is not None


def make_plan(
    ws: Workspace, start: str | None = None, focus: str | None = None, at: str | None = None
) -> StoredPlan:
    """A new plan from everything stored (start: today, focus: salary, blocks at 18:00)."""
    from levelset.plan.options import parse_focus, parse_start, parse_time

    when = parse_time(at or DEFAULT_TIME)
    return _save(ws, parse_start(start, ws.today()), parse_focus(focus), when)


def retime_plan(ws: Workspace, at: str) -> StoredPlan:
    """A new plan with the current plan's start and focus, its blocks at another time."""
    from levelset.plan.options import parse_time

    when = parse_time(at)
    _, current = _current(ws)
    return _save(ws, current.start, current.focus, when)


def plan_or_show(
    ws: Workspace, start: str | None = None, focus: str | None = None, at: str | None = None
) -> tuple[StoredPlan, bool]:
    """`levelset plan`: a new plan when asked (or none exists), else the current one.

    Returns the plan and whether it was made now. Only a new time keeps start and focus.
    """
    if has_plan(ws) and start is None and focus is None:
        return (show_plan(ws), False) if at is None else (retime_plan(ws, at), True)
    return make_plan(ws, start, focus, at), True


def _save(ws: Workspace, first: Any, focus: Any, when: Any) -> StoredPlan:
    from levelset.app.plan_inputs import gather
    from levelset.plan import build_plan
    from levelset.store.plan import load_plan, save_plan, set_ticks

    made = build_plan(gather(ws), first, focus, when)
    earlier = load_plan(ws.store)[1] if has_plan(ws) else None
    plan_id = save_plan(ws.store, made)
    if earlier is not None:  # remaking the plan keeps the ticks of items that are still in it
        set_ticks(ws.store, plan_id, made.ticks_kept_from(earlier))
    plan_id, stored = load_plan(ws.store, plan_id)
    return StoredPlan(plan_id, stored)


def show_plan(ws: Workspace) -> StoredPlan:
    """The current plan with the items ticked, and why it is out of date (if it is)."""
    plan_id, stored = _current(ws)
    return StoredPlan(plan_id, stored, _staleness(ws, stored))


def _staleness(ws: Workspace, plan: Plan) -> str | None:
    """Why the stored plan's negotiation dates no longer hold (records changed), or None."""
    from levelset.app.plan_inputs import open_deadline
    from levelset.errors import LevelsetError
    from levelset.plan.freshness import out_of_date

    try:
        return out_of_date(plan, open_deadline(ws))
    except (ImportError, LevelsetError):  # the negotiation capability is absent or unreadable
        return None


def tick_item(ws: Workspace, item_id: str, done: bool = True) -> Ticked:
    """Tick (or untick) one item of the current plan; NotFound names the nearest ids."""
    from levelset.plan.options import find_item
    from levelset.store.plan import load_plan, set_tick

    plan_id, current = load_plan(ws.store)
    found = find_item(current, item_id)
    set_tick(ws.store, plan_id, found.id, done)
    _, updated = load_plan(ws.store, plan_id)
    return Ticked(updated, updated.item(found.id) or found)


def review_week(
    ws: Workspace,
    week: int | None = None,
    changed: str | None = None,
    next_test: str | None = None,
) -> WeeklyReview:
    """The review of a week (this week by default); answers given are stored first.

    An answer left as None keeps the one stored before.
    """
    from levelset.app.plan_inputs import gather_for_review
    from levelset.plan.options import check_week, current_week
    from levelset.plan.review import review
    from levelset.store.plan import load_answers, load_plan

    plan_id, current = load_plan(ws.store)
    number = current_week(current, ws.today()) if week is None else week
    check_week(current, number)
    answers = load_answers(ws.store, plan_id, number)
    if changed is not None or next_test is not None:
        answers = answer_review(ws, number, changed, next_test)
    return WeeklyReview(plan_id, number, review(current, number, gather_for_review(ws), answers))


def answer_review(
    ws: Workspace, week: int, changed: str | None = None, next_test: str | None = None
) -> Answers:
    """Store a week's answers (None keeps the stored one) and return them, stamped."""
    from levelset.plan.review import Answers
    from levelset.store.plan import load_answers, load_plan, save_answers

    plan_id, _ = load_plan(ws.store)
    old = load_answers(ws.store, plan_id, week) or Answers()
    given = Answers(
        old.changed if changed is None else changed.strip(),
        old.next_test if next_test is None else next_test.strip(),
    )
    return save_answers(ws.store, plan_id, week, given)


def plan_calendar(ws: Workspace) -> Calendar:
    """The current plan's blocks as iCalendar bytes, stamped with the workspace's clock."""
    from levelset.plan.ics import plan_calendar as calendar

    _, current = _current(ws)
    name = f"levelset-plan-{current.start.isoformat()}.ics"
    return Calendar(name, calendar(current, ws.now()), len(current.blocks))


def export_calendar(ws: Workspace, output: Path | None = None) -> tuple[Path, Calendar]:
    """Write the plan's calendar to `output` (default: the exports folder)."""
    from levelset.app.exports import write_export

    made = plan_calendar(ws)
    return write_export(output or ws.exports / made.name, made.data), made


def plan_progress(ws: Workspace) -> dict[str, Any] | None:
    """Done and total items, this week's number and the signal; None without a plan."""
    from levelset.plan.options import current_week

    if not has_plan(ws):
        return None
    _, plan = _current(ws)
    data = plan.to_dict()
    week = current_week(plan, ws.today())
    return {"progress": data["progress"], "week": week, "signal": data["signal"]}


def next_actions(ws: Workspace) -> dict[str, Any]:
    """This week's open items of the current plan, the signal to fix first, the week's numbers
    and hint; `plan` False (and what to do) before a plan exists. Stores nothing."""
    if not has_plan(ws):
        return {"plan": False, "message": "No plan yet: `levelset plan` makes one."}
    weekly = review_week(ws)
    data = weekly.to_dict()
    return {
        "plan": True,
        "plan_id": weekly.plan_id,
        "week": weekly.week,
        "signal": data["signal"],
        "open": data["open"],
        "done": len(data["done"]),
        "numbers": data["numbers"],
        "negotiation": data["negotiation"],
        "hint": data["hint"],
    }


def plan_page(ws: Workspace) -> dict[str, Any]:
    """The current plan with its ticks and this week's review (plan None without one)."""
    if not has_plan(ws):
        return {"plan": None, "review": None}
    weekly = review_week(ws)
    _, plan = _current(ws)
    return {
        "plan_id": weekly.plan_id,
        "plan": plan.to_dict(),
        "week": weekly.week,
        "review": weekly.to_dict(),
    }


def _current(ws: Workspace) -> tuple[int, Plan]:
    from levelset.store.plan import load_plan

    return load_plan(ws.store)
