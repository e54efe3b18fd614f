"""One sheet row into events: an application row (with its dated follow-up columns) or an
event row (as `levelset track export` writes them), every problem named by line and field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from levelset.errors import InputError, Problem
from levelset.tracking import stages
from levelset.tracking.events import (
    STAND_IN_DATE,
    Event,
    EventKind,
    Outcome,
    attempt_ref,
    parse_channel,
    parse_kind,
    parse_outcome,
    parse_sheet_date,
)
from levelset.tracking.sheet_text import SheetRow
from levelset.tracking.stored import Attempt

T = TypeVar("T")

# A sheet repeats its cells (a few hundred dates, a few channels over thousands of rows): each
# distinct cell is read once. A cell that reads as nothing raises every time (errors are not
# kept).
sheet_date = lru_cache(maxsize=4096)(parse_sheet_date)
_kind = lru_cache(maxsize=256)(parse_kind)
_channel = lru_cache(maxsize=256)(parse_channel)
_outcome = lru_cache(maxsize=256)(parse_outcome)


class Attempts:
    """The attempts known so far by company (lower case): one look-up per follow-up row."""

    def __init__(self, attempts: Iterable[Event | Attempt]) -> None:
        self.by_company: dict[str, list[Event | Attempt]] = {}
        self.add_all(attempts)

    def add_all(self, attempts: Iterable[Event | Attempt]) -> None:
        for attempt in attempts:
            self.by_company.setdefault(attempt.company.lower(), []).append(attempt)


ParseRow = Callable[[SheetRow, str, Attempts], tuple[list[Event], list[Problem]]]


class _Reader:
    """Parses one row's fields, collecting problems instead of stopping at the first."""

    def __init__(self, row: SheetRow, file: str) -> None:
        self.row, self.file, self.problems = row, file, list[Problem]()

    def field(self, name: str, parse: Callable[[str], T], required: bool = False) -> T | None:
        raw = self.row.values.get(name)
        if not raw:
            if required:
                self.problems.append(Problem(f"{name} is empty", self.file, self.row.line, name))
            return None
        try:
            return parse(raw)
        except InputError as error:
            hint = f" ({error.hint})" if error.hint else ""
            self.problems.append(Problem(error.message + hint, self.file, self.row.line, name))
            return None


def application_row(row: SheetRow, file: str, known: Attempts) -> tuple[list[Event], list[Problem]]:
    """An application (or outreach) and the follow-ups its later columns record."""
    read = _Reader(row, file)
    company = row.get("company")
    if not company:
        read.problems.append(Problem("company is empty", file, row.line, "company"))
    date = read.field("date", sheet_date, required=True)
    kind = read.field("type", _kind) or EventKind.APPLICATION
    if not kind.is_attempt:
        read.problems.append(
            Problem(
                f"type must be application or outreach, not {kind}",
                file,
                row.line,
                "type",
                "application or outreach",
            )
        )
    channel = read.field("channel", _channel)
    if read.problems or date is None:
        return [], read.problems
    role = row.get("role")
    attempt = Event.attempt(
        kind, date, company, role, channel, row.get("resume_version"), row.get("variant"),
        row.get("note"),
    )  # fmt: skip
    follow = _follow_ups(read, attempt)
    return ([attempt, *follow] if not read.problems else []), read.problems


def _follow_ups(read: _Reader, attempt: Event) -> list[Event]:
    ref, row = attempt.ref, read.row
    events: list[Event] = []
    status_date = read.field("status_date", sheet_date)
    when = status_date or attempt.date
    note = "" if status_date else STAND_IN_DATE  # a tick or status dated by the application
    interview, interview_note = _dated(read, "interview_date", (when, note))
    offer, offer_note = _dated(read, "offer_date", (when, note))
    rejection, rejection_note = _dated(read, "rejection_date", (when, note))
    outcome = read.field("response", _outcome)
    if replied := read.field("response_date", sheet_date):
        outcome = outcome or _implied_outcome(interview, offer, rejection)
        if outcome is None:
            read.problems.append(
                Problem(
                    "a response date needs a response",
                    read.file,
                    row.line,
                    "response",
                    "positive or negative",
                )
            )
        else:
            events.append(Event(EventKind.RESPONSE, replied, ref, outcome=outcome))
    elif outcome is not None:
        read.problems.append(
            Problem(
                "a response needs its date",
                read.file,
                row.line,
                "response_date",
                "a date such as 2026-03-02",
            )
        )
    if interview:
        stage = row.get("interview_stage") or "interview"
        events.append(Event(EventKind.INTERVIEW, interview, ref, stage=stage, note=interview_note))
    if offer:
        negotiation = row.get("negotiation_id")
        events.append(
            Event(EventKind.OFFER, offer, ref, negotiation_id=negotiation, note=offer_note)
        )
    if rejection:
        events.append(Event(EventKind.REJECTION, rejection, ref, note=rejection_note))
    withdrawn, withdrawal_note = _dated(read, "withdrawal_date", (when, note))
    if withdrawn:
        events.append(Event(EventKind.WITHDRAWAL, withdrawn, ref, note=withdrawal_note))
    return events + _status_event(read, ref, (when, note), {e.kind for e in events})


def _dated(read: _Reader, name: str, dated: tuple[dt.date, str]) -> tuple[dt.date | None, str]:
    """A follow-up column's date and note; a tick ("True", "yes", "x") takes both from `dated`
    (the status date, or the application's with a note that it stands in)."""
    cell = read.row.values.get(name)
    if not cell:
        return None, ""
    ticked = stages.flag(cell)
    if ticked is not None:
        return dated if ticked else (None, "")
    return read.field(name, sheet_date), ""


def _status_event(
    read: _Reader, ref: str, dated: tuple[dt.date, str], have: set[EventKind]
) -> list[Event]:
    """The event a free-text status stands for ("Received offer"), unless a column gave it."""
    status = read.row.get("status")
    if not status:
        return []
    known, kind = stages.status_kind(status)
    if not known:
        read.problems.append(
            Problem(
                f"status {status!r} is not one levelset knows", read.file, read.row.line,
                "status", stages.KNOWN,
            )
        )  # fmt: skip
        return []
    if kind is None or kind in have:
        return []
    stage = status if kind is EventKind.INTERVIEW else ""
    when, stand_in = dated
    note = "; ".join(n for n in (f"from the status {status!r}", stand_in) if n)
    return [Event(kind, when, ref, stage=stage, note=note)]


def _implied_outcome(
    interview: dt.date | None, offer: dt.date | None, rejection: dt.date | None
) -> Outcome | None:
    """A sheet with a response date but no response column: later columns tell which."""
    if interview or offer:
        return Outcome.POSITIVE
    return Outcome.NEGATIVE if rejection else None


def event_row(row: SheetRow, file: str, known: Attempts) -> tuple[list[Event], list[Problem]]:
    """One event of any kind; a follow-up names its attempt, or joins the latest one there."""
    read = _Reader(row, file)
    kind = read.field("kind", _kind, required=True)
    date = read.field("date", sheet_date, required=True)
    channel = read.field("channel", _channel)
    outcome = read.field("outcome", _outcome)
    if read.problems or kind is None or date is None:
        return [], read.problems
    company, role = row.get("company"), row.get("role")
    if kind.is_attempt:
        ref = attempt_ref(company, role, date)
    else:
        ref = row.get("application") or _latest_ref(known, company, role, date)
    event = Event(
        kind,
        date,
        ref,
        company,
        role,
        channel,
        row.get("resume_version"),
        row.get("variant"),
        outcome,
        row.get("stage"),
        row.get("negotiation_id"),
        row.get("note"),
    )
    return [event], []


def _latest_ref(known: Attempts, company: str, role: str, date: dt.date) -> str:
    """A follow-up named by company (and role) joins the latest earlier attempt there."""
    there = known.by_company.get(company.lower(), [])
    match = [a for a in there if (not role or a.role.lower() == role.lower()) and a.date <= date]
    if match:
        return max(match, key=lambda a: a.date).ref
    return " / ".join(p for p in (company, role) if p) or "(no company given)"
