"""The playbook's own line breaking against fpdf2's multi_cell, on the same fonts and widths."""

from __future__ import annotations

import pytest
from fpdf.enums import MethodReturnValue

from levelset.playbook.pdf import FONT, FONT_FILES, font_path
from levelset.playbook.pdf_lines import Widths, fitted
from levelset.playbook.pdf_writer import FPDF

TEXTS = (
    "Ask for a number you can defend for a staff ML engineer, not a number you hope for. "
    "Look up your range first: without it every number is a guess.",
    "A supercalifragilistic_word_far_too_long_to_fit_on_one_line_of_the_page_without_a_break"
    "_somewhere_in_the_middle and then more words after it.",
    "Two  spaces,   three spaces, a trailing space \nand a newline, Ünïcödé ΕΛΛΗΝΙΚΆ кириллица "
    "✓ ✗ € £ ¥ end.",
    "",
    "x" * 300,
    "short",
    "\n\nlines after blank lines\n",
    "\n",
    "two newlines at the end\n\n",
    " a leading space and a space at the end of a line that is just long enough to wrap here ",
)


def _document(style: str, size: float) -> FPDF:
    pdf = FPDF(format="A4")
    for name in FONT_FILES:
        pdf.add_font(FONT, name, font_path(name))
    pdf.add_page()
    pdf.set_font(FONT, style, size)
    return pdf


@pytest.mark.parametrize("style, size", [("", 10), ("B", 13), ("", 8.5)])
@pytest.mark.parametrize("width", [40.0, 120.0, 174.0])
def test_the_lines_break_where_multi_cell_breaks_them(
    style: str, size: float, width: float
) -> None:
    pdf = _document(style, size)
    widths = Widths(pdf)
    for text in TEXTS:
        theirs = pdf.multi_cell(width, 5, text, dry_run=True, output=MethodReturnValue.LINES)
        assert fitted(text, width - 2 * pdf.c_margin, widths) == theirs, text


def test_a_characters_width_is_asked_once_per_font_and_size() -> None:
    pdf = _document("", 10)
    widths = Widths(pdf)
    assert widths("abc") == pytest.approx(pdf.get_string_width("abc"))
    widths("aaaa")
    pdf.set_font(FONT, "B", 10)
    assert widths("a") > 0
    assert sorted(len(table) for table in widths.known.values()) == [1, 3]
