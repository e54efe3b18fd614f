"""Small builders for tracking tests: real events, dated relative to a fixed day."""

from __future__ import annotations

import datetime as dt

from levelset.tracking import Channel, Event, EventKind, Outcome, attempt_ref

TODAY = dt.date(2026, 11, 23)


def application(
    company: str,
    on: dt.date,
    *,
    role: str = "ML Engineer",
    channel: Channel | None = None,
    variant: str = "",
    resume: str = "",
    kind: EventKind = EventKind.APPLICATION,
) -> Event:
    return Event(kind, on, attempt_ref(company, role, on), company, role, channel, resume, variant)


def follow(attempt: Event, kind: EventKind, on: dt.date, outcome: Outcome | None = None) -> Event:
    return Event(kind, on, attempt.ref, outcome=outcome)
