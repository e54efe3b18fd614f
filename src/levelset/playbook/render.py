"""One entry point for the three formats: Markdown, self-contained HTML, PDF."""

from __future__ import annotations

from enum import StrEnum

from levelset.errors import UnknownValue
from levelset.playbook.model import Playbook

# the doors read it and pass the font on; here, so that writing Markdown never loads the PDF code
FALLBACK_FONT_ENV = "LEVELSET_PDF_FALLBACK_FONT"


class Format(StrEnum):
    MD = "md"
    HTML = "html"
    PDF = "pdf"


def parse_format(text: str) -> Format:
    key = text.strip().lower().lstrip(".")
    key = {"markdown": "md", "htm": "html"}.get(key, key)
    try:
        return Format(key)
    except ValueError:
        raise UnknownValue("format", text, [f.value for f in Format]) from None


def render(book: Playbook, fmt: Format, fallback_font: str | None = None) -> bytes:
    """The playbook's bytes in this format (text formats as UTF-8).

    `fallback_font` (a .ttf path) is tried first for characters the shipped PDF font lacks.
    """
    if fmt is Format.PDF:
        from levelset.playbook.pdf import to_pdf

        return to_pdf(book, fallback_font)
    if fmt is Format.HTML:
        from levelset.playbook.html import to_html

        return to_html(book).encode("utf-8")
    from levelset.playbook.markdown import to_markdown

    return to_markdown(book).encode("utf-8")
