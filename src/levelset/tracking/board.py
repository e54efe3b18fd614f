"""The job board: each application (or outreach) as a card in the column of the furthest stage
its events reached, with its contacts, the next follow-up and interview dates.

A card's column is never stored: it is read from the tracked events, so the board and the
metrics cannot disagree. Moving a card forward is a dated event of that stage. A card's own
details live in its application's note, below a `[board]` line, one `key: value` per line, so
they stay readable in an export and come back with a re-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from levelset.errors import InputError, Problem, UnknownValue
from levelset.patterns import compiled
from levelset.tracking.events import Event, EventKind, Outcome, parse_date
from levelset.tracking.threads import Thread

MARK = "[board]"
STALE_DAYS = 30  # an application with no news for this long is kept out of the way


class Column(StrEnum):
    """The board's columns, in the order an application moves through them."""

    APPLIED = "applied"
    TALKING = "talking"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {"applied": "Applied", "talking": "In touch", "interviewing": "Interviewing",
                "offer": "Offer", "closed": "Closed"}[self.value]  # fmt: skip

    @property
    def rank(self) -> int:
        return list(Column).index(self)


# Where a card can be moved, and the event each move logs (None: back to Applied).
MOVES: dict[str, tuple[Column, EventKind | None, Outcome | None]] = {
    "applied": (Column.APPLIED, None, None),
    "talking": (Column.TALKING, EventKind.RESPONSE, Outcome.POSITIVE),
    "interviewing": (Column.INTERVIEWING, EventKind.INTERVIEW, None),
    "offer": (Column.OFFER, EventKind.OFFER, None),
    "rejected": (Column.CLOSED, EventKind.REJECTION, None),
    "withdrawn": (Column.CLOSED, EventKind.WITHDRAWAL, None),
}
MOVE_LABELS = {"applied": "Applied", "talking": "In touch", "interviewing": "Interviewing",
               "offer": "Offer", "rejected": "Rejected", "withdrawn": "I withdrew"}  # fmt: skip


def column_of_event(event: Event) -> Column:
    """The column one event puts its application in."""
    if event.kind in (EventKind.REJECTION, EventKind.WITHDRAWAL):
        return Column.CLOSED
    if event.kind is EventKind.OFFER:
        return Column.OFFER
    if event.kind is EventKind.INTERVIEW:
        return Column.INTERVIEWING
    if event.kind is EventKind.RESPONSE:
        return Column.CLOSED if event.outcome is Outcome.NEGATIVE else Column.TALKING
    return Column.APPLIED


def column_of(thread: Thread) -> Column:
    """The furthest column any of the thread's events reached."""
    return max((column_of_event(e) for e in thread.follow_ups), key=lambda c: c.rank,
               default=Column.APPLIED)  # fmt: skip


@dataclass(frozen=True)
class Details:
    """What the user keeps on a card: contacts, the next follow-up, interviews to come."""

    contacts: tuple[str, ...] = ()
    follow_up: dt.date | None = None
    interviews: tuple[tuple[dt.date, str], ...] = ()  # (date, what), scheduled ones too

    def to_dict(self) -> dict[str, Any]:
        return {
            "contacts": list(self.contacts),
            "follow_up": self.follow_up,
            "interviews": [{"date": d, "what": w} for d, w in self.interviews],
        }


def split_note(note: str) -> tuple[str, Details]:
    """The note's own text and the card details below its `[board]` line."""
    text, found, block = note.partition(MARK)
    if not found:
        return note, Details()
    values = {}
    for line in block.splitlines():
        key, colon, value = line.partition(":")
        if colon:
            values[key.strip().lower()] = value.strip()
    return text.rstrip(), _details(values)


def _details(values: dict[str, str]) -> Details:
    """Card details as stored; a part that no longer reads is left out, never an error."""
    try:
        follow = parse_date(values["follow up"]) if values.get("follow up") else None
    except InputError:
        follow = None
    try:
        interviews = parse_interviews(values.get("interviews", ""))
    except InputError:
        interviews = ()
    return Details(_contacts(values.get("contacts", "")), follow, interviews)


def _contacts(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _LIST_SEPARATOR.split(text) if part.strip())


_LIST_SEPARATOR = compiled(r"[;\n]")


def parse_interviews(text: str) -> tuple[tuple[dt.date, str], ...]:
    """ "2026-12-08 phone screen; 2026-12-15 onsite": each a date, then what it is."""
    found = []
    for part in _LIST_SEPARATOR.split(text):
        part = part.strip()
        if not part:
            continue
        day, _, what = part.partition(" ")
        found.append((parse_date(day), what.strip()))
    return tuple(sorted(found))


def read_details(contacts: str, follow_up: str, interviews: str) -> Details:
    """Details as typed in the card's form; InputError naming each bad field."""
    problems: list[Problem] = []
    follow = None
    if follow_up.strip():
        try:
            follow = parse_date(follow_up)
        except InputError:
            problems.append(Problem(f"{follow_up!r} is not a date", field="follow_up",
                                    expected="YYYY-MM-DD"))  # fmt: skip
    try:
        planned = parse_interviews(interviews)
    except InputError:
        planned = ()
        problems.append(Problem("each interview needs a date first", field="interviews",
                                expected="2026-12-08 phone screen; 2026-12-15 onsite"))  # fmt: skip
    if problems:
        raise InputError("the card's details need fixing", problems=problems)
    return Details(_contacts(contacts), follow, planned)


def join_note(text: str, details: Details) -> str:
    """The note again: its own text, then the details block (none when all are empty)."""
    lines = []
    if details.contacts:
        lines.append(f"contacts: {'; '.join(details.contacts)}")
    if details.follow_up:
        lines.append(f"follow up: {details.follow_up.isoformat()}")
    if details.interviews:
        planned = "; ".join(f"{d.isoformat()} {w}".strip() for d, w in details.interviews)
        lines.append(f"interviews: {planned}")
    if not lines:
        return text
    return "\n".join([text, MARK, *lines] if text else [MARK, *lines])


@dataclass(frozen=True)
class Card:
    """One application on the board."""

    id: int
    ref: str
    kind: EventKind
    company: str
    role: str
    channel: str | None
    since: dt.date  # the application's date
    column: Column
    last: dt.date  # the latest event's date
    note: str
    details: Details
    interviews_held: tuple[tuple[dt.date, str], ...] = field(default=())
    overdue: bool = False  # the follow-up date has come
    stale: bool = False  # still at Applied with no news for STALE_DAYS

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "ref": self.ref, "kind": self.kind.value, "company": self.company,
            "role": self.role, "channel": self.channel, "since": self.since,
            "column": self.column.value, "last_event": self.last, "note": self.note,
            **self.details.to_dict(),
            "interviews_held": [{"date": d, "what": w} for d, w in self.interviews_held],
            "follow_up_due": self.overdue, "stale": self.stale,
        }  # fmt: skip


def cards(threads: Sequence[Thread], today: dt.date) -> list[Card]:
    """Every thread as a card, newest activity first within each column."""
    found = [_card(t, today) for t in threads if t.attempt.id is not None]
    return sorted(found, key=lambda c: (c.column.rank, -c.last.toordinal(), c.id))


def _card(thread: Thread, today: dt.date) -> Card:
    attempt = thread.attempt
    text, details = split_note(attempt.note)
    held = tuple(
        (e.date, "" if e.stage == "interview" else e.stage)
        for e in thread.follow_ups
        if e.kind is EventKind.INTERVIEW
    )
    last = max([attempt.date, *(e.date for e in thread.follow_ups)])
    assert attempt.id is not None
    return Card(
        attempt.id, attempt.ref, attempt.kind, attempt.company, attempt.role,
        attempt.channel.value if attempt.channel else None, attempt.date, column_of(thread),
        last, text, details, held,
        overdue=details.follow_up is not None and details.follow_up <= today,
        stale=column_of(thread) is Column.APPLIED and (today - last).days >= STALE_DAYS,
    )  # fmt: skip


def parse_move(text: str) -> str:
    """A move's target as one of MOVES."""
    key = text.strip().lower().replace(" ", "_")
    key = {"in_touch": "talking", "interview": "interviewing", "closed": "rejected",
           "rejection": "rejected", "withdrew": "withdrawn"}.get(key, key)  # fmt: skip
    if key not in MOVES:
        raise UnknownValue("board column", text, list(MOVES))
    return key
