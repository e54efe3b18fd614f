"""Letters that stand for icons: a Word or Canva export whose icon font was not embedded
draws its calendar and map-pin marks as plain letters ("C 08/2025 – Ongoing e Redmond, WA"),
and a PDF whose icon font maps its glyphs onto letters gives letters in its text. A letter
alone, standing where an icon stands (before an entry's dates, between its dates and its
place), is dropped so that it is read as no part of a title, a company or a place."""

from __future__ import annotations

from levelset.patterns import compiled
from levelset.proof.dates import find_span
from levelset.proof.locations import is_location

# a lone letter and its spaces: not "a" or "I", which are words
_LONE = compiled(r"(?<![^\s(|·•])(?![aAI]\b)([^\W\d_])\s+")
_ICON_FONT = compiled(r"(?i:awesome|icons?\b|icons?[-_]|glyph|dingbat|wingding|fontello|material)")


def icon_font(name: str) -> bool:
    """A font whose glyphs are pictures (Font Awesome, Material Icons, Wingdings)."""
    return bool(_ICON_FONT.search(name))


def drop_icon_letters(text: str) -> str:
    """ "C 08/2025 – Ongoing e Redmond, WA" as "08/2025 – Ongoing Redmond, WA"; "e Bothell,
    WA" as "Bothell, WA". Text without a date or a place right after the letter is left
    as it is ("C Programming", "Plan B 2020")."""
    if len(text) < 4 or not _LONE.search(text):
        return text
    found = find_span(text)
    if found is None:
        return _before_place(text)
    span = found[1]
    head, date, tail = text[: span.start()], text[span.start() : span.end()], text[span.end() :]
    head = head if _LONE.fullmatch(head) is None else ""  # the icon before the dates
    tail = _before_place(tail.lstrip()) if tail.strip() else tail
    return f"{head}{date} {tail}".strip() if tail.strip() else f"{head}{date}".strip()


def _before_place(text: str) -> str:
    """ "e Redmond, WA": a lone letter before a place."""
    match = _LONE.match(text)
    if match is None or not is_location(text[match.end() :]):
        return text
    return text[match.end() :]
