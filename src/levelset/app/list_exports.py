"""Every list the app shows, as a CSV or JSON file: offers, events, experiments, negotiations,
positions, proof bullets, saved postings and comps.

Lists that already had an export (offers, events, negotiations) answer with it, so the web's
file is the one the CLI writes and the matching import reads back.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from levelset.app.workspace import Workspace
from levelset.errors import InputError, NotFound

FORMATS = ("csv", "json")


@dataclass(frozen=True)
class ListFile:
    """An exported list: its text and the file name to save it under."""

    text: str
    filename: str

    @property
    def media_type(self) -> str:
        return "text/csv" if self.filename.endswith(".csv") else "application/json"


def export_list(ws: Workspace, what: str, fmt: str) -> ListFile:
    """The list `what` as `fmt` (csv or json); NotFound names the lists there are."""
    if fmt not in FORMATS:
        raise InputError(f"format: {fmt!r} is not one of csv, json", hint="use csv or json")
    make = LISTS.get(what)
    if make is None:
        raise NotFound(f"no list named {what!r}", hint=f"lists: {', '.join(LISTS)}")
    return ListFile(make(ws, fmt), f"{what}.{fmt}")


def _offers(ws: Workspace, fmt: str) -> str:
    from levelset.app.offers import export_offers

    return export_offers(ws, fmt)


def _events(ws: Workspace, fmt: str) -> str:
    from levelset.app.tracking import export_events

    return export_events(ws, fmt).text


def _negotiations(ws: Workspace, fmt: str) -> str:
    from levelset.app.drafting import export_records

    return export_records(ws, fmt)


EXPERIMENT_COLUMNS = ("name", "change", "field", "metric", "start", "end", "status", "verdict")


def _experiments(ws: Workspace, fmt: str) -> str:
    from levelset.app.experiments import experiment_status
    from levelset.jsonable import to_jsonable
    from levelset.tracking.experiment_report import result_data

    rows = [to_jsonable(result_data(r)) for r in experiment_status(ws)]
    return _as(fmt, "experiments", rows, EXPERIMENT_COLUMNS)


POSITION_COLUMNS = ("number", "title", "company", "start", "end", "location", "source")


def _positions(ws: Workspace, fmt: str) -> str:
    from levelset.app.proof_positions import list_positions

    rows = [dict(p) for p in list_positions(ws).positions]
    return _as(fmt, "positions", rows, POSITION_COLUMNS)


def _bullets(ws: Workspace, fmt: str) -> str:
    from levelset.app.proof import load_materials

    rows = [
        {"source": b.origin.source, "line": b.origin.line, "text": b.text}
        for b in load_materials(ws).bullets()
    ]
    return _as(fmt, "bullets", rows, ("source", "line", "text"))


POSTING_COLUMNS = ("id", "title", "company", "level", "location", "min", "max", "currency",
                   "period", "date", "source")  # fmt: skip
COMP_COLUMNS = ("id", "title", "company", "level", "location", "base", "bonus", "equity",
                "currency", "date", "source", "note")  # fmt: skip


def _postings(ws: Workspace, fmt: str) -> str:
    from levelset.app.market_evidence import list_postings
    from levelset.jsonable import to_jsonable

    return _as(fmt, "postings", [to_jsonable(s.to_dict()) for s in list_postings(ws)],
               POSTING_COLUMNS)  # fmt: skip


def _comps(ws: Workspace, fmt: str) -> str:
    from levelset.app.market_evidence import list_comps
    from levelset.jsonable import to_jsonable

    return _as(fmt, "comps", [to_jsonable(s.to_dict()) for s in list_comps(ws)], COMP_COLUMNS)


PRACTICE_COLUMNS = ("id", "kind", "company", "score", "on", "session_id")


def _practice(ws: Workspace, fmt: str) -> str:
    """Every kept practice session: the CSV its summary, the JSON each session's answers too."""
    from levelset.app.practice import practice_history
    from levelset.jsonable import to_jsonable

    rows = [
        to_jsonable(
            {k: v for k, v in s.to_dict().items() if k != "already_kept"} | {"data": s.data}
        )
        for s in practice_history(ws)
    ]
    return _as(fmt, "practice", rows, PRACTICE_COLUMNS)


def _as(fmt: str, name: str, rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    if fmt == "json":
        return json.dumps({name: rows}, indent=2, ensure_ascii=False, default=str) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row.get(k) for k in columns})
    return buffer.getvalue()


LISTS: dict[str, Callable[[Workspace, str], str]] = {
    "offers": _offers,
    "events": _events,
    "experiments": _experiments,
    "negotiations": _negotiations,
    "positions": _positions,
    "bullets": _bullets,
    "postings": _postings,
    "comps": _comps,
    "practice": _practice,
}
