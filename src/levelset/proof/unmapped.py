"""Glyphs whose font gives no text, or the wrong text: mended from the document's own words.

Some PDFs map a glyph to no character (PDFium reads U+FFFE: the "ft" ligature of Chromium's
Raleway, "So\ufffeware") or to a wrong one (a Typst build that gives the "ft" ligature U+0228
and small capitals code points of another script, "SӚӑӟӢӌӝӐ" for "Software", each letter
shifted by one offset). The page shows the right word; here the letters are found again by
the words the same document writes plainly elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from levelset.patterns import compiled

# a glyph between two lower-case letters that no word has there: U+FFFE, or a letter from
# outside ASCII written in upper case ("SoȨware")
_ODD_GLYPH = compiled(r"(?<=[a-z])(?:\ufffe|[^\x00-\x7f])(?=[a-z])")
_LIGATURES = ("ft", "fi", "fl", "ff", "ffi", "ffl", "tt", "st", "ct", "fj", "fb", "fh", "fk")
# words with a ligature glyph that fonts often leave unmapped, for a word the page has no
# other copy of
_KNOWN = frozenset({"software", "microsoft", "shift", "shifts", "draft", "drafted", "craft",
                    "aircraft", "left", "after", "often", "lift", "swift", "soft", "gift",
                    "fifty", "fifth", "theft", "loft", "rafts", "drift"})  # fmt: skip
_WORD = compiled(r"[^\W\d_]+")
# a Latin capital followed by letters of one other script: small capitals mapped elsewhere
_MIXED = compiled(r"\b[A-Z]([^\W\d_\x00-\x7f]{2,})")
_MIN_KNOWN = 3  # words that one shift alone turns into words of the document


def mend_unmapped(texts: list[str]) -> list[str]:
    """The texts with ligatures that have no text given their letters, and small capitals
    mapped to another script read back; what makes no known word is left as it is."""
    vocabulary = {w.casefold() for t in texts for w in _WORD.findall(t) if w.isascii()}
    shift = _small_capital_shift(texts, vocabulary)
    if shift:
        texts = [_unshifted(text, shift) for text in texts]
        vocabulary |= {w.casefold() for t in texts for w in _WORD.findall(t) if w.isascii()}
    if not any(_ODD_GLYPH.search(text) for text in texts):
        return texts
    known = vocabulary | _KNOWN
    return [_ODD_GLYPH.sub(lambda m: _letters(m, known), text) for text in texts]


def _small_capital_shift(texts: list[str], vocabulary: set[str]) -> int:
    """The offset that turns the small capitals back into letters, or 0 where none does."""
    tails = [m.group(1) for t in texts for m in _MIXED.finditer(t) if _foreign(m.group(1))]
    if len(tails) < _MIN_KNOWN:
        return 0
    votes: Counter[int] = Counter()
    for tail in set(tails):
        low = ord(min(tail))
        for shift in range(low - ord("z"), low - ord("a") + 1):
            if all("a" <= chr(ord(c) - shift) <= "z" for c in tail):
                votes[shift] += _shifted_known(tail, shift, vocabulary)
    ranked = votes.most_common(2) + [(0, 0)]
    (shift, known), (_, second) = ranked[0], ranked[1]
    return shift if known >= _MIN_KNOWN and known > 2 * second else 0


def _foreign(tail: str) -> bool:
    return not any(unicodedata.name(c, "").startswith("LATIN") for c in tail)


def _shifted_known(tail: str, shift: int, vocabulary: set[str]) -> int:
    word = "".join(chr(ord(c) - shift) for c in tail)
    return int(any(w[1:] == word for w in vocabulary if len(w) == len(word) + 1))


def _unshifted(text: str, shift: int) -> str:
    low, high = chr(ord("a") + shift), chr(ord("z") + shift)
    letters = compiled(f"[{re.escape(low)}-{re.escape(high)}]")
    return letters.sub(lambda m: chr(ord(m[0]) - shift), text)


_LETTERS_BEFORE = compiled(r"[^\W\d_]*$")
_LETTERS_AFTER = compiled(r"[^\W\d_]*")


def _letters(match: re.Match[str], vocabulary: set[str]) -> str:
    text, at = match.string, match.start()
    head = _LETTERS_BEFORE.search(text[:at])
    tail = _LETTERS_AFTER.match(text[at + 1 :])
    before, after = (head[0] if head else ""), (tail[0] if tail else "")
    for letters in _LIGATURES:
        if f"{before}{letters}{after}".casefold() in vocabulary:
            return letters
    return match.group()
