"""Printing `levelset track` results: the events table, the import summary, the export."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from levelset.cli.output import console, escape, note, print_json
from levelset.errors import InputError, NotFound
from levelset.tracking import Event, to_json_data

if TYPE_CHECKING:
    from levelset.app.tracking import Export, Imported


def print_events(events: Sequence[Event], json_output: bool, title: str) -> None:
    if json_output:
        print_json({"events": to_json_data(events), "count": len(events)})
        return
    from rich.table import Table

    from levelset.cli.table_fit import fit

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
            e.channel.label if e.channel else "",
            escape(detail),
        )
    console().print(fit(table, console().width))


def read_sheet(file: Path) -> bytes:
    """The file's bytes, one more than the size limit at most (so too large is still seen)."""
    from levelset.tracking.csv_import import MAX_SHEET_BYTES

    if not file.is_file():
        raise NotFound(f"no such file: {file}")
    with file.open("rb") as stream:
        return stream.read(MAX_SHEET_BYTES + 1)


def show_import(imported: Imported, json_output: bool) -> None:
    plan, stored, dry_run = imported.plan, imported.stored, imported.dry_run
    data = {
        "file": plan.file, "layout": plan.layout, "rows": plan.rows, "dry_run": dry_run,
        "events_new": len(plan.events), "events_stored": stored,
        "already_stored": plan.already_stored, "unknown_columns": list(plan.unknown_columns),
        "skipped_lines": list(plan.skipped_lines), "preset": plan.preset or None,
        "not_applied": plan.not_applied,
        "skipped": [{"line": p.line, "field": p.field, "message": p.message}
                    for p in plan.skipped],
    }  # fmt: skip
    if json_output:
        print_json(data)
        return
    verb = "would store" if dry_run else "stored"
    rows = f"{plan.rows} row" if plan.rows == 1 else f"{plan.rows} rows"
    layout = f"{plan.preset} export" if plan.preset else f"{plan.layout} layout"
    count = len(plan.events) if dry_run else stored
    console().print(
        f"{plan.file}: {rows} ({layout}), {verb} "
        f"{count} new event{'' if count == 1 else 's'}; "
        f"{plan.already_stored} already stored."
    )
    if plan.not_applied:
        note(f"left out {plan.not_applied} saved job(s) never applied to (wishlist)")
    if plan.unknown_columns:
        note(
            f"ignored unknown columns: {', '.join(plan.unknown_columns)} "
            "(see docs/tracking.md for the columns read)"
        )
    for problem in plan.skipped:
        console().print(f"[yellow]skipped[/] {escape(str(problem))}", highlight=False)


def write_export(export: Export, output: Path | None) -> None:
    """The export on stdout, or in the file named."""
    if output is None:
        sys.stdout.write(export.text)
        return
    try:
        output.write_text(export.text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror}") from None
    note(f"wrote {export.count} events to {output}")


def write_text(text: str, output: Path | None) -> None:
    """A file's text on stdout, or in the file named."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror}") from None
    note(f"wrote {output}")
