"""Choose the importer for each file and read many files into one Materials value."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path

from levelset.errors import InputError, NotFound, Problem
from levelset.proof.model import Document, Materials
from levelset.proof.safety import read_text, refuse

FORMATS = (
    "JSON Resume (.json), LinkedIn export (.zip or folder), .pdf, .docx, .md, .txt, stories (.yaml)"
)
CSV_ALONE = (
    "the LinkedIn export's folder or .zip that holds it; a sheet of applications goes to "
    "`levelset track import`"
)


_MISSING = "no such file"

_BY_SUFFIX = {
    ".json": ("levelset.proof.importers.jsonresume", "import_json_resume"),
    ".zip": ("levelset.proof.importers.linkedin", "import_linkedin"),
    ".pdf": ("levelset.proof.importers.pdf", "import_pdf"),
    ".docx": ("levelset.proof.importers.docx", "import_docx"),
}


def import_file(path: Path | str) -> Document:
    """One file (or LinkedIn export folder) as a Document; InputError naming it otherwise."""
    path = Path(path)
    if path.is_dir():
        return _folder(path)
    if not path.exists():
        raise refuse(path, _MISSING)
    if path.stat().st_size == 0:  # an empty .docx read as "not a readable zip file"
        raise refuse(path, "the file is empty: nothing to import", "a resume with text")
    suffix = path.suffix.lower()
    if suffix in _BY_SUFFIX:
        module, function = _BY_SUFFIX[suffix]
        reader: Callable[[Path], Document] = getattr(importlib.import_module(module), function)
        return _within_bounds(reader(path), path)
    return _within_bounds(_text_like(path, suffix), path)


MAX_PIECE_CHARS = 20_000  # a bullet, a story's part, a summary: real ones are far shorter


def _within_bounds(document: Document, path: Path) -> Document:
    """The document, or a refusal naming the first piece of text too long to be real (every
    later reading of the proof runs its patterns over each piece: an endless line would make
    each report take seconds)."""
    pieces: list[tuple[str, str]] = [
        ("the headline", document.headline or ""),
        ("the summary", document.summary or ""),
    ]
    pieces += [(f"a bullet of {b.position or 'the file'}", b.text) for b in document.bullets()]
    for story in document.stories:
        for part in ("situation", "task", "action", "result"):
            pieces.append((f"the {part} of story {story.title!r}", getattr(story, part)))
    for where, text in pieces:
        if len(text) > MAX_PIECE_CHARS:
            raise refuse(
                path,
                f"{where[:120]} is {len(text):,} characters long",
                f"at most {MAX_PIECE_CHARS:,} characters in one bullet, story part or summary",
            )
    return document


def _folder(path: Path) -> Document:
    from levelset.proof.importers.linkedin import import_linkedin, looks_like_export

    if not looks_like_export(path):
        raise refuse(path, "folder is not a LinkedIn export", "Positions.csv or Profile.csv inside")
    return import_linkedin(path)


def _text_like(path: Path, suffix: str) -> Document:
    from levelset.proof.importers.stories import import_stories, looks_like_stories
    from levelset.proof.importers.text import import_text_file

    if suffix in {".yaml", ".yml"}:
        return import_stories(path)
    if suffix in {".md", ".markdown", ".txt", ".text", ""}:
        return (
            import_stories(path) if looks_like_stories(read_text(path)) else import_text_file(path)
        )
    if suffix == ".csv":  # one file of a LinkedIn export, or a tracker's sheet
        raise refuse(path, "a CSV file alone is not read here", CSV_ALONE)
    raise refuse(path, f"unsupported file type {suffix!r}", FORMATS)


def import_files(paths: Iterable[Path | str]) -> Materials:
    """Every file read; if any fails, one InputError with every file's problems."""
    documents: list[Document] = []
    problems: list[Problem] = []
    missing: list[str] = []  # each as the user wrote it: a folder mistyped shows
    for path in paths:
        try:
            documents.append(import_file(path))
        except InputError as error:
            problems.extend(error.problems or [Problem(error.message, file=Path(path).name)])
            if any(p.message == _MISSING for p in error.problems):
                missing.append(str(path))
    if problems and all(p.message == _MISSING for p in problems):
        names = ", ".join(sorted(set(missing)))
        raise NotFound(f"no such file: {names}", hint="check the path; nothing was imported")
    if problems:
        files = sorted({p.file or "?" for p in problems})
        first = problems[0]
        plain = not first.expected or first.message.startswith("expected")
        said = first.message if plain else f"{first.message} (expected {first.expected})"
        raise InputError(f"could not import {', '.join(files)}: {said}", problems=problems)
    return Materials(tuple(documents))
