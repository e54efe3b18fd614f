"""The playbook as a PDF, with the charts embedded as vectors.

Fonts are a subset of DejaVu Sans shipped with the package, so accents, Greek, Cyrillic,
currency signs and check marks print without any system font. The PDF is written by levelset's
own writer (levelset/pdfwrite), which imports in milliseconds. A character outside the shipped
font (CJK) uses a system CJK font when one is installed, through fpdf2, whose per-character
font fallback the own writer does not have; without such a font it is reduced to its closest
plain letter, or '?' when it has none. The layout of the blocks is in playbook/pdf_blocks.py
and is the same for both writers.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from levelset.pdfwrite.document import Document
from levelset.playbook.model import Playbook
from levelset.playbook.pdf_blocks import MUTED, render_blocks
from levelset.playbook.pdf_lines import Widths
from levelset.playbook.pdf_text import (
    EXTRA,
    FONT,
    FONT_FILES,
    covered,
    font_path,
    pdf_svg,
    printable_text,
)

__all__ = [
    "FONT",
    "FONT_FILES",
    "fallback_font",
    "font_path",
    "pdf_svg",
    "printable_text",
    "to_pdf",
]
MARGIN = 18  # mm on every side

FALLBACK_FONTS = (  # optional system fonts with CJK glyphs (Debian fonts-droid-fallback)
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)


def fallback_font(chosen: str | None = None) -> str | None:
    """A system font for CJK text, or None; `chosen` (a .ttf path) is tried first."""
    for path in ((chosen,) if chosen else ()) + FALLBACK_FONTS:
        if path.endswith(".ttf") and Path(path).is_file():
            return path
    return None


@cache
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def _fallback_for(book: Playbook, chosen: str | None) -> str | None:
    """The fallback font when the book has a character the shipped font lacks."""
    missing = {ord(c) for c in repr(book)} - covered()
    path = fallback_font(chosen) if missing else None
    return path if path and missing & _cmap(path) else None


def _footer(pdf: Any, book: Playbook) -> None:
    pdf.set_y(-12)
    pdf.set_font(FONT, "", 8)
    pdf.set_text_color(*MUTED)
    note = f"levelset playbook for {book.person} · {book.made_on.isoformat()}"
    pdf.cell(0, 5, printable_text(note), align="L")
    pdf.set_x(pdf.l_margin)
    pdf.cell(0, 5, f"page {pdf.page_no()}", align="R")


def _set_up(pdf: Any, book: Playbook) -> None:
    for style in FONT_FILES:
        pdf.add_font(FONT, style, font_path(style))
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN)
    pdf.set_title(printable_text(f"{book.title}: {book.person}"))
    pdf.set_creator("levelset")


class _Document(Document):
    """The own writer: every character of the book is in the shipped font."""

    def __init__(self, book: Playbook) -> None:
        super().__init__()
        self.book = book
        self.widths: Widths | None = Widths(self)
        _set_up(self, book)

    def footer(self) -> None:
        _footer(self, self.book)


def _fpdf_document(book: Playbook, fallback: str) -> Any:
    """fpdf2's document with the system font as the fallback for what the shipped one lacks."""
    from levelset.playbook.pdf_writer import FPDF

    class FallbackDocument(FPDF):
        widths = None  # fpdf2 breaks the lines: a character's font depends on the character

        def footer(self) -> None:
            _footer(self, book)

    pdf = FallbackDocument(format="A4")
    _set_up(pdf, book)
    pdf.add_font("Fallback", "", fallback)
    pdf.set_fallback_fonts(["Fallback"], exact_match=False)
    return pdf


def to_pdf(book: Playbook, fallback_font: str | None = None) -> bytes:
    """The PDF bytes of the playbook; `fallback_font` names a CJK font to try first."""
    fallback = _fallback_for(book, fallback_font)
    token = EXTRA.set(_cmap(fallback) if fallback else frozenset())
    try:
        pdf = _Document(book) if fallback is None else _fpdf_document(book, fallback)
        render_blocks(pdf, book)
        return bytes(pdf.output())
    finally:
        EXTRA.reset(token)
