"""Tracking use cases: log an event, list, import and export events, and the progress metrics.

Each takes the Workspace; the date of "today" is the workspace's. The CLI (`levelset track`,
`levelset metrics`) and the web app (/tracking) call these and only render what they return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from levelset.app.undo import Deleted, keep_for_undo
from levelset.app.workspace import Workspace
from levelset.errors import Conflict, InputError, Problem, validation_failed
from levelset.names import NAME_CHARS, clean_name, clean_note
from levelset.tracking import (
    Event,
    EventKind,
    Metrics,
    ScorePoint,
    compute_metrics,
    parse_channel,
    parse_kind,
    parse_outcome,
    typed_date,
)

if TYPE_CHECKING:
    # the sheet import, the experiments and the export load where they are used: the plan and
    # the playbook read events and metrics only (issue 15)
    from levelset.tracking import ExperimentResult, ImportPlan


@dataclass(frozen=True)
class EventFields:
    """One event as a person types it (every field text; empty or None when not given)."""

    kind: str
    date: str | None = None
    company: str | None = None
    role: str | None = None
    channel: str | None = None
    resume: str | None = None
    variant: str | None = None
    outcome: str | None = None
    stage: str | None = None
    negotiation: str | None = None
    application: str | None = None  # the exact attempt a follow-up belongs to (its ref)
    note: str | None = None

    def text(self, name: str) -> str:
        """The field in its one normal form (NFKC, no invisible characters), length-checked."""
        value: str | None = getattr(self, name)
        if name == "note":
            return clean_note(value or "", field="note")
        limit = 2 * NAME_CHARS if name == "application" else NAME_CHARS  # a ref: two names
        return clean_name(value or "", field=name, limit=limit)


def log_event(ws: Workspace, fields: EventFields, source: str) -> Event:
    """Check one event against the stored ones and store it; return it with its id.

    An application or outreach already tracked (same company, role and date) is a Conflict
    naming the stored one: a real second attempt differs in role or date, hence in its key.
    """
    from levelset.store.tracking import add_events, load_events

    stored, today = load_events(ws.store), ws.today()
    event = build_event(fields, stored, today)
    if event.kind.is_attempt:
        refuse_duplicate(event, stored)
    if event.negotiation_id:
        from levelset.store.negotiations import load_record

        load_record(ws.store, event.negotiation_id)  # NotFound, with the closest names, if absent
    from levelset.tracking.validation import Located, check_events

    problems = check_events([Located(event)], stored, today)
    if problems:
        raise validation_failed(f"{event.kind} on {event.date}", problems)
    return add_events(ws.store, [event], source=source)[0]


def build_event(fields: EventFields, stored: Sequence[Event], today: dt.date) -> Event:
    """The event the fields describe; a follow-up finds its attempt among `stored`."""
    kind = parse_kind(fields.text("kind"))
    date = typed_date(fields.text("date")) if fields.text("date") else today
    if kind.is_attempt:
        return _attempt(kind, date, fields)
    return _follow_up(kind, date, fields, stored)


def refuse_duplicate(event: Event, stored: Sequence[Event]) -> None:
    """Conflict when an attempt with the same key (company, role, date) is already stored."""
    key = event.ref.casefold()
    same = next((s for s in stored if s.kind.is_attempt and s.ref.casefold() == key), None)
    if same is not None:
        number = f" (event {same.id})" if same.id is not None else ""
        raise Conflict(
            f"{same.ref} is already tracked: {same.kind} on {same.date}{number}",
            hint="a second attempt at the same company on the same day needs another role",
        )


def _attempt(kind: EventKind, date: dt.date, fields: EventFields) -> Event:
    company = fields.text("company")
    if not company:
        message = f"an {kind} needs the company"
        raise InputError(message, problems=[Problem(message, field="company")])
    channel = parse_channel(fields.text("channel")) if fields.text("channel") else None
    return Event.attempt(
        kind, date, company, fields.text("role"), channel, fields.text("resume"),
        fields.text("variant"), fields.text("note"),
    )  # fmt: skip


def _follow_up(
    kind: EventKind, date: dt.date, fields: EventFields, stored: Sequence[Event]
) -> Event:
    company, role, ref = fields.text("company"), fields.text("role"), fields.text("application")
    if not company and not ref:
        message = f"say which application this {kind} follows"
        raise InputError(
            message,
            problems=[Problem(message, field="company")],
            hint="name its company (and role), or the exact application",
        )
    from levelset.tracking.validation import resolve_attempt

    attempt = resolve_attempt(stored, company or None, role or None, ref or None)
    outcome = parse_outcome(fields.text("outcome")) if fields.text("outcome") else None
    stage = fields.text("stage") or ("interview" if kind is EventKind.INTERVIEW else "")
    return Event(
        kind, date, attempt.ref, outcome=outcome, stage=stage,
        negotiation_id=fields.text("negotiation"), note=fields.text("note"),
    )  # fmt: skip


def list_events(
    ws: Workspace,
    kind: str | None = None,
    since: dt.date | None = None,
    *,
    since_name: str = "since",
) -> list[Event]:
    """Stored events, oldest first; only one kind, or those on or after `since`, when given."""
    from levelset.store.tracking import load_events

    check_since(since, ws.today(), since_name)
    events = load_events(ws.store)
    if kind:
        wanted = parse_kind(kind)
        events = [e for e in events if e.kind is wanted]
    if since:
        events = [e for e in events if e.date >= since]
    return events


def check_since(since: dt.date | None, today: dt.date, name: str = "since") -> None:
    """InputError when `since` is after today (`name` is how the door calls the field)."""
    if since is not None and since > today:
        message = f"{name} {since} is in the future (today is {today})"
        raise InputError(message, problems=[Problem(message, field=name)])


@dataclass(frozen=True)
class Imported:
    """What an import planned and how many events it stored (0 on a dry run)."""

    plan: ImportPlan
    stored: int
    dry_run: bool


def import_sheet(
    ws: Workspace,
    data: bytes,
    name: str,
    *,
    skip_bad_rows: bool = False,
    dry_run: bool = False,
    columns: dict[str, str] | None = None,
    date_order: str | None = None,
) -> Imported:
    """Read a CSV sheet (its bytes) and store its new events in one transaction.

    Any bad row refuses the whole sheet (InputError naming every line) unless `skip_bad_rows`;
    events already stored are left out, so importing the same sheet twice adds nothing.
    `date_order` ("dmy" or "mdy") reads dates such as 03/02/2026 when the file does not decide.
    """
    from levelset.app.collections_spaced import collections_spaced

    with collections_spaced():  # a large sheet's rows and events: walked by the collector less
        return _import_sheet(ws, data, name, skip_bad_rows, dry_run, columns, date_order)


def _import_sheet(
    ws: Workspace,
    data: bytes,
    name: str,
    skip_bad_rows: bool,
    dry_run: bool,
    columns: dict[str, str] | None,
    date_order: str | None,
) -> Imported:
    from levelset.store.event_import import insert_events, stored_for_import
    from levelset.tracking.csv_import import decode_sheet, plan_import

    text = decode_sheet(data, name)
    stored = stored_for_import(ws.store)
    plan = plan_import(text, name, stored, ws.today(), skip_bad_rows, columns, date_order)
    if plan.skipped and not plan.events and not plan.already_stored:
        from levelset.errors import validation_failed

        raise validation_failed(  # --skip-bad-rows that keeps nothing is a failure, not a success
            f"every row of {name} was skipped, nothing stored", list(plan.skipped)
        )
    if dry_run or not plan.events:
        return Imported(plan, 0, dry_run)
    source = PurePath(name).name  # the file's name, not the folders it was in
    return Imported(plan, insert_events(ws.store, plan.events, source=source), dry_run)


def column_mapping(pairs: Sequence[str], mapping_file: PurePath | None = None) -> dict[str, str]:
    """The user's own columns: a saved mapping file (YAML or JSON: name: column), then the
    NAME=COLUMN pairs given, which win."""
    from pathlib import Path

    from levelset.tracking.columns import parse_pairs
    from levelset.untrusted import load_yaml, read_text

    found: dict[str, str] = {}
    if mapping_file is not None:
        path = Path(mapping_file)
        data = load_yaml(read_text(path, what="a column mapping"), path)
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise InputError(
                f"{path.name}: a mapping is one `name: column` per line",
                hint="e.g. role: Job Position",
            )
        found = {str(k).strip().lower(): v for k, v in data.items()}
    return found | parse_pairs(list(pairs))


@dataclass(frozen=True)
class Export:
    text: str
    count: int


def export_events(ws: Workspace, format_: str = "csv") -> Export:
    """Every event as CSV (re-importable) or JSON text."""
    from levelset.store.tracking import load_events
    from levelset.tracking.export import to_csv, to_json_data

    events = load_events(ws.store)
    if format_ == "csv":
        return Export(to_csv(events), len(events))
    if format_ == "json":
        from levelset.jsonable import dumps

        return Export(dumps({"events": to_json_data(events)}) + "\n", len(events))
    raise InputError(f"unknown export format {format_!r}", hint="use csv or json")


def delete_event(ws: Workspace, event_id: int) -> Deleted:
    """Remove a tracked event (an attempt with its follow-ups); `track import` of the kept
    CSV file brings them back."""
    from levelset.store.tracking import delete_event as remove
    from levelset.tracking.export import to_csv

    removed = remove(ws.store, event_id)
    file = keep_for_undo(ws, f"deleted-event-{event_id}", to_csv(removed), suffix=".csv")
    what = f"{removed[0].kind} {removed[0].ref}"
    if len(removed) > 1:
        what += f" and {len(removed) - 1} event(s) that followed it"
    return Deleted(what, file, f"levelset track import {file}")


def metrics(
    ws: Workspace,
    today: dt.date | None = None,
    since: dt.date | None = None,
    *,
    since_name: str = "since",
) -> Metrics:
    """Every progress metric as of `today` (default the workspace's), for attempts on or after
    `since`: the funnel, rates with intervals, the weekly trend, negotiation results and the
    narrative scores over time. A `since` after today is an InputError."""
    from levelset.app.collections_spaced import collections_spaced
    from levelset.store.tracking import load_events

    today = today or ws.today()
    check_since(since, today, since_name)
    with collections_spaced():  # every stored event read and threaded: many small objects
        return _metrics(ws, load_events(ws.store), today, since)


def _metrics(ws: Workspace, events: list[Event], today: dt.date, since: dt.date | None) -> Metrics:
    from levelset.store.negotiations import list_records
    from levelset.store.tracking import load_scores

    records = list_records(ws.store)
    scores = [*load_scores(ws.store), *draft_scores(ws, [r.company for r in records])]
    from levelset.app.practice import practice_points
    from levelset.tracking.practice import practice_progress

    found = compute_metrics(events, today, since=since, negotiations=records, narrative=scores)
    return replace(found, practice=practice_progress(practice_points(ws), since))


@dataclass(frozen=True)
class Overview:
    """The tracking page: metrics, the most recent events (newest first), every experiment."""

    metrics: Metrics
    recent: tuple[Event, ...]
    event_count: int
    experiments: tuple[ExperimentResult, ...]


def overview(
    ws: Workspace, since: dt.date | None = None, *, recent: int = 20, skip: int = 0
) -> Overview:
    """Metrics (for attempts since `since`), `recent` events newest first after skipping the
    `skip` newest (a page of the list), and each experiment."""
    from levelset.store.tracking import load_events, load_experiments
    from levelset.tracking.experiments import evaluate

    today = ws.today()
    check_since(since, today)
    events = load_events(ws.store)
    judged = tuple(evaluate(e, events, today) for e in load_experiments(ws.store))
    latest = tuple(events[::-1][skip : skip + recent]) if recent else ()
    return Overview(_metrics(ws, events, today, since), latest, len(events), judged)


DRAFT_STAGES = {"counter": "ask", "confirm": "confirm"}


def draft_scores(ws: Workspace, companies: Sequence[str]) -> list[ScorePoint]:
    """The narrative score of each stored counter or confirm draft of these negotiations."""
    from levelset.narrative import score_message
    from levelset.store.negotiations import draft_versions

    points = []
    for company in companies:
        for stored in draft_versions(ws.store, company):
            stage = DRAFT_STAGES.get(stored.draft.kind.value)
            if stage is None:
                continue
            result = score_message(stored.draft.body, stage)
            label = f"{stored.draft.kind.value} draft v{stored.version} ({stored.origin})"
            points.append(ScorePoint(stored.created_at.date(), result.score, stage, company, label))
    return points
