"""Plain text broken into the lines of a PDF column and drawn a line at a time.

fpdf2's `multi_cell` finds its breaks by summing the widths of a line's characters again for
every character it adds (a 3-page playbook: 270,000 character widths for 10,000 characters,
more than half of its layout time). Here a character's width is asked of the writer once per
font and size, and each word's width is summed once. The breaks fall where `multi_cell` puts them
for left-aligned text: at the last space that lets the line fit (the space dropped), inside a
word only when the word alone is wider than the line; a newline always breaks (a last one
opens no line).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

TOLERANCE = 1e-9  # fpdf2's FloatTolerance: a line this much wider still fits


def fitted(text: str, room: float, width: Callable[[str], float]) -> list[str]:
    """The lines of `text` at most `room` wide, `width` giving a piece of text's width."""
    lines: list[str] = []
    space = width(" ")
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for at, word in enumerate(paragraph.split(" ")):
            wide = width(word)
            if at and used + space + wide <= room + TOLERANCE:
                line, used = f"{line} {word}", used + space + wide
                continue
            if at:
                lines.append(line)
            line, used = word, wide
            while used > room + TOLERANCE and len(line) > 1:  # a word wider than the line
                head = _longest_head(line, room, width)
                lines.append(line[:head])
                line = line[head:]
                used = width(line)
        lines.append(line)
    if text.endswith("\n"):
        lines.pop()  # a newline at the end opens no line of its own
    return lines


def _longest_head(word: str, room: float, width: Callable[[str], float]) -> int:
    """How many of the word's first characters fit in `room` (at least one)."""
    used = 0.0
    for at, char in enumerate(word):
        used += width(char)
        if used > room + TOLERANCE:
            return max(at, 1)
    return len(word)


class Widths:
    """Each character's width in the document's current font and size, asked once."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf
        self.known: dict[tuple[str, str, float], dict[str, float]] = {}

    def __call__(self, text: str) -> float:
        pdf = self.pdf
        font = (pdf.font_family, pdf.font_style, pdf.font_size_pt)
        table = self.known.get(font) or self.known.setdefault(font, {})
        total = 0.0
        for char in text:
            known = table.get(char)
            if known is None:
                known = table[char] = pdf.get_string_width(char)
            total += known
        return total


def write(pdf: Any, widths: Widths, w: float, h: float, text: str) -> None:
    """As `multi_cell(w, h, text, align="L", new_x=LMARGIN, new_y=NEXT)`: lines of height
    `h` from the current position, `w` wide (0: to the right margin)."""
    left = pdf.get_x()
    w = w or pdf.w - pdf.r_margin - left
    for line in fitted(text, w - 2 * pdf.c_margin, widths):
        pdf.set_x(left)
        pdf.cell(w, h, line, align="L")
        pdf.ln(h)
