"""Mark the phrases that earned (or cost) points inside a piece of text, safely escaped."""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape


def spans_of(text: str, phrases: Iterable[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, kind) of each phrase's first case-insensitive occurrence."""
    lower = text.lower()
    found: list[tuple[int, int, str]] = []
    for phrase, kind in phrases:
        start = lower.find(phrase.lower()) if phrase else -1
        if start < 0:
            continue
        end = start + len(phrase)
        if all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, kind))
    return sorted(found)


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> Markup:
    """The text with each (start, end, kind) span wrapped in <mark class="hl-kind">."""
    parts: list[str] = []
    cursor = 0
    for start, end, kind in sorted(spans):
        if start < cursor or end > len(text):
            continue
        parts.append(str(escape(text[cursor:start])))
        parts.append(f'<mark class="hl-{escape(kind)}">{escape(text[start:end])}</mark>')
        cursor = end
    parts.append(str(escape(text[cursor:])))
    return Markup("".join(parts))
