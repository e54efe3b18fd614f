"""PDF résumés: text boxes read with PDFium in a bounded child process, then laid out.

PDFium gives each run of text with its place on the page, so a right-aligned date or place
stays apart from the title beside it and a sidebar can be read apart from the main column
(levelset.proof.layout). Encrypted, image-only and empty PDFs are refused with a message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.layout import Box, Page, read_pages
from levelset.proof.lines import resume_lines
from levelset.proof.model import Document
from levelset.proof.safety import Unreadable, refuse, run_bounded

MAX_PAGES = 30
_NO_TEXT = (
    "no text found in the PDF: it looks scanned or made of images, and levelset does no OCR; "
    "export a PDF with selectable text from your editor, or import the .docx or .md version"
)


def import_pdf(path: Path) -> Document:
    """A PDF résumé; broken, encrypted, scanned or hostile files get an InputError."""
    import pypdfium2  # noqa: F401  imported before the fork so each child starts warm

    pages = run_bounded(extract_pages, path, "PDF")
    if not any(page.boxes for page in pages):
        raise refuse(path, _NO_TEXT, "a PDF with selectable text")
    lines: list[Line] = []
    for number, page_lines in enumerate(read_pages(pages), start=1):
        lines.extend(resume_lines(page_lines, f"page {number}", first=len(lines) + 1))
    return parse_resume(lines, path.name)


def extract_pages(path: Path) -> list[Page]:
    """Every page's text boxes (runs in the child process)."""
    import pypdfium2 as pdfium

    with path.open("rb") as stream:
        if not stream.read(1024).lstrip().startswith(b"%PDF"):
            raise Unreadable("the file does not start like a PDF")
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise Unreadable(
                "the PDF is password-protected; save or print a copy without a password "
                "and import that"
            ) from None
        raise Unreadable(f"PDFium could not open it ({error})") from None
    try:
        if len(document) > MAX_PAGES:
            raise Unreadable(f"more than {MAX_PAGES} pages; import the resume itself")
        return [_page(document[index]) for index in range(len(document))]
    finally:
        document.close()


def _page(page: Any) -> Page:
    width, height = page.get_size()
    text = page.get_textpage()
    boxes = []
    for index in range(text.count_rects()):
        left, bottom, right, top = text.get_rect(index)
        content = text.get_text_bounded(left, bottom, right, top)
        if content.strip():
            boxes.append(Box(left, height - top, right, height - bottom, content))
    return Page(width, height, tuple(boxes))
