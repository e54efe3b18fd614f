"""Proof use cases: import materials, list and clear sources, the proof report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from levelset.app.workspace import Workspace

if TYPE_CHECKING:
    from levelset.proof.model import Document, Materials, SourceRow
    from levelset.proof.report import ProofReport


@dataclass(frozen=True)
class Imported:
    """What one import stored, and a note per file that held nothing usable."""

    rows: tuple[SourceRow, ...]
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"imported": list(self.rows), "notes": list(self.notes)}


def import_proof(ws: Workspace, files: Sequence[Path]) -> Imported:
    """Read every file (all validated before anything is stored), then store them together.

    A file named like one imported before replaces it.
    """
    from levelset.errors import InputError
    from levelset.proof import import_files
    from levelset.store.proof import save_documents

    if not files:
        raise InputError("name at least one file to import")
    materials = import_files(files)
    _refuse_what_holds_nothing(materials.documents)
    rows = save_documents(ws.store, materials.documents)
    return Imported(tuple(rows), tuple(_empty_note(row) for row in rows if _is_empty(row)))


def _refuse_what_holds_nothing(documents: Sequence[Document]) -> None:
    """A résumé or stories file with no position, bullet or story is not stored: it is most
    likely not a résumé (a password file, a cover letter's blank page), and stored it would only
    stand beside the real one adding nothing. A LinkedIn export without Positions.csv is kept (its
    profile still gives the headline), with a note."""
    from levelset.errors import InputError, Problem
    from levelset.proof.model import Channel

    empty = [
        doc.source
        for doc in documents
        if doc.channel is not Channel.LINKEDIN
        and not (doc.positions or doc.stories or doc.bullets())
    ]
    if empty:
        raise InputError(
            f"nothing a résumé holds was found in {', '.join(empty)}: no dated position, "
            "bullet or story; nothing was imported",
            problems=[Problem("no position, bullet or story found", file=name) for name in empty],
            hint="check it is the right file; a résumé is read from PDF, DOCX, Markdown, "
            "plain text, JSON Resume or a LinkedIn export (scanned pages need OCR first)",
        )


def _is_empty(row: SourceRow) -> bool:
    return not (row.positions or row.bullets or row.stories)


def _empty_note(row: SourceRow) -> str:
    # only a LinkedIn export is stored empty: other files are refused before (above)
    return (
        f"{row.name}: no positions, bullets or stories found; is it the right file? "
        "(positions come from Positions.csv)"
    )


def list_sources(ws: Workspace) -> list[SourceRow]:
    """The imported sources with their item counts, oldest first."""
    from levelset.store.proof import list_sources as stored

    return stored(ws.store)


def clear_sources(
    ws: Workspace, names: Sequence[str] = (), *, everything: bool = False
) -> list[str]:
    """Forget the named sources, or all of them with `everything`; NotFound for an unknown one."""
    from levelset.errors import InputError
    from levelset.store.proof import clear_sources as clear
    from levelset.store.proof_corrections import clear_corrections

    if not names and not everything:
        raise InputError(
            "name the sources to remove, or pass --all", hint="see: levelset proof list"
        )
    removed = clear(ws.store, list(names))
    clear_corrections(ws.store, removed)
    return removed


def load_materials(ws: Workspace) -> Materials:
    """Every imported document, with the user's corrections to its positions applied."""
    from levelset.proof.corrections import apply
    from levelset.store.proof import load_materials as stored
    from levelset.store.proof_corrections import load_corrections

    return apply(stored(ws.store), load_corrections(ws.store))[0]


def proof_report(ws: Workspace, *, semantic: bool = False, model: str | None = None) -> ProofReport:
    """Every bullet scored, the checklist, the scan and the consistency check.

    With `semantic`, claims are also compared with the local embedding model `model` (the
    door names it; the shipped default otherwise), when it is installed. A bullet read by an
    earlier command and kept with its analysis (same text, same code: `app.proof_analysis`) is
    not read again; the report keeps nothing itself.
    """
    from levelset.app.profile import show_profile
    from levelset.app.proof_analysis import kept_readings
    from levelset.proof import analyse
    from levelset.proof.scan import first_sentences

    materials = load_materials(ws)
    readings = kept_readings(ws.store)
    understood = readings.of(b.text for b in materials.bullets())
    readings.features_of(s for _, s in first_sentences(materials))  # what the scan reads
    return analyse(
        materials, show_profile(ws), semantic=semantic, model=model, understood=understood
    )
