"""The playbook's blocks laid out on PDF pages: headings, paragraphs, lists, checklists,
tables, charts, quotes and questions, with the page-break rules a reader expects.

The layout asks only for what both PDF writers offer (playbook/pdf.py): the cursor, one-line
cells, lines and fills; a table, a quote and a chart are drawn from those here.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from levelset.pdfwrite.document import Document
from levelset.pdfwrite.svg import draw_svg
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
from levelset.playbook.pdf_lines import fitted, write
from levelset.playbook.pdf_text import FONT, pdf_svg, printable_text

INK, MUTED, ACCENT = (31, 41, 55), (107, 114, 128), (37, 99, 235)
PASS, FAIL = (21, 128, 61), (185, 28, 28)
RULE, HEAD_FILL, QUOTE_FILL = (229, 231, 235), (243, 244, 246), (239, 246, 255)
LINE = 5.2  # mm per line of body text
QUESTION_WITH_ANSWER = 3  # lines: the question and the first two of its answer
KEEP_WITH_NEXT = 35  # mm: a heading closer than this to the page end starts a new page
CELL_LINE, CELL_PAD = 4.6, 1.2  # a table's line height and the padding around a cell's text
QUOTE_PAD = 2.0


def render_blocks(pdf: Any, book: Playbook) -> None:
    """The whole book on `pdf`: title, sections, sources."""
    pdf.add_page()
    _title(pdf, book)
    for section in book.sections:
        _heading(pdf, section.title)
        for block in section.blocks:
            _block(pdf, block)
    _heading(pdf, "Sources")
    _bullets(pdf, Bullets(book.sources))


def _lines(pdf: Any, w: float, h: float, text: str) -> None:
    """Left-aligned lines of text, as fpdf2's multi_cell lays them out (playbook/pdf_lines.py);
    with a fallback font fpdf2's own, since a character's font then depends on the character."""
    if pdf.widths is None:
        pdf.multi_cell(w, h, text, align="L", new_x="LMARGIN", new_y="NEXT")
    else:
        write(pdf, pdf.widths, w, h, text)


def _measure(pdf: Any) -> Callable[[str], float]:
    measure: Callable[[str], float] = pdf.widths or pdf.get_string_width
    return measure


def _title(pdf: Any, book: Playbook) -> None:
    pdf.set_font(FONT, "B", 22)
    pdf.set_text_color(*INK)
    _lines(pdf, 0, 10, printable_text(book.title))
    pdf.set_font(FONT, "", 11)
    pdf.set_text_color(*MUTED)
    _lines(pdf, 0, 6, printable_text(f"{book.subtitle} · made on {book.made_on.isoformat()}"))
    pdf.ln(2)


def _heading(pdf: Any, title: str) -> None:
    if pdf.get_y() > pdf.h - pdf.b_margin - KEEP_WITH_NEXT:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font(FONT, "B", 13)
    pdf.set_text_color(*INK)
    _lines(pdf, 0, 7, printable_text(title))
    pdf.set_draw_color(*RULE)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)


def _body(pdf: Any, size: float = 10, colour: tuple[int, int, int] = INK) -> None:
    pdf.set_font(FONT, "", size)
    pdf.set_text_color(*colour)


def _block(pdf: Any, block: Block) -> None:
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


def _marked_line(pdf: Any, mark: str, colour: tuple[int, int, int], text: str) -> None:
    indent = 6
    pdf.set_x(pdf.l_margin)
    pdf.set_font(FONT, "B", 10)
    pdf.set_text_color(*colour)
    pdf.cell(indent, LINE, mark)
    _body(pdf)
    _lines(pdf, pdf.epw - indent, LINE, printable_text(text))
    pdf.ln(0.8)


def _bullets(pdf: Any, block: Bullets) -> None:
    for item in block.items:
        _marked_line(pdf, "•", ACCENT, item)
    pdf.ln(1)


def _checklist(pdf: Any, block: Checklist) -> None:
    for check in block.items:
        mark, colour = ("✓", PASS) if check.passed else ("✗", FAIL)
        evidence = f" ({check.evidence})" if check.evidence else ""
        _marked_line(pdf, mark, colour, f"{check.text}{evidence}")
    pdf.ln(1)


def _table(pdf: Any, block: Table) -> None:
    """Rows between horizontal rules, the header filled and bold and repeated on each page a
    table runs onto; a row is never split across pages; each cell's text is broken into
    lines to its column and centred in the row's height."""
    _body(pdf, 8.5)
    sizes = _widths(block)
    widths = [pdf.epw * size / sum(sizes) for size in sizes]
    header = [printable_text(cell) for cell in block.header]
    _table_row(pdf, header, widths, head=True)
    for cells in block.rows:
        row = [printable_text(cell) for cell in cells]
        if pdf.get_y() + _row_height(pdf, row, widths) > pdf.h - pdf.b_margin:
            pdf.add_page()
            _table_row(pdf, header, widths, head=True)
        _table_row(pdf, row, widths, head=False)
    pdf.ln(2)


def _cell_lines(pdf: Any, row: list[str], widths: list[float]) -> list[list[str]]:
    measure = _measure(pdf)
    return [fitted(text, w - 2 * CELL_PAD, measure) for text, w in zip(row, widths, strict=True)]


def _row_height(pdf: Any, row: list[str], widths: list[float]) -> float:
    return max(len(lines) for lines in _cell_lines(pdf, row, widths)) * CELL_LINE + 2 * CELL_PAD


def _table_row(pdf: Any, row: list[str], widths: list[float], *, head: bool) -> None:
    pdf.set_font(FONT, "B" if head else "", 8.5)
    lines = _cell_lines(pdf, row, widths)
    height = max(len(cell) for cell in lines) * CELL_LINE + 2 * CELL_PAD
    top, left = pdf.get_y(), pdf.l_margin
    if head:
        pdf.set_fill_color(*HEAD_FILL)
        pdf.set_xy(left, top)
        pdf.cell(sum(widths), height, "", fill=True)
    x = left
    for cell, w in zip(lines, widths, strict=True):
        y = top + (height - len(cell) * CELL_LINE) / 2
        for line in cell:
            pdf.set_xy(x + CELL_PAD - pdf.c_margin, y)
            pdf.cell(w - 2 * CELL_PAD + 2 * pdf.c_margin, CELL_LINE, line, align="L")
            y += CELL_LINE
        x += w
    pdf.set_draw_color(*RULE)
    pdf.line(left, top + height, left + sum(widths), top + height)
    pdf.set_xy(left, top + height)


def _widths(block: Table) -> tuple[float, ...]:
    """Columns as wide as their longest text, within bounds, so long text gets the room."""
    longest = [
        max(len(row[i]) for row in block.rows) if block.rows else 0
        for i in range(len(block.header))
    ]
    return tuple(
        min(max(n, len(h) + 5, 10), 70) for n, h in zip(longest, block.header, strict=True)
    )


def _chart(pdf: Any, block: Chart) -> None:
    if pdf.get_y() > pdf.h - pdf.b_margin - 70:
        pdf.add_page()
    svg = pdf_svg(block.svg)
    if isinstance(pdf, Document):
        height = draw_svg(pdf, svg, pdf.get_x(), pdf.get_y(), pdf.epw, FONT)
        pdf.set_xy(pdf.l_margin, pdf.get_y() + height)
    else:
        pdf.image(io.BytesIO(svg.encode("utf-8")), w=pdf.epw)
    _body(pdf, 8.5, MUTED)
    _lines(pdf, 0, 4.4, printable_text(block.caption))
    pdf.ln(2)


def _quote(pdf: Any, block: Quote) -> None:
    """A filled box of text with a bar at its left; a quote longer than the room left on the
    page goes on in a box of its own on the next (padded the same; the bar is then left out)."""
    _body(pdf, 10)
    pdf.set_fill_color(*QUOTE_FILL)
    left, w = pdf.l_margin + 3, pdf.epw - 3
    lines = fitted(printable_text(block.text), w - 2 * QUOTE_PAD, _measure(pdf))
    top, start, at = pdf.get_y(), pdf.page_no(), 0
    while at < len(lines):
        y = pdf.get_y()
        room = int((pdf.h - pdf.b_margin - y - 2 * QUOTE_PAD + 1e-9) // LINE)
        if room < 1 and y > pdf.t_margin:
            pdf.add_page()
            continue
        box = lines[at : at + max(room, 1)]
        pdf.set_xy(left, y)
        pdf.cell(w, len(box) * LINE + 2 * QUOTE_PAD, "", fill=True)
        y += QUOTE_PAD
        for line in box:
            pdf.set_xy(left + QUOTE_PAD - pdf.c_margin, y)
            pdf.cell(w - 2 * QUOTE_PAD, LINE, line, align="L")
            y += LINE
        pdf.set_xy(pdf.l_margin, y + QUOTE_PAD)
        at += len(box)
        if at < len(lines):
            pdf.add_page()
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1)
    if pdf.page_no() == start:  # the bar only when the quote did not break across pages
        pdf.line(pdf.l_margin + 1.5, top, pdf.l_margin + 1.5, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(2)
