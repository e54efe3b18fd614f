"""The calendar file is valid iCalendar that a calendar program (and icalendar) reads back."""

from __future__ import annotations

import datetime as dt

import icalendar

from levelset.plan import Focus, build_plan
from levelset.plan.ics import plan_calendar
from tests.plan.people import START, maya

NOW = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


def test_every_block_comes_back_with_its_time_length_and_text() -> None:
    plan = build_plan(maya(), START, Focus.NEGOTIATION)
    calendar = icalendar.Calendar.from_ical(plan_calendar(plan, NOW))
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == len(plan.blocks)
    for block in plan.blocks:
        event = events[f"{block.uid}@levelset"]
        assert event.decoded("dtstart") == block.start
        assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(
            minutes=block.minutes
        )
        assert str(event["summary"]) == block.title
        assert str(event["description"]) == block.description
        assert event.walk("VALARM")
    send = next(e for e in events.values() if "Ask clearly" in str(e["summary"]))
    assert "anchored at $236,000" in str(send["description"])


def test_the_file_follows_rfc_5545_framing() -> None:
    data = plan_calendar(build_plan(maya(), START), NOW)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)  # long lines are folded
    assert b"\n" not in data.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0" and "levelset" in str(calendar["prodid"])


def test_uids_are_stable_so_a_reimport_updates_instead_of_duplicating() -> None:
    first = icalendar.Calendar.from_ical(plan_calendar(build_plan(maya(), START), NOW))
    later = icalendar.Calendar.from_ical(
        plan_calendar(build_plan(maya(), START), NOW + dt.timedelta(days=3))
    )
    assert [str(e["uid"]) for e in first.walk("VEVENT")] == [
        str(e["uid"]) for e in later.walk("VEVENT")
    ]
