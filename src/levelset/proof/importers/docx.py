"""DOCX resumes, read with python-docx in a bounded child process after zip checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.model import Document
from levelset.proof.safety import check_zip, refuse, run_bounded


def import_docx(path: Path) -> Document:
    """A Word resume: paragraphs (list paragraphs become bullets) and table cells."""
    names = {m.filename for m in check_zip(path)}
    if "word/document.xml" not in names:
        raise refuse(path, "not a Word document (no word/document.xml)", "a .docx file")
    import docx  # noqa: F401  imported before the fork so each child starts warm

    paragraphs = run_bounded(extract_paragraphs, path, "DOCX")
    lines = [Line(None, text, f"paragraph {i}") for i, text in enumerate(paragraphs, start=1)]
    return parse_resume(lines, path.name)


def extract_paragraphs(path: Path) -> list[str]:
    """Paragraph texts, list items marked with "- " (runs in the child process).

    Body paragraphs come first, then each table row's cells, widest text first: a resume laid
    out in a table reads its main column before the sidebar, as a PDF with a sidebar does.
    """
    import docx

    document = docx.Document(str(path))
    found = [_line(paragraph) for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = list({id(cell._tc): cell for cell in row.cells}.values())  # merged once
            for cell in sorted(cells, key=lambda c: -len(c.text)):
                found.extend(_line(p) for p in cell.paragraphs if p.text.strip())
    return found


def _line(paragraph: Any) -> str:
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    text = str(paragraph.text).strip()
    is_list = "list" in style or (
        paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    )
    return f"- {text}" if is_list and text else text
