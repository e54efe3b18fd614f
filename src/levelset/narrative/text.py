"""Reading a message: sentences with their offsets, and the money amounts it names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from levelset.narrative.model import Span
from levelset.patterns import compiled

_SENTENCE = compiled(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)
_WORD = compiled(r"[A-Za-z0-9$€£][\w'’$€£,.%-]*")
_AMOUNT = compiled(
    r"(?<![\w.,])(?P<cur>[$€£])?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<suf>[kK]\b|[mM]\b|million\b|thousand\b))?"
    r"(?![\w%])"
)
_JOIN = compiled(r"\s*(?:-|–|—|to|and)\s*")
_SCALE = {"k": 1_000.0, "m": 1_000_000.0, "million": 1_000_000.0, "thousand": 1_000.0}


@dataclass(frozen=True)
class Amount:
    """A money figure or range named in the text (low == high for a single figure)."""

    low: float
    high: float
    span: Span

    @property
    def is_range(self) -> bool:
        return self.high > self.low


def sentences(text: str) -> list[Span]:
    """Sentences and lines of `text`, trimmed, with their exact offsets."""
    found = []
    for match in _SENTENCE.finditer(text):
        raw = match.group(0)
        start = match.start() + (len(raw) - len(raw.lstrip()))
        end = match.end() - (len(raw) - len(raw.rstrip()))
        if end > start:
            found.append(Span(start, end, text[start:end]))
    return found


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def amounts(text: str) -> list[Amount]:
    """Money amounts (figures with a currency sign or k/M, or of 10,000 and more) and ranges."""
    tokens = [_token(m) for m in _AMOUNT.finditer(text)]
    found: list[Amount] = []
    index = 0
    while index < len(tokens):
        value, start, end, scaled, money = tokens[index]
        nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        if nxt and nxt[4] and _JOIN.fullmatch(text[end : nxt[1]]):
            low = value * 1_000 if not scaled and value < 1_000 <= nxt[0] else value
            found.append(_amount(text, min(low, nxt[0]), max(low, nxt[0]), start, nxt[2]))
            index += 2
            continue
        if money:
            found.append(_amount(text, value, value, start, end))
        index += 1
    return found


def _amount(text: str, low: float, high: float, start: int, end: int) -> Amount:
    return Amount(low, high, Span(start, end, text[start:end]))


def _token(match: re.Match[str]) -> tuple[float, int, int, bool, bool]:
    """(value, start, end, had a k/M suffix, reads as money on its own)."""
    number = float(match.group("num").replace(",", ""))
    suffix = (match.group("suf") or "").lower()
    value = number * _SCALE.get(suffix, 1.0)
    # years, days and counts are not money unless marked or large
    money = bool(match.group("cur") or suffix) or value >= 10_000
    start = match.start("cur") if match.group("cur") else match.start("num")
    return value, start, match.end(), bool(suffix), money


def find_all(pattern: re.Pattern[str], text: str) -> list[Span]:
    """Every match of `pattern` in `text` as a Span."""
    return [Span(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


def sentence_of(span: Span, text_sentences: list[Span]) -> Span | None:
    """The sentence that contains the start of `span`."""
    for sentence in text_sentences:
        if sentence.start <= span.start < sentence.end:
            return sentence
    return None
