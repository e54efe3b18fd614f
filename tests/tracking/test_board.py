"""The job board's columns come from the events; a card's details live in its note; the
follow-ups become a calendar file."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from levelset.errors import InputError
from levelset.tracking import EventKind, Outcome
from levelset.tracking.board import Column, Details, cards, join_note, read_details, split_note
from levelset.tracking.calendar import entries, to_ics
from levelset.tracking.threads import threads
from tests.tracking.conftest import TODAY, application, follow

DAY = dt.timedelta(days=1)


def _ids(events: list) -> list:  # type: ignore[type-arg]
    return [dataclasses.replace(e, id=i) for i, e in enumerate(events, 1)]


def test_each_card_sits_in_the_furthest_column_its_events_reached() -> None:
    acme = application("Acme", TODAY - 20 * DAY)
    globex = application("Globex", TODAY - 10 * DAY)
    initech = application("Initech", TODAY - 5 * DAY)
    umbrella = application("Umbrella", TODAY - 60 * DAY)
    events = _ids([
        acme, follow(acme, EventKind.RESPONSE, TODAY - 15 * DAY, Outcome.POSITIVE),
        follow(acme, EventKind.INTERVIEW, TODAY - 9 * DAY),
        globex, follow(globex, EventKind.RESPONSE, TODAY - 8 * DAY, Outcome.NEGATIVE),
        initech, umbrella,
    ])  # fmt: skip
    found = {c.company: c for c in cards(threads(events), TODAY)}
    assert found["Acme"].column is Column.INTERVIEWING
    assert found["Acme"].interviews_held == ((TODAY - 9 * DAY, ""),)
    assert found["Globex"].column is Column.CLOSED  # a "no" closes it
    assert found["Initech"].column is Column.APPLIED and not found["Initech"].stale
    assert found["Umbrella"].stale  # two months without news


def test_details_round_trip_through_the_note_and_keep_its_text() -> None:
    details = read_details("Dana Lee, recruiter; Sam", "2026-12-01",
                           "2026-12-08 phone screen; 2026-11-30 onsite")  # fmt: skip
    note = join_note("Referred by Kim.", details)
    assert note.startswith("Referred by Kim.\n[board]\ncontacts: Dana Lee, recruiter; Sam")
    text, back = split_note(note)
    assert text == "Referred by Kim." and back == details
    assert back.interviews[0] == (dt.date(2026, 11, 30), "onsite")  # sorted by date
    assert join_note("plain", Details()) == "plain"


def test_bad_dates_are_refused_by_field() -> None:
    with pytest.raises(InputError) as refused:
        read_details("", "next week", "soon: onsite")
    assert {p.field for p in refused.value.problems} == {"follow_up", "interviews"}


def test_the_calendar_has_each_follow_up_and_each_interview_to_come() -> None:
    acme = dataclasses.replace(application("Acme, Inc.", TODAY - 3 * DAY), id=1)
    note = join_note("", read_details("Dana", "2026-11-25", "2026-11-20 screen; 2026-12-02 onsite"))
    (card,) = cards(threads([dataclasses.replace(acme, note=note)]), TODAY)
    found = entries([card], TODAY)
    assert [(e.day, e.summary) for e in found] == [
        (dt.date(2026, 11, 25), "Follow up: Acme, Inc. (ML Engineer)"),
        (dt.date(2026, 12, 2), "Interview: Acme, Inc. (ML Engineer), onsite"),
    ]  # the held screen on 11-20 is past
    text = to_ics(found, dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert "DTSTART;VALUE=DATE:20261125" in lines and "DTEND;VALUE=DATE:20261126" in lines
    assert "SUMMARY:Follow up: Acme\\, Inc. (ML Engineer)" in lines
    assert "DTSTAMP:20261123T093000Z" in lines
    assert all(len(line.encode()) <= 75 for line in lines)
    again = to_ics(entries([card], TODAY), dt.datetime(2026, 11, 24, tzinfo=dt.UTC))
    uids = [line for line in lines if line.startswith("UID:")]
    assert uids == [line for line in again.split("\r\n") if line.startswith("UID:")]
