"""What kind of line a résumé line is, by its words alone: a sentence, a label, a wrapped line."""

from __future__ import annotations

import re

from levelset.patterns import compiled

ABBREVIATED = compiled(r"\b(?:inc|ltd|co|corp|llc|plc|bros|jr|sr|st|u\.s|s\.a)\.\s*$", re.I)
AREA = compiled(r"(?:Greater\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:Bay\s+)?Area")


def sentence(text: str) -> bool:
    """A claim rather than a heading: it ends like a sentence and is long or counts something."""
    if not text.rstrip().endswith((".", "!", "?")) or ABBREVIATED.search(text):
        return False
    return len(text.split()) >= 8 or bool(re.search(r"\d", text))


def short_label(text: str) -> bool:
    """A company, team or location line: a few words, no sentence, no number-led claim."""
    return len(text.split()) <= 8 and not text.rstrip().endswith((".", "!", "?"))


def continues(text: str) -> bool:
    """A bullet that does not end a sentence probably wraps onto the next line."""
    return not text.rstrip().endswith((".", "!", "?", ";"))
