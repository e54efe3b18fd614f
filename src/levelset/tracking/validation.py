"""Refusing impossible events: future dates, follow-ups out of order or to nothing."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from levelset.errors import Conflict, NotFound, Problem
from levelset.tracking.events import Event, EventKind
from levelset.tracking.stored import Attempt


@dataclass(frozen=True)
class Located:
    """An event with the line of the file it came from (None when typed in by hand)."""

    event: Event
    line: int | None = None


def check_events(
    new: Sequence[Located],
    stored: Sequence[Event | Attempt],
    today: dt.date,
    file: str | None = None,
) -> list[Problem]:
    """Every problem with `new` events given what is `stored` (whole events, or the stored
    attempts an import reads), each with its line."""
    attempts: dict[str, Event | Attempt] = {e.ref: e for e in stored if e.kind.is_attempt}
    first_line: dict[str, int | None] = {}
    problems: list[Problem] = []
    for item in new:
        event = item.event
        if event.kind.is_attempt:
            if event.ref in first_line:
                where = first_line[event.ref]
                problems.append(
                    _problem(
                        item,
                        file,
                        "ref",
                        "the same company, role and date "
                        f"already appear{f' on line {where}' if where else ''}",
                    )
                )
            first_line[event.ref] = item.line
            attempts.setdefault(event.ref, event)
    for item in new:
        problems += _check_one(item, attempts, today, file)
    return problems


def _check_one(
    item: Located, attempts: dict[str, Event | Attempt], today: dt.date, file: str | None
) -> list[Problem]:
    event, problems = item.event, []
    if event.date > today:
        problems.append(
            _problem(
                item,
                file,
                "date",
                f"{event.date} is in the future (today is {today})",
                "a date on or before today",
            )
        )
    if event.kind.is_attempt:
        if not event.company.strip():
            problems.append(_problem(item, file, "company", f"an {event.kind} needs a company"))
        return problems
    if event.kind is EventKind.RESPONSE and event.outcome is None:
        problems.append(
            _problem(item, file, "outcome", "a response needs an outcome", "positive or negative")
        )
    attempt = attempts.get(event.ref)
    if attempt is None:
        problems.append(
            _problem(
                item,
                file,
                "application",
                f"a {event.kind} to an application that does not exist: "
                f"{event.ref!r}{_closest(event.ref, attempts)}",
            )
        )
    elif event.date < attempt.date:
        problems.append(
            _problem(
                item,
                file,
                "date",
                f"the {event.kind} on {event.date} comes "
                f"before its {attempt.kind} on {attempt.date}",
                f"a date on or after {attempt.date}",
            )
        )
    return problems


def _problem(
    item: Located, file: str | None, field: str, message: str, expected: str | None = None
) -> Problem:
    return Problem(message, file=file, line=item.line, field=field, expected=expected)


def _closest(ref: str, attempts: dict[str, Event | Attempt]) -> str:
    close = difflib.get_close_matches(ref, list(attempts), n=2, cutoff=0.5)
    return f" (closest: {', '.join(close)})" if close else ""


def resolve_attempt(
    events: Sequence[Event],
    company: str | None = None,
    role: str | None = None,
    ref: str | None = None,
) -> Event:
    """The application or outreach a follow-up belongs to, by ref or by company (and role).

    With several matches the latest one is taken when they share a role; otherwise Conflict.
    """
    attempts = [e for e in events if e.kind.is_attempt]
    if ref:
        for attempt in attempts:
            if attempt.ref == ref:
                return attempt
        raise NotFound(f"no application or outreach {ref!r}", hint=_hint(attempts))
    want_company = (company or "").strip().lower()
    want_role = (role or "").strip().lower()
    found = [
        a
        for a in attempts
        if a.company.lower() == want_company and (not want_role or a.role.lower() == want_role)
    ]
    if not found:
        raise NotFound(
            f"no application or outreach to {company!r}{f' for {role!r}' if role else ''}",
            hint=_hint(attempts),
        )
    if len({a.role.lower() for a in found}) > 1:
        roles = ", ".join(sorted({a.role for a in found}))
        raise Conflict(
            f"{company} has several applications ({roles})",
            hint="name the role with --role, or the exact one with --application",
        )
    return max(found, key=lambda a: a.date)


def _hint(attempts: Sequence[Event]) -> str | None:
    if not attempts:
        return "add the application first: levelset track add application --company ..."
    latest = sorted(attempts, key=lambda a: a.date)[-3:]
    return "recent: " + "; ".join(a.ref for a in latest)
