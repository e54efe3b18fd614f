"""Impossible events are named and refused: future dates, order, unknown kinds, orphans."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.errors import Conflict, NotFound, UnknownValue
from levelset.tracking import (
    Channel,
    EventKind,
    Located,
    Outcome,
    check_events,
    parse_channel,
    parse_date,
    parse_kind,
    resolve_attempt,
)
from levelset.tracking.events import attempt_ref
from tests.tracking.conftest import TODAY, application, follow

APPLIED = application("Northwind AI", dt.date(2026, 10, 1))


def test_a_future_date_is_refused_with_its_line() -> None:
    later = application("Contoso", TODAY + dt.timedelta(days=3))
    problems = check_events([Located(later, 7)], [], TODAY, "sheet.csv")
    assert len(problems) == 1
    assert problems[0].line == 7 and problems[0].field == "date"
    assert "in the future" in problems[0].message


def test_a_reply_dated_before_its_application_is_out_of_order() -> None:
    early = follow(APPLIED, EventKind.RESPONSE, dt.date(2026, 9, 28), Outcome.POSITIVE)
    problems = check_events([Located(early, 3)], [APPLIED], TODAY)
    assert [p.field for p in problems] == ["date"]
    assert "before its application" in problems[0].message


def test_a_response_to_an_application_that_does_not_exist_is_refused() -> None:
    ghost = follow(
        application("Fabrikam", dt.date(2026, 10, 2)),
        EventKind.RESPONSE,
        dt.date(2026, 10, 5),
        Outcome.NEGATIVE,
    )
    problems = check_events([Located(ghost)], [APPLIED], TODAY)
    assert problems and "does not exist" in problems[0].message
    assert "Fabrikam" in problems[0].message


def test_a_response_needs_an_outcome() -> None:
    bare = follow(APPLIED, EventKind.RESPONSE, dt.date(2026, 10, 3))
    assert [p.field for p in check_events([Located(bare)], [APPLIED], TODAY)] == ["outcome"]


def test_the_same_application_twice_in_one_batch_is_named() -> None:
    problems = check_events([Located(APPLIED, 2), Located(APPLIED, 9)], [], TODAY, "a.csv")
    assert len(problems) == 1 and problems[0].line == 9 and "line 2" in problems[0].message


def test_a_valid_thread_passes() -> None:
    reply = follow(APPLIED, EventKind.RESPONSE, dt.date(2026, 10, 4), Outcome.POSITIVE)
    interview = follow(APPLIED, EventKind.INTERVIEW, dt.date(2026, 10, 9))
    assert check_events([Located(APPLIED), Located(reply), Located(interview)], [], TODAY) == []


def test_unknown_kinds_and_channels_suggest_the_closest() -> None:
    with pytest.raises(UnknownValue) as kind:
        parse_kind("intervew")
    assert "interview" in kind.value.suggestions
    with pytest.raises(UnknownValue) as channel:
        parse_channel("referal")
    assert "referral" in channel.value.suggestions


def test_common_spreadsheet_words_are_understood() -> None:
    assert parse_kind("Applied") is EventKind.APPLICATION
    assert parse_kind("rejected") is EventKind.REJECTION
    assert parse_channel("LinkedIn") is Channel.JOB_BOARD
    assert parse_channel("Job board") is Channel.JOB_BOARD
    assert parse_channel("company website") is Channel.COLD
    assert parse_date("3/2/2026") == dt.date(2026, 3, 2)
    assert parse_date("Mar 2, 2026") == dt.date(2026, 3, 2)
    assert parse_date("Mar 2 2026") == parse_date("March 2 2026") == dt.date(2026, 3, 2)


def test_resolving_a_follow_up_by_company_and_role() -> None:
    other_role = application("Northwind AI", dt.date(2026, 10, 6), role="Applied Scientist")
    with pytest.raises(Conflict):
        resolve_attempt([APPLIED, other_role], "northwind ai")
    assert resolve_attempt([APPLIED, other_role], "Northwind AI", "ML Engineer") == APPLIED
    with pytest.raises(NotFound):
        resolve_attempt([APPLIED], "Nobody Inc")


def test_an_attempts_key_leaves_out_what_is_not_given() -> None:
    day = dt.date(2026, 3, 2)
    assert attempt_ref(" Contoso ", " ML Engineer ", day) == "Contoso / ML Engineer / 2026-03-02"
    assert attempt_ref("Contoso", "  ", day) == "Contoso / 2026-03-02"
    assert attempt_ref("", "ML Engineer", day) == "ML Engineer / 2026-03-02"
    assert attempt_ref(" ", "", day) == "2026-03-02"
