"""The work behind `levelset track`: kept apart so the command module stays import-light."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.markup import escape

from levelset.cli.output import console, note, print_json
from levelset.cli.workspace import workspace
from levelset.errors import Conflict, InputError, NotFound, validation_failed
from levelset.store.tracking import add_events, load_events
from levelset.tracking import (
    Event,
    EventKind,
    ImportPlan,
    Located,
    check_events,
    parse_channel,
    parse_date,
    parse_kind,
    parse_outcome,
    plan_import,
    resolve_attempt,
    to_csv,
    to_json_data,
)


def add_event(kind_name: str, fields: dict[str, str | None]) -> Event:
    """Build, check against the stored events and store one event."""
    store = workspace().store
    stored = load_events(store)
    today = dt.date.today()
    kind = parse_kind(kind_name)
    date = parse_date(fields["date"]) if fields["date"] else today
    event = (
        _attempt(kind, date, fields) if kind.is_attempt else _follow_up(kind, date, fields, stored)
    )
    if event.kind.is_attempt and any(s.kind.is_attempt and s.ref == event.ref for s in stored):
        raise Conflict(
            f"{event.ref} is already tracked",
            hint="a second one on the same day needs another role: --role",
        )
    if event.negotiation_id:
        from levelset.store.negotiations import load_record

        load_record(store, event.negotiation_id)  # NotFound, with the closest names, if absent
    problems = check_events([Located(event)], stored, today)
    if problems:
        raise validation_failed(f"{kind} on {date}", problems)
    return add_events(store, [event], source="cli")[0]


def _text(fields: dict[str, str | None], name: str) -> str:
    return (fields.get(name) or "").strip()


def _attempt(kind: EventKind, date: dt.date, fields: dict[str, str | None]) -> Event:
    company, role = _text(fields, "company"), _text(fields, "role")
    if not company:
        raise InputError(f"an {kind} needs --company")
    channel = parse_channel(fields["channel"]) if fields["channel"] else None
    resume, variant = _text(fields, "resume"), _text(fields, "variant")
    return Event.attempt(kind, date, company, role, channel, resume, variant, _text(fields, "note"))


def _follow_up(
    kind: EventKind, date: dt.date, fields: dict[str, str | None], stored: Sequence[Event]
) -> Event:
    if not fields["application"] and not fields["company"]:
        raise InputError(
            f"say which application this {kind} follows",
            hint="use --company (and --role), or --application with its ref",
        )
    attempt = resolve_attempt(stored, fields["company"], fields["role"], fields["application"])
    outcome = parse_outcome(fields["outcome"]) if fields["outcome"] else None
    stage = _text(fields, "stage") or ("interview" if kind is EventKind.INTERVIEW else "")
    return Event(
        kind,
        date,
        attempt.ref,
        outcome=outcome,
        stage=stage,
        negotiation_id=_text(fields, "negotiation"),
        note=_text(fields, "note"),
    )


def filtered_events(kind: str | None, since: str | None) -> list[Event]:
    events = load_events(workspace().store)
    if kind:
        wanted = parse_kind(kind)
        events = [e for e in events if e.kind is wanted]
    if since:
        start, today = parse_date(since), dt.date.today()
        if start > today:
            raise InputError(f"--since {start} is in the future (today is {today})")
        events = [e for e in events if e.date >= start]
    return events


def print_events(events: Sequence[Any], json_output: bool, title: str) -> None:
    if json_output:
        print_json({"events": to_json_data(events), "count": len(events)})
        return
    from rich.table import Table

    table = Table(title=f"{title} ({len(events)})")
    for column in ("id", "date", "kind", "application", "channel", "detail"):
        table.add_column(column)
    for e in events:
        detail = " ".join(p for p in (e.outcome.value if e.outcome else "", e.stage,
                                      f"variant={e.variant}" if e.variant else "",
                                      f"resume={e.resume_version}" if e.resume_version else "",
                                      e.negotiation_id) if p)  # fmt: skip
        table.add_row(
            str(e.id or ""),
            e.date.isoformat(),
            e.kind.value,
            escape(e.ref),
            e.channel.value if e.channel else "",
            escape(detail),
        )
    console().print(table)


def import_file(file: Path, skip_bad_rows: bool, dry_run: bool) -> tuple[ImportPlan, int]:
    """Plan the import against the stored events; store it in one transaction unless dry."""
    if not file.is_file():
        raise NotFound(f"no such file: {file}")
    from levelset.tracking.csv_import import MAX_SHEET_BYTES, decode_sheet

    with file.open("rb") as stream:
        text = decode_sheet(stream.read(MAX_SHEET_BYTES + 1), str(file))
    store = workspace().store
    plan = plan_import(text, str(file), load_events(store), dt.date.today(), skip_bad_rows)
    if dry_run or not plan.events:
        return plan, 0
    return plan, len(add_events(store, plan.events, source=file.name))


def show_import(plan: ImportPlan, stored: int, dry_run: bool, json_output: bool) -> None:
    data = {
        "file": plan.file, "layout": plan.layout, "rows": plan.rows, "dry_run": dry_run,
        "events_new": len(plan.events), "events_stored": stored,
        "already_stored": plan.already_stored, "unknown_columns": list(plan.unknown_columns),
        "skipped_lines": list(plan.skipped_lines),
        "skipped": [{"line": p.line, "field": p.field, "message": p.message}
                    for p in plan.skipped],
    }  # fmt: skip
    if json_output:
        print_json(data)
        return
    verb = "would store" if dry_run else "stored"
    rows = f"{plan.rows} row" if plan.rows == 1 else f"{plan.rows} rows"
    console().print(
        f"{plan.file}: {rows} ({plan.layout} layout), {verb} "
        f"{len(plan.events) if dry_run else stored} new events; "
        f"{plan.already_stored} already stored."
    )
    if not plan.rows:
        note("no rows under the header: nothing to import")
    if plan.unknown_columns:
        note(
            f"ignored unknown columns: {', '.join(plan.unknown_columns)} "
            "(see docs/tracking.md for the columns read)"
        )
    for problem in plan.skipped:
        console().print(f"[yellow]skipped[/] {escape(str(problem))}", highlight=False)


def export_events(format_: str, output: Path | None) -> None:
    events = load_events(workspace().store)
    if format_ == "csv":
        text = to_csv(events)
    elif format_ == "json":
        from levelset.jsonable import dumps

        text = dumps({"events": to_json_data(events)}) + "\n"
    else:
        raise InputError(f"unknown export format {format_!r}", hint="use csv or json")
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror}") from None
    note(f"wrote {len(events)} events to {output}")
