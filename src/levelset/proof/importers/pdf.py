"""PDF resumes, read with pypdf in a bounded child process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from levelset.proof.importers.columns import split_columns
from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.model import Document
from levelset.proof.safety import Unreadable, refuse, run_bounded

MAX_PAGES = 30


def import_pdf(path: Path) -> Document:
    """A PDF resume; broken, encrypted, scanned or hostile files get an InputError."""
    import pypdf  # noqa: F401  imported before the fork so each child starts warm

    pages = run_bounded(extract_pages, path, "PDF")
    if not any(page.strip() for page in pages):
        raise refuse(
            path,
            "no text found in the PDF (a scan or an image?); export a PDF with selectable text "
            "from your editor, or import the .docx or .md version",
            "a PDF with selectable text",
        )
    lines: list[Line] = []
    for page_number, page in enumerate(pages, start=1):
        for raw in split_columns(page).splitlines():
            lines.append(Line(len(lines) + 1, raw, f"page {page_number}"))
    return parse_resume(lines, path.name)


def extract_pages(path: Path) -> list[str]:
    """The text of every page (runs in the child process)."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # our message says what went wrong
    with path.open("rb") as stream:
        if not stream.read(1024).lstrip().startswith(b"%PDF"):
            raise Unreadable("the file does not start like a PDF")
        stream.seek(0)
        reader = PdfReader(stream, strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise Unreadable(
                "the PDF is password-protected; save or print a copy without a password "
                "and import that"
            )
        if len(reader.pages) > MAX_PAGES:
            raise Unreadable(f"more than {MAX_PAGES} pages; import the resume itself")
        return [_page_text(page) for page in reader.pages]


def _opens_without_password(reader: Any) -> bool:
    """Many PDFs are encrypted only against editing and open with an empty password."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # an unsupported cipher reads as locked
        return False


def _page_text(page: Any) -> str:
    """Layout mode keeps right-aligned dates and locations apart from titles and companies."""
    try:
        return str(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # layout mode is newer and stricter; plain text is the fallback
        return str(page.extract_text() or "")
