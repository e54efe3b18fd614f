"""Reading the user's plan options (start date, focus, time, item id) with clear errors."""

from __future__ import annotations

import datetime as dt

from levelset.errors import InputError, NotFound, UnknownValue
from levelset.plan.model import Focus, Item, Plan

START_REACH = dt.timedelta(days=365)  # how far from today a plan's first day may be


def parse_start(text: str | None, today: dt.date) -> dt.date:
    """A YYYY-MM-DD date within a year of `today` either way; `today` when not given.

    A plan is 30 days of work: a start years away is a typing slip, not a plan.
    """
    if text is None:
        return today
    try:
        start = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--start: {text!r} is not a date (expected YYYY-MM-DD)") from None
    earliest, latest = today - START_REACH, today + START_REACH
    if not earliest <= start <= latest:
        raise InputError(
            f"--start: {start.isoformat()} is more than a year from today ({today.isoformat()}); "
            f"a 30-day plan starts between {earliest.isoformat()} and {latest.isoformat()}"
        )
    return start


def parse_focus(text: str | None) -> Focus:
    if text is None:
        return Focus.SALARY
    try:
        return Focus(text.strip().lower())
    except ValueError:
        raise UnknownValue("focus", text, [f.value for f in Focus]) from None


def parse_time(text: str) -> dt.time:
    """HH:MM, 24-hour."""
    try:
        return dt.time.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--at: {text!r} is not a time of day (expected HH:MM)") from None


def find_item(plan: Plan, item_id: str) -> Item:
    """The item with this id (case-insensitive), or NotFound naming the nearest ids."""
    wanted = item_id.strip().upper()
    for item in plan.items:
        if item.id.upper() == wanted:
            return item
    ids = [i.id for i in plan.items]
    near = [i for i in ids if i.split(".")[0] == wanted.split(".")[0]] or ids[:6]
    raise NotFound(f"no item {item_id!r} in the plan", hint=f"items: {', '.join(near)}")


def current_week(plan: Plan, today: dt.date) -> int:
    """The plan week `today` falls in, clamped to 1-4."""
    return plan.week_of(today)


def check_week(plan: Plan, number: int) -> None:
    """Refuse a week number the plan does not have, before anything is stored."""
    if not 1 <= number <= len(plan.weeks):
        raise InputError(f"week must be between 1 and {len(plan.weeks)}, got {number}")
