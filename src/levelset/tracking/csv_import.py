"""Importing a tracking spreadsheet (CSV): every bad row named by its line, nothing half-stored.

Two layouts are read: one row per application (with dated follow-up columns), as most job
seekers keep it, and one row per event, as `levelset track export` writes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from levelset.errors import InputError, Problem, validation_failed
from levelset.tracking import columns, date_order, presets
from levelset.tracking.events import Event
from levelset.tracking.sheet_rows import Attempts, ParseRow, application_row, event_row
from levelset.tracking.sheet_text import MAX_SHEET_BYTES, SheetRow, decode_sheet, read_sheet
from levelset.tracking.stored import StoredEvents, as_stored, identity
from levelset.tracking.validation import Located, check_events

__all__ = ["MAX_SHEET_BYTES", "ImportPlan", "decode_sheet", "plan_import"]


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


def plan_import(
    text: str,
    file: str,
    stored: Sequence[Event] | StoredEvents,
    today: dt.date,
    skip_bad_rows: bool = False,
    mapping: dict[str, str] | None = None,
    order: str | None = None,
) -> ImportPlan:
    """Read a CSV, check every row against the stored events, and plan what to store.

    Without `skip_bad_rows` any bad row rejects the whole file (InputError listing every
    problem with its line). With it, bad rows (and follow-ups of skipped rows) are left out
    and listed in `skipped`. `mapping` names the user's own columns (levelset name -> header).
    `stored`: the stored events, whole or as the store reads them for an import (lean).
    `order` ("dmy" or "mdy") reads numeric dates such as 03/02/2026 when no date in the
    file decides it (tracking.date_order).
    """
    sheet = read_sheet(text, file)
    headers = sheet.headers
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
    if not sheet.records:  # a header and nothing under it: refused, never mistaken for done
        message = "no rows under the header: nothing to import"
        problem = Problem(message, file=file, expected="one row or more")
        raise InputError(f"{file}: {message}", problems=[problem])
    known = as_stored(stored)
    rows, not_applied = presets.applied_only(preset, sheet.rows(mapping), file)
    rows, misdated = date_order.in_order(
        rows, date_order.decide(rows, file, order or presets.date_order(headers)), file
    )
    parse = event_row if layout == "events" else application_row
    located, problems = _parse_all(rows, file, parse, known)
    problems = misdated + problems
    kept, skipped = _validate(located, problems, known, today, file, skip_bad_rows)
    fresh = [e for e in kept if identity(e) not in known.identities]
    already = len(kept) - len(fresh)
    name = preset.name if preset else ""
    return ImportPlan(
        file, layout, len(sheet.records), tuple(fresh), already, tuple(skipped), tuple(unknown),
        name, not_applied,
    )  # fmt: skip


def _require(layout: str, mapping: dict[str, str], file: str, headers: list[str]) -> None:
    missing = [c for c in columns.REQUIRED[layout] if c not in mapping]
    if missing:
        names = ", ".join(missing)
        problem = Problem(
            f"missing column(s): {names} (found: {', '.join(headers) or 'none'})",
            file,
            1,
            names,
            "a column for each; other names in docs/tracking.md",
        )
        raise validation_failed(file, [problem])


def _parse_all(
    rows: list[SheetRow], file: str, parse: ParseRow, stored: StoredEvents
) -> tuple[list[Located], list[Problem]]:
    located: list[Located] = []
    problems: list[Problem] = []
    known = Attempts(stored.attempts if parse is event_row else ())
    for row in rows:
        events, found = parse(row, file, known)
        problems += found
        if not found:
            line = row.line
            located += [Located(e, line) for e in events]
            if parse is event_row:  # only event rows join follow-ups by company
                known.add_all(e for e in events if e.kind.is_attempt)
    return located, problems


def _validate(
    located: list[Located],
    problems: list[Problem],
    stored: StoredEvents,
    today: dt.date,
    file: str,
    skip_bad_rows: bool,
) -> tuple[list[Event], list[Problem]]:
    found = problems + check_events(located, stored.attempts, today, file)
    if found and not skip_bad_rows:
        raise validation_failed(
            "import refused, nothing stored", sorted(found, key=lambda p: p.line or 0)
        )
    skipped = list(found)
    while found:  # a follow-up of a skipped row is itself left out
        bad = {p.line for p in found}
        located = [item for item in located if item.line not in bad]
        found = check_events(located, stored.attempts, today, file)
        skipped += found
    return [item.event for item in located], sorted(skipped, key=lambda p: p.line or 0)
