"""Deleting from any list, and taking the deletion back.

Every delete writes the removed records to an owner-only file in the exports folder first
(app/undo); the file's name is the undo token. `restore` reads the file back through the
import that matches its kind, then removes the file, so one deletion is undone once.
Experiments and imported sources, which had no delete before, get theirs here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from levelset.app.undo import Deleted, keep_for_undo
from levelset.app.workspace import Workspace
from levelset.errors import NotFound

# deleted-<kind>[-<which>]-<YYYYMMDDTHHMMSS>.<suffix>, as app/undo.keep_for_undo names them
TOKEN = re.compile(
    r"deleted-(offer|event|negotiation|experiment|source|posting|comp|practice)(-[\w.-]*)?"
    r"-\d{8}T\d{6}\.\w+"
)
KINDS = ("offer", "event", "negotiation", "experiment", "source", "posting", "comp", "practice")


def kind_of(token: str) -> str:
    """Which list a token's records came from (NotFound for a token that is not one)."""
    found = TOKEN.fullmatch(token)
    if found is None:
        raise NotFound("nothing to undo under that name", hint="the deletion may be undone already")
    return found.group(1)


def restore(ws: Workspace, token: str) -> str:
    """Bring back what a deletion removed; return what came back, in words."""
    kind = kind_of(token)
    file = ws.exports / token  # the workspace's own folder: never another client's file
    if not file.is_file():
        raise NotFound("nothing to undo under that name", hint="the deletion may be undone already")
    what = RESTORERS[kind](ws, file)
    file.unlink()
    return what


def _offer(ws: Workspace, file: Path) -> str:
    from levelset.app.offers import import_offers

    stored = import_offers(ws, file)
    return ", ".join(f"the offer from {s.offer.company} (now #{s.id})" for s in stored)


def _events(ws: Workspace, file: Path) -> str:
    from levelset.app.tracking import import_sheet

    imported = import_sheet(ws, file.read_bytes(), file.name)
    return f"{imported.stored} event(s)"


def _negotiation(ws: Workspace, file: Path) -> str:
    from levelset.app.drafting import import_records

    return ", ".join(f"the negotiation with {r.company}" for r in import_records(ws, file))


def delete_experiment(ws: Workspace, name: str) -> Deleted:
    """Remove an experiment (open or closed); the kept file brings it back, verdict included."""
    from levelset.store.removal import remove_experiment

    row = remove_experiment(ws.store, name)
    file = keep_for_undo(ws, "deleted-experiment", json.dumps(row, indent=1), suffix=".json")
    return Deleted(f"the experiment {name}", file, "the web app's Undo")


def _experiment(ws: Workspace, file: Path) -> str:
    from levelset.store.removal import put_back_experiment

    return f"the experiment {put_back_experiment(ws.store, json.loads(file.read_text()))}"


def delete_source(ws: Workspace, name: str) -> Deleted:
    """Forget one imported source with its position corrections; the kept file brings both
    back."""
    from levelset.app.proof import clear_sources
    from levelset.store.proof import load_materials
    from levelset.store.proof_corrections import load_corrections

    documents = [d.to_dict() for d in load_materials(ws.store).documents if d.source == name]
    mine = [c.to_dict() for c in load_corrections(ws.store) if c.target.source == name]
    clear_sources(ws, [name])  # NotFound, naming the imported ones, for an unknown name
    text = json.dumps({"documents": documents, "corrections": mine}, indent=1)
    file = keep_for_undo(ws, "deleted-source", text, suffix=".json")
    return Deleted(f"the source {name}", file, "the web app's Undo")


def _source(ws: Workspace, file: Path) -> str:
    from levelset.proof.corrections import Correction
    from levelset.proof.model import Document
    from levelset.store.proof import save_documents
    from levelset.store.proof_corrections import add_correction

    data = json.loads(file.read_text())
    documents = [Document.from_dict(d) for d in data["documents"]]
    save_documents(ws.store, documents)
    for correction in data["corrections"]:
        add_correction(ws.store, Correction.from_dict(correction))
    return ", ".join(f"the source {d.source}" for d in documents)


def _posting(ws: Workspace, file: Path) -> str:
    """A saved posting back from its JSON job description, with the day and source it had."""
    import datetime as dt
    from dataclasses import replace

    from levelset.app.market_evidence import keep_posting, read_posting_file

    kept = json.loads(file.read_text(encoding="utf-8"))
    read = read_posting_file(ws, file)
    on = dt.date.fromisoformat(kept["date"]) if kept.get("date") else read.on
    stored = keep_posting(ws, replace(read, on=on, source=kept.get("source") or read.source))
    return f"posting #{stored.id} ({read.posting.title or '?'})"


def _comp(ws: Workspace, file: Path) -> str:
    """A comp back from the `market comp add` command its deletion kept."""
    from levelset.app.market_evidence import add_comp, comp_from_command

    comp = comp_from_command(file.read_text(encoding="utf-8"))
    return f"comp #{add_comp(ws, comp).id} ({comp.title})"


def delete_practice(ws: Workspace, practice_id: int) -> Deleted:
    """Remove one kept practice session; the kept file brings it back with its session id."""
    from levelset.store.practice import remove_practice

    gone = remove_practice(ws.store, practice_id)
    row = {**gone.to_dict(), "data": gone.data}
    text = json.dumps(row, indent=1, default=str)
    file = keep_for_undo(ws, "deleted-practice", text, suffix=".json")
    what = f"practice session #{practice_id} ({_practice_name(row)})"
    return Deleted(what, file, f"levelset practice restore {file}")


def restore_practice(ws: Workspace, file: Path) -> str:
    """Bring back a practice session from the file its deletion kept (named as printed, or
    by its name alone); return what came back, in words."""
    from levelset.errors import InputError

    if kind_of(file.name) != "practice":
        raise InputError(f"{file.name}: not a deleted practice session's file",
                         hint="give the file `levelset practice delete` printed")  # fmt: skip
    return restore(ws, file.name)


def _practice_name(row: dict[str, Any]) -> str:
    return " · ".join(str(p) for p in (row["kind"], row.get("company"), row["on"]) if p)


def _practice(ws: Workspace, file: Path) -> str:
    from levelset.store.practice import put_back_practice

    row = json.loads(file.read_text(encoding="utf-8"))
    back = put_back_practice(ws.store, row)
    return f"practice session #{back.id} ({_practice_name(row)})"


RESTORERS: dict[str, Callable[[Workspace, Path], str]] = {
    "offer": _offer,
    "event": _events,
    "negotiation": _negotiation,
    "experiment": _experiment,
    "source": _source,
    "posting": _posting,
    "comp": _comp,
    "practice": _practice,
}
