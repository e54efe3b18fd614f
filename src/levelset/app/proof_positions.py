"""Positions use cases: list what was read, and correct it (edit, merge, drop, move a bullet).

Positions are numbered in the order `positions` lists them (sources in import order, then the
file's order); a correction is stored by how the position was read, so it survives a
re-import of the same file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from levelset.app.workspace import Workspace

if TYPE_CHECKING:
    from levelset.proof.corrections import Correction, Entry, PositionKey
    from levelset.proof.model import Document

EDITABLE = ("title", "company", "start", "end", "location")


@dataclass(frozen=True)
class PositionList:
    """Every position as corrected, numbered, and corrections that no longer find theirs."""

    positions: tuple[dict[str, Any], ...]
    stale: int
    corrections: int = 0  # stored corrections, the last of which undo takes back

    def to_dict(self) -> dict[str, Any]:
        return {
            "positions": list(self.positions),
            "stale_corrections": self.stale,
            "corrections": self.corrections,
        }


def list_positions(ws: Workspace) -> PositionList:
    """The positions read from every imported source, with the user's corrections applied."""
    from levelset.proof.corrections import apply

    pairs = _entries(ws)
    materials, corrections = _read(ws)
    stale = apply(materials, corrections)[1]
    rows = tuple(
        {"number": n, **entry.position.summary()} for n, (_, entry) in enumerate(pairs, start=1)
    )
    return PositionList(rows, len(stale), len(corrections))


def edit_position(ws: Workspace, number: int, changes: dict[str, str | None]) -> PositionList:
    """Set a position's title, company, start, end ("present" while current) or location."""
    from levelset.errors import InputError, Problem
    from levelset.proof.corrections import EDIT, Correction, edited, refuse_end_before_start

    given: dict[str, str | None] = {
        k: v for k, v in changes.items() if k in EDITABLE and v is not None
    }
    if not given:
        raise InputError(
            "say what to change", hint="--title, --company, --start, --end or --location"
        )
    if "title" in given and not (given["title"] or "").strip():
        raise InputError(
            "a position's title cannot be blank",
            problems=[Problem("blank", field="title", expected="the job title")],
            hint="give the title as it should read, or `levelset proof positions drop` "
            "for a position that is not a job",
        )
    _, entry = _numbered(ws, number)
    changed = edited(entry.position, given)  # a date that is not one is refused before storing
    if "start" in given or "end" in given:
        refuse_end_before_start(changed)
    return _record(ws, Correction(EDIT, _key(entry), tuple(given.items())))


def merge_positions(ws: Workspace, keep: int, absorb: int) -> PositionList:
    """Fold position `absorb` into `keep`: its bullets move over, the dates widen to both."""
    from levelset.proof.corrections import MERGE, Correction

    kept, gone = _pair(ws, keep, absorb)
    return _record(ws, Correction(MERGE, _key(kept), other=_key(gone)))


def drop_position(ws: Workspace, number: int) -> PositionList:
    """Forget a position that is not one (its bullets stay as loose evidence)."""
    from levelset.proof.corrections import DROP, Correction

    _, entry = _numbered(ws, number)
    return _record(ws, Correction(DROP, _key(entry)))


def move_bullet(ws: Workspace, number: int, bullet: int, to: int) -> PositionList:
    """Move bullet `bullet` (1 = the first) of position `number` to position `to`."""
    from levelset.proof.corrections import MOVE, Correction

    source, destination = _pair(ws, number, to)
    text = _bullet_text(source, number, bullet)
    return _record(ws, Correction(MOVE, _key(source), other=_key(destination), bullet=text))


def forget_bullet(ws: Workspace, number: int, bullet: int) -> PositionList:
    """Take bullet `bullet` (1 = the first) of position `number` out of the evidence; the
    last correction's undo brings it back."""
    from levelset.proof.corrections import FORGET, Correction

    _, entry = _numbered(ws, number)
    text = _bullet_text(entry, number, bullet)
    return _record(ws, Correction(FORGET, _key(entry), bullet=text))


def _bullet_text(entry: Entry, number: int, bullet: int) -> str:
    from levelset.errors import NotFound

    bullets = entry.position.bullets
    if not 1 <= bullet <= len(bullets):
        raise NotFound(
            f"position {number} has no bullet {bullet}",
            hint=f"it has {len(bullets)}: see levelset proof positions --bullets",
        )
    return bullets[bullet - 1].text


def undo_correction(ws: Workspace) -> dict[str, Any]:
    """Take back the last correction."""
    from levelset.errors import NotFound
    from levelset.store.proof_corrections import undo_correction as undo

    undone = undo(ws.store)
    if undone is None:
        raise NotFound("no correction to undo")
    return {"undone": undone.to_dict(), **list_positions(ws).to_dict()}


def _read(ws: Workspace) -> tuple[Any, list[Correction]]:
    from levelset.store.proof import load_materials
    from levelset.store.proof_corrections import load_corrections

    return load_materials(ws.store), load_corrections(ws.store)


def _entries(ws: Workspace) -> list[tuple[Document, Entry]]:
    from levelset.proof.corrections import corrected_entries

    return corrected_entries(*_read(ws))


def _numbered(ws: Workspace, number: int) -> tuple[Document, Entry]:
    from levelset.errors import NotFound

    pairs = _entries(ws)
    if not 1 <= number <= len(pairs):
        hint = f"positions are numbered 1 to {len(pairs)}" if pairs else "import a resume first"
        raise NotFound(f"no position {number}", hint=f"{hint}: see levelset proof positions")
    return pairs[number - 1]


def _pair(ws: Workspace, first: int, second: int) -> tuple[Entry, Entry]:
    from levelset.errors import InputError

    if first == second:
        raise InputError("name two different positions")
    (doc_a, a), (doc_b, b) = _numbered(ws, first), _numbered(ws, second)
    if doc_a.source != doc_b.source:
        raise InputError(
            f"positions {first} and {second} come from different files "
            f"({doc_a.source}, {doc_b.source})",
            hint="merge or move within one file; correct each file's positions on their own",
        )
    return a, b


def _key(entry: Entry) -> PositionKey:
    """One key of the read positions an entry stands for (the same one every time)."""
    return min(entry.keys, key=lambda k: (k.start or "", k.title, k.company))


def _record(ws: Workspace, correction: Correction) -> PositionList:
    from levelset.store.proof_corrections import add_correction

    add_correction(ws.store, correction)
    return list_positions(ws)
