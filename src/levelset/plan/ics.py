"""The plan's focus blocks and reviews as an iCalendar file (RFC 5545).

Times are floating (no time zone): a calendar program shows a 18:00 block at 18:00 local
time wherever the user is. UIDs are stable, so importing a regenerated plan updates events.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm, Calendar, Event

from levelset import __version__
from levelset.plan.model import Block, Plan

PRODID = f"-//levelset//levelset {__version__}//EN"
REMINDER = dt.timedelta(minutes=10)


def plan_calendar(plan: Plan, now: dt.datetime) -> bytes:
    """The iCalendar bytes of every block of the plan, stamped `now`."""
    stamp = now
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"levelset 30-day plan from {plan.start.isoformat()}")
    for block in plan.blocks:
        calendar.add_component(_event(block, stamp))
    return bytes(calendar.to_ical())


def _event(block: Block, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", f"{block.uid}@levelset")
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("dtstart", block.start)
    event.add("dtend", block.start + dt.timedelta(minutes=block.minutes))
    event.add("summary", block.title)
    event.add("description", block.description)
    event.add("categories", ["levelset", block.kind])
    event.add("transp", "OPAQUE")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", block.title)
    alarm.add("trigger", -REMINDER)
    event.add_component(alarm)
    return event
