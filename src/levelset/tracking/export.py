"""Writing tracked events out as CSV (one row per event, re-importable) or JSON."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from levelset.jsonable import to_jsonable
from levelset.tracking.events import Event

CSV_COLUMNS = (
    "id",
    "kind",
    "date",
    "application",
    "company",
    "role",
    "channel",
    "resume_version",
    "variant",
    "outcome",
    "stage",
    "negotiation_id",
    "note",
)


def event_row(event: Event) -> dict[str, str]:
    """One event as the flat row the CSV export (and the events layout of import) uses."""
    return {
        "id": "" if event.id is None else str(event.id),
        "kind": event.kind.value,
        "date": event.date.isoformat(),
        "application": event.ref,
        "company": event.company,
        "role": event.role,
        "channel": event.channel.value if event.channel else "",
        "resume_version": event.resume_version,
        "variant": event.variant,
        "outcome": event.outcome.value if event.outcome else "",
        "stage": event.stage,
        "negotiation_id": event.negotiation_id,
        "note": event.note,
    }


def to_csv(events: Sequence[Event]) -> str:
    """CSV text with a header row; `levelset track import` reads it back unchanged."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(event_row(event))
    return buffer.getvalue()


def to_json_data(events: Sequence[Event]) -> list[object]:
    """Plain JSON data: one object per event with the same fields as the CSV."""
    return [to_jsonable(event_row(e)) | {"id": e.id} for e in events]
