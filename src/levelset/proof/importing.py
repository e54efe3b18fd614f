"""Choose the importer for each file and read many files into one Materials value."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from levelset.errors import InputError, Problem
from levelset.proof.model import Document, Materials
from levelset.proof.safety import read_text, refuse

FORMATS = (
    "JSON Resume (.json), LinkedIn export (.zip or folder), .pdf, .docx, .md, .txt, stories (.yaml)"
)


def import_file(path: Path | str) -> Document:
    """One file (or LinkedIn export folder) as a Document; InputError naming it otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        return _folder(path)
    if not path.exists():
        raise refuse(path, "no such file")
    if suffix == ".json":
        from levelset.proof.importers.jsonresume import import_json_resume

        return import_json_resume(path)
    if suffix == ".zip":
        from levelset.proof.importers.linkedin import import_linkedin

        return import_linkedin(path)
    if suffix == ".pdf":
        from levelset.proof.importers.pdf import import_pdf

        return import_pdf(path)
    if suffix == ".docx":
        from levelset.proof.importers.docx import import_docx

        return import_docx(path)
    return _text_like(path, suffix)


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
    raise refuse(path, f"unsupported file type {suffix!r}", FORMATS)


def import_files(paths: Iterable[Path | str]) -> Materials:
    """Every file read; if any fails, one InputError with every file's problems."""
    documents: list[Document] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            documents.append(import_file(path))
        except InputError as error:
            problems.extend(error.problems or [Problem(error.message, file=Path(path).name)])
    if problems:
        files = sorted({p.file or "?" for p in problems})
        raise InputError(
            f"could not import {', '.join(files)}: {problems[0].message}", problems=problems
        )
    return Materials(tuple(documents))
