"""Names and notes as people mean them: one Unicode form, no invisible characters, a length cap.

"Acme", "Ａｃｍｅ" (full-width) and "Ac\u200bme" (a zero-width space inside) are one company;
a right-to-left override must not make a name display reversed. `clean_name` folds look-alikes
with NFKC, removes zero-width and bidirectional control characters and other control
characters, collapses runs of whitespace, and refuses what is still too long.
"""

from __future__ import annotations

import unicodedata

from levelset.errors import InputError, Problem
from levelset.patterns import compiled

NAME_CHARS = 200  # a company, role, title or person
NOTE_CHARS = 5_000  # a free note

INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, (non-)joiner, word joiner, BOM
    "\u200e\u200f\u061c"  # left-to-right, right-to-left and Arabic letter marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
)
_SPACES = compiled(r"\s+")


def normalise(text: str, *, keep_newlines: bool = False) -> str:
    """NFKC, without invisible or control characters, whitespace runs collapsed, trimmed."""
    folded = unicodedata.normalize("NFKC", text)
    kept = "".join(c for c in folded if _visible(c, keep_newlines))
    if keep_newlines:
        lines = (_SPACES.sub(" ", line).strip() for line in kept.split("\n"))
        return "\n".join(lines).strip()
    return _SPACES.sub(" ", kept).strip()


def _visible(char: str, keep_newlines: bool) -> bool:
    if char in INVISIBLE:
        return False
    if keep_newlines and char == "\n":
        return True
    category = unicodedata.category(char)
    return not (category in ("Cc", "Cf", "Cs", "Co") and not char.isspace())


def clean_name(text: str, *, field: str = "name", limit: int = NAME_CHARS) -> str:
    """A name in its one normal form; InputError naming the field when it is too long."""
    cleaned = normalise(text)
    _check_length(cleaned, field, limit)
    return cleaned


def clean_note(text: str, *, field: str = "note", limit: int = NOTE_CHARS) -> str:
    """A free note: normalised like a name but keeping its line breaks."""
    cleaned = normalise(text, keep_newlines=True)
    _check_length(cleaned, field, limit)
    return cleaned


def too_long(text: str, limit: int) -> bool:
    return len(text) > limit


def _check_length(text: str, field: str, limit: int) -> None:
    if too_long(text, limit):
        message = f"{field}: {len(text):,} characters is too long"
        problem = Problem(message, field=field, expected=f"at most {limit:,} characters")
        raise InputError(f"{message} (at most {limit:,})", problems=[problem])
