"""The playbook as a PDF through fpdf2 (pure Python), with the charts embedded as vectors.

Fonts are a subset of DejaVu Sans shipped with the package, so accents, Greek, Cyrillic,
currency signs and check marks print without any system font. A character outside the
subset (CJK) uses a system CJK font when one is installed, else it is reduced to its closest
plain letter, or '?' when it has none.
"""

from __future__ import annotations

import io
import re
import unicodedata
from contextvars import ContextVar
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from levelset.charts import printable
from levelset.charts.svg import HALO
from levelset.playbook.model import (
    QA,
    Block,
    Bullets,
    Chart,
    Checklist,
    Paragraph,
    Playbook,
    Quote,
    Table,
)
from levelset.playbook.pdf_lines import Widths, write
from levelset.playbook.pdf_writer import FPDF, XPos, YPos

FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
INK, MUTED, ACCENT, PASS, FAIL = (
    (31, 41, 55),
    (107, 114, 128),
    (37, 99, 235),
    (21, 128, 61),
    (
        185,
        28,
        28,
    ),
)
LINE = 5.2  # mm per line of body text
QUESTION_WITH_ANSWER = 3  # lines: the question and the first two of its answer
KEEP_WITH_NEXT = 35  # mm: a heading closer than this to the page end starts a new page


FALLBACK_FONTS = (  # optional system fonts with CJK glyphs (Debian fonts-droid-fallback)
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)
_EXTRA: ContextVar[frozenset[int]] = ContextVar("extra_code_points", default=frozenset())


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


def font_path(style: str) -> str:
    return str(resources.files("levelset.playbook") / "fonts" / FONT_FILES[style])


@cache
def covered() -> frozenset[int]:
    """Code points the shipped font can draw."""
    from fontTools.ttLib import TTFont

    with TTFont(font_path("")) as font:
        return frozenset(font.getBestCmap())


def printable_text(text: str) -> str:
    """The text with backticks dropped and characters outside the font reduced safely."""
    chars = []
    extra = _EXTRA.get()
    for char in text.replace("`", ""):
        if ord(char) in covered() or ord(char) in extra or char in "\n\t":
            chars.append(char)
            continue
        plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
        chars.append(plain or "?")
    return "".join(chars)


def pdf_svg(svg: str) -> str:
    """The chart drawn with the shipped font, so its labels print any character it covers."""
    text = re.sub(r'font-family="[^"]*"', f'font-family="{FONT}"', printable(svg))
    # fpdf2 draws a text's stroke over its fill (no paint-order), so the white halo the browser
    # puts behind a chart's labels would paint them white: the PDF draws them without it.
    text = text.replace(HALO, "")
    token = _EXTRA.set(frozenset())  # charts use the shipped font only
    try:
        return printable_text(text)
    finally:
        _EXTRA.reset(token)


class _Document(FPDF):
    def __init__(self, book: Playbook, fallback: str | None) -> None:
        super().__init__(format="A4")
        self.book = book
        self.widths = None if fallback else Widths(self)  # a fallback font: fpdf2's breaks
        for style in FONT_FILES:
            self.add_font(FONT, style, font_path(style))
        if fallback is not None:
            self.add_font("Fallback", "", fallback)
            self.set_fallback_fonts(["Fallback"], exact_match=False)
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)
        self.set_title(printable_text(f"{book.title}: {book.person}"))
        self.set_creator("levelset")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        note = f"levelset playbook for {self.book.person} · {self.book.made_on.isoformat()}"
        self.cell(0, 5, printable_text(note), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"page {self.page_no()}", align="R")


def to_pdf(book: Playbook, fallback_font: str | None = None) -> bytes:
    """The PDF bytes of the playbook; `fallback_font` names a CJK font to try first."""
    fallback = _fallback_for(book, fallback_font)
    token = _EXTRA.set(_cmap(fallback) if fallback else frozenset())
    try:
        return _render(_Document(book, fallback), book)
    finally:
        _EXTRA.reset(token)


def _render(pdf: _Document, book: Playbook) -> bytes:
    pdf.add_page()
    _title(pdf, book)
    for section in book.sections:
        _heading(pdf, section.title)
        for block in section.blocks:
            _block(pdf, block)
    _heading(pdf, "Sources")
    _bullets(pdf, Bullets(book.sources))
    return bytes(pdf.output())


def _lines(pdf: _Document, w: float, h: float, text: str) -> None:
    """Left-aligned lines of text, as multi_cell lays them out (playbook/pdf_lines.py)."""
    if pdf.widths is None:
        pdf.multi_cell(w, h, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        write(pdf, pdf.widths, w, h, text)


def _title(pdf: _Document, book: Playbook) -> None:
    pdf.set_font(FONT, "B", 22)
    pdf.set_text_color(*INK)
    _lines(pdf, 0, 10, printable_text(book.title))
    pdf.set_font(FONT, "", 11)
    pdf.set_text_color(*MUTED)
    _lines(pdf, 0, 6, printable_text(f"{book.subtitle} · made on {book.made_on.isoformat()}"))
    pdf.ln(2)


def _heading(pdf: _Document, title: str) -> None:
    if pdf.get_y() > pdf.h - pdf.b_margin - KEEP_WITH_NEXT:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font(FONT, "B", 13)
    pdf.set_text_color(*INK)
    _lines(pdf, 0, 7, printable_text(title))
    pdf.set_draw_color(229, 231, 235)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)


def _body(pdf: _Document, size: float = 10, colour: tuple[int, int, int] = INK) -> None:
    pdf.set_font(FONT, "", size)
    pdf.set_text_color(*colour)


def _block(pdf: _Document, block: Block) -> None:
    if isinstance(block, Paragraph):
        _body(pdf)
        _lines(pdf, 0, LINE, printable_text(block.text))
        pdf.ln(1.5)
    elif isinstance(block, Bullets):
        _bullets(pdf, block)
    elif isinstance(block, Checklist):
        _checklist(pdf, block)
    elif isinstance(block, Table):
        _table(pdf, block)
    elif isinstance(block, Chart):
        _chart(pdf, block)
    elif isinstance(block, Quote):
        _quote(pdf, block)
    else:
        assert isinstance(block, QA)
        if pdf.get_y() > pdf.h - pdf.b_margin - QUESTION_WITH_ANSWER * LINE:
            pdf.add_page()  # a question never ends a page without its answer
        pdf.set_font(FONT, "B", 10)
        pdf.set_text_color(*INK)
        _lines(pdf, 0, LINE, printable_text(block.question))
        _body(pdf)
        _lines(pdf, 0, LINE, printable_text(block.answer))
        pdf.ln(1.5)


def _marked_line(pdf: _Document, mark: str, colour: tuple[int, int, int], text: str) -> None:
    indent = 6
    pdf.set_x(pdf.l_margin)
    pdf.set_font(FONT, "B", 10)
    pdf.set_text_color(*colour)
    pdf.cell(indent, LINE, mark)
    _body(pdf)
    _lines(pdf, pdf.epw - indent, LINE, printable_text(text))
    pdf.ln(0.8)


def _bullets(pdf: _Document, block: Bullets) -> None:
    for item in block.items:
        _marked_line(pdf, "•", ACCENT, item)
    pdf.ln(1)


def _checklist(pdf: _Document, block: Checklist) -> None:
    for check in block.items:
        mark, colour = ("✓", PASS) if check.passed else ("✗", FAIL)
        evidence = f" ({check.evidence})" if check.evidence else ""
        _marked_line(pdf, mark, colour, f"{check.text}{evidence}")
    pdf.ln(1)


def _table(pdf: _Document, block: Table) -> None:
    _body(pdf, 8.5)
    widths = _widths(block)
    with pdf.table(
        col_widths=widths,
        line_height=4.6,
        headings_style=_heading_style(),
        borders_layout="HORIZONTAL_LINES",
        text_align="LEFT",
        padding=1.2,
    ) as table:
        for cells in (block.header, *block.rows):
            row = table.row()
            for cell in cells:
                row.cell(printable_text(cell))
    pdf.ln(2)


def _heading_style() -> Any:
    from fpdf.fonts import FontFace

    return FontFace(family=FONT, emphasis="BOLD", fill_color=(243, 244, 246))


def _widths(block: Table) -> tuple[float, ...]:
    """Columns as wide as their longest text, within bounds, so long text gets the room."""
    longest = [
        max(len(row[i]) for row in block.rows) if block.rows else 0
        for i in range(len(block.header))
    ]
    return tuple(
        min(max(n, len(h) + 5, 10), 70) for n, h in zip(longest, block.header, strict=True)
    )


def _chart(pdf: _Document, block: Chart) -> None:
    if pdf.get_y() > pdf.h - pdf.b_margin - 70:
        pdf.add_page()
    pdf.image(io.BytesIO(pdf_svg(block.svg).encode("utf-8")), w=pdf.epw)
    _body(pdf, 8.5, MUTED)
    _lines(pdf, 0, 4.4, printable_text(block.caption))
    pdf.ln(2)


def _quote(pdf: _Document, block: Quote) -> None:
    _body(pdf, 10)
    pdf.set_fill_color(239, 246, 255)
    top = pdf.get_y()
    pdf.set_x(pdf.l_margin + 3)
    pdf.multi_cell(
        pdf.epw - 3,
        LINE,
        printable_text(block.text),
        fill=True,
        padding=2,
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1)
    if pdf.get_y() > top:  # the bar only when the quote did not break across pages
        pdf.line(pdf.l_margin + 1.5, top, pdf.l_margin + 1.5, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(2)
