"""The playbook's text made printable in the shipped PDF font (DejaVu Sans, a subset).

A character the font lacks is reduced to its closest plain letter, or '?' when it has none,
unless the rendering names extra code points a fallback font can draw (`EXTRA`).
"""

from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from levelset.charts import printable
from levelset.charts.svg import HALO
from levelset.pdfwrite.truetype import read_font

FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
EXTRA: ContextVar[frozenset[int]] = ContextVar("extra_code_points", default=frozenset())


def font_path(style: str) -> str:
    return str(Path(__file__).parent / "fonts" / FONT_FILES[style])


@cache
def covered() -> frozenset[int]:
    """Code points the shipped font can draw."""
    return frozenset(read_font(font_path("")).glyph_of)


def printable_text(text: str) -> str:
    """The text with backticks dropped and characters outside the font reduced safely."""
    chars = []
    extra = EXTRA.get()
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
    # a PDF draws a text's stroke over its fill (no paint-order), so the white halo the browser
    # puts behind a chart's labels would paint them white: the PDF draws them without it.
    text = text.replace(HALO, "")
    token = EXTRA.set(frozenset())  # charts use the shipped font only
    try:
        return printable_text(text)
    finally:
        EXTRA.reset(token)
