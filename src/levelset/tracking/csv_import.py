"""Importing a tracking spreadsheet (CSV): every bad row named by its line, nothing half-stored.

Two layouts are read: one row per application (with dated follow-up columns), as most job
seekers keep it, and one row per event, as `levelset track export` writes it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from levelset.errors import InputError, Problem, validation_failed
from levelset.tracking import columns, presets, stages
from levelset.tracking.events import (
    Event,
    EventKind,
    Outcome,
    attempt_ref,
    parse_channel,
    parse_kind,
    parse_outcome,
    parse_sheet_date,
)
from levelset.tracking.validation import Located, check_events
from levelset.untrusted import LIMITS, csv_problem, field_limit

T = TypeVar("T")


@dataclass(frozen=True)
class ImportPlan:
    """What an import would store, and what it left out and why."""

    file: str
    layout: str  # applications | events
    rows: int
    events: tuple[Event, ...]  # new events, ready to store in one transaction
    already_stored: int  # events identical to stored ones (a sheet imported again)
    skipped: tuple[Problem, ...]  # problems of the rows skipped with --skip-bad-rows
    unknown_columns: tuple[str, ...]
    preset: str = ""  # the tracker whose export layout was recognised (Huntr...)
    not_applied: int = 0  # rows of jobs saved but never applied to, left out

    @property
    def skipped_lines(self) -> tuple[int, ...]:
        return tuple(sorted({p.line for p in self.skipped if p.line is not None}))


@dataclass(frozen=True)
class _Row:
    line: int
    values: dict[str, str]

    def get(self, name: str) -> str:
        return self.values.get(name, "")  # cleaned when the row was mapped (_mapped)


class _Reader:
    """Parses one row's fields, collecting problems instead of stopping at the first."""

    def __init__(self, row: _Row, file: str) -> None:
        self.row, self.file, self.problems = row, file, list[Problem]()

    def field(self, name: str, parse: Callable[[str], T], required: bool = False) -> T | None:
        raw = self.row.get(name)
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


def plan_import(
    text: str,
    file: str,
    stored: Sequence[Event],
    today: dt.date,
    skip_bad_rows: bool = False,
    mapping: dict[str, str] | None = None,
) -> ImportPlan:
    """Read a CSV, check every row against the stored events, and plan what to store.

    Without `skip_bad_rows` any bad row rejects the whole file (InputError listing every
    problem with its line). With it, bad rows (and follow-ups of skipped rows) are left out
    and listed in `skipped`. `mapping` names the user's own columns (levelset name -> header).
    """
    headers, rows = _read_csv(text, file)
    layout = columns.detect_format(headers)
    table = columns.EVENT_COLUMNS if layout == "events" else columns.APPLICATION_COLUMNS
    found, unknown = columns.map_columns(headers, table)
    preset = presets.detect(headers) if layout == "applications" else None
    found, unknown = presets.preset_columns(preset, headers) if preset else (found, unknown)
    own = columns.chosen(mapping or {}, headers, table)
    mapping = {k: v for k, v in found.items() if v not in own.values()} | own
    unknown = [h for h in unknown if h not in own.values()]
    presets.refuse_saved_jobs(headers, mapping, file)
    _require(layout, mapping, file, headers)
    if not rows:  # a header and nothing under it: refused, so it is never mistaken for done
        message = "no rows under the header: nothing to import"
        problem = Problem(message, file=file, expected="one row or more")
        raise InputError(f"{file}: {message}", problems=[problem])
    renamed = [_mapped(r, mapping) for r in rows]
    renamed, not_applied = presets.applied_only(preset, renamed, file)
    parse = _event_row if layout == "events" else _application_row
    located, problems = _parse_all(renamed, file, parse, stored)
    kept, skipped = _validate(located, problems, stored, today, file, skip_bad_rows)
    seen = {s.identity for s in stored}
    fresh = [e for e in kept if e.identity not in seen]
    already = len(kept) - len(fresh)
    name = preset.name if preset else ""
    return ImportPlan(
        file, layout, len(rows), tuple(fresh), already, tuple(skipped), tuple(unknown), name,
        not_applied,
    )  # fmt: skip


def _mapped(row: _Row, mapping: dict[str, str]) -> _Row:
    """The row under levelset's names, each cell stripped and blank markers ("n/a") emptied."""
    cells = ((name, row.values.get(header, "").strip()) for name, header in mapping.items())
    return _Row(row.line, {n: "" if v.lower() in columns.EMPTY else v for n, v in cells})


def _read_csv(text: str, file: str) -> tuple[list[str], list[_Row]]:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), dialect)
    with field_limit(LIMITS.csv_field_chars):
        try:
            return _rows(reader, file)
        except csv.Error as error:  # a field over the limit, a stray line break in a field
            raise csv_problem(error, file, reader.line_num, LIMITS) from None


def _rows(reader: Any, file: str) -> tuple[list[str], list[_Row]]:
    headers = next(reader, None)
    if not headers or not any(h.strip() for h in headers):
        raise InputError(f"{file}: the file is empty or has no header row")
    rows, previous_end = [], reader.line_num
    for record in reader:
        line, previous_end = previous_end + 1, reader.line_num
        if any(cell.strip() for cell in record):
            rows.append(_Row(line, dict(zip(headers, record, strict=False))))
    return headers, rows


def _require(layout: str, mapping: dict[str, str], file: str, headers: list[str]) -> None:
    missing = [c for c in columns.REQUIRED[layout] if c not in mapping]
    if missing:
        names = ", ".join(missing)
        problem = Problem(
            f"missing column(s): {names} (found: {', '.join(headers) or 'none'})",
            file,
            1,
            names,
            "see docs/tracking.md for the columns and their other names",
        )
        raise validation_failed(file, [problem])


ParseRow = Callable[[_Row, str, "_Attempts"], tuple[list[Event], list[Problem]]]


def _parse_all(
    rows: list[_Row], file: str, parse: ParseRow, stored: Sequence[Event]
) -> tuple[list[Located], list[Problem]]:
    located: list[Located] = []
    problems: list[Problem] = []
    known = _Attempts(e for e in stored if e.kind.is_attempt)
    for row in rows:
        events, found = parse(row, file, known)
        problems += found
        if not found:
            located += [Located(e, row.line) for e in events]
            known.add_all(e for e in events if e.kind.is_attempt)
    return located, problems


class _Attempts:
    """The attempts known so far by company (lower case): one look-up per follow-up row."""

    def __init__(self, attempts: Iterable[Event]) -> None:
        self.by_company: dict[str, list[Event]] = {}
        self.add_all(attempts)

    def add_all(self, attempts: Iterable[Event]) -> None:
        for attempt in attempts:
            self.by_company.setdefault(attempt.company.lower(), []).append(attempt)


def _validate(
    located: list[Located],
    problems: list[Problem],
    stored: Sequence[Event],
    today: dt.date,
    file: str,
    skip_bad_rows: bool,
) -> tuple[list[Event], list[Problem]]:
    found = problems + check_events(located, stored, today, file)
    if found and not skip_bad_rows:
        raise validation_failed(
            "import refused, nothing stored", sorted(found, key=lambda p: p.line or 0)
        )
    skipped = list(found)
    while found:  # a follow-up of a skipped row is itself left out
        bad = {p.line for p in found}
        located = [item for item in located if item.line not in bad]
        found = check_events(located, stored, today, file)
        skipped += found
    return [item.event for item in located], sorted(skipped, key=lambda p: p.line or 0)


def _application_row(row: _Row, file: str, known: _Attempts) -> tuple[list[Event], list[Problem]]:
    read = _Reader(row, file)
    company = row.get("company")
    if not company:
        read.problems.append(Problem("company is empty", file, row.line, "company"))
    date = read.field("date", parse_sheet_date, required=True)
    kind = read.field("type", parse_kind) or EventKind.APPLICATION
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
    channel = read.field("channel", parse_channel)
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
    when = read.field("status_date", parse_sheet_date) or attempt.date
    interview = _dated(read, "interview_date", when)
    offer = _dated(read, "offer_date", when)
    rejection = _dated(read, "rejection_date", when)
    outcome = read.field("response", parse_outcome)
    replied = read.field("response_date", parse_sheet_date)
    if replied and outcome is None:
        outcome = _implied_outcome(interview, offer, rejection)
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
    if outcome is not None and replied is None:
        read.problems.append(
            Problem(
                "a response needs its date",
                read.file,
                row.line,
                "response_date",
                "a date such as 2026-03-02",
            )
        )
    if replied and outcome:
        events.append(Event(EventKind.RESPONSE, replied, ref, outcome=outcome))
    if interview:
        stage = row.get("interview_stage") or "interview"
        events.append(Event(EventKind.INTERVIEW, interview, ref, stage=stage))
    if offer:
        events.append(Event(EventKind.OFFER, offer, ref, negotiation_id=row.get("negotiation_id")))
    if rejection:
        events.append(Event(EventKind.REJECTION, rejection, ref))
    withdrawn = _dated(read, "withdrawal_date", when)
    if withdrawn:
        events.append(Event(EventKind.WITHDRAWAL, withdrawn, ref))
    return events + _status_event(read, ref, when, {e.kind for e in events})


def _dated(read: _Reader, name: str, when: dt.date) -> dt.date | None:
    """A follow-up column's date; a tick ("True", "yes", "x") dates it by `when`."""
    ticked = stages.flag(read.row.get(name))
    if ticked is not None:
        return when if ticked else None
    return read.field(name, parse_sheet_date)


def _status_event(read: _Reader, ref: str, when: dt.date, have: set[EventKind]) -> list[Event]:
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
    return [Event(kind, when, ref, stage=stage, note=f"from the status {status!r}")]


def _implied_outcome(
    interview: dt.date | None, offer: dt.date | None, rejection: dt.date | None
) -> Outcome | None:
    """A sheet with a response date but no response column: later columns tell which."""
    if interview or offer:
        return Outcome.POSITIVE
    return Outcome.NEGATIVE if rejection else None


def _event_row(row: _Row, file: str, known: _Attempts) -> tuple[list[Event], list[Problem]]:
    read = _Reader(row, file)
    kind = read.field("kind", parse_kind, required=True)
    date = read.field("date", parse_sheet_date, required=True)
    channel = read.field("channel", parse_channel)
    outcome = read.field("outcome", parse_outcome)
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


def _latest_ref(known: _Attempts, company: str, role: str, date: dt.date) -> str:
    """A follow-up named by company (and role) joins the latest earlier attempt there."""
    there = known.by_company.get(company.lower(), [])
    match = [a for a in there if (not role or a.role.lower() == role.lower()) and a.date <= date]
    if match:
        return max(match, key=lambda a: a.date).ref
    return " / ".join(p for p in (company, role) if p) or "(no company given)"


MAX_SHEET_BYTES = 20 * 1024 * 1024  # years of applications fit in well under a megabyte
_WORKBOOK_SIGNS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # xlsx/ods zip, old xls


def decode_sheet(data: bytes, file: str) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), else Windows-1252 as Excel saves it.

    A workbook, a binary file or a file over the size limit is refused with what to do.
    """
    if len(data) > MAX_SHEET_BYTES:
        raise InputError(f"{file}: {len(data):,} bytes is too large for a sheet of applications")
    if data.startswith(_WORKBOOK_SIGNS):
        raise InputError(
            f"{file} is a spreadsheet workbook, not CSV",
            hint="save it as CSV (File > Save As > CSV UTF-8) and import that file",
        )
    if b"\x00" in data[:4096]:
        raise InputError(f"{file}: binary content, not a CSV text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
