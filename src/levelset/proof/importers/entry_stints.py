"""Two stints of one post written on its heading line, read as two positions.

"November 2023 – April 2024 & October 2024 – April 2025" beside a title, or "(May 2019 - Apr
2020, Feb 2022 - )" after it: the same post held twice with a gap between. The entry reader
reads the heading once, with the first range or with both ranges as one; the second stint
becomes a position of its own here, with the same title, employer and place and no bullets
(they stay with the first). Terms listed with commas outside brackets ("Jan. 2021 – May 2021,
Aug. 2021 – Dec. 2021, May 2022 – Aug. 2022", a co-op's terms) stay one post, and so does a
second range after a semicolon with its own note ("(Full-time); Apr 2024–Nov 2024 (Voluntary
Researcher)"), which names another footing than the post's.
"""

from __future__ import annotations

import dataclasses

from levelset.patterns import compiled
from levelset.proof.dates import Span, find_span
from levelset.proof.lines import Line
from levelset.proof.model import Document, Position

_AMPERSAND = compiled(r"\s*&\s*")  # "Nov 2023 – Apr 2024 & Oct 2024 – Apr 2025"
_IN_BRACKETS = compiled(r"\s*,\s*")  # "(May 2019 - Apr 2020, Feb 2022 - )"


def second_stints(lines: list[Line]) -> list[tuple[Span, Span]]:
    """Each line's first range and the second stint written after it, where there is one."""
    found = []
    for line in lines:
        text = line.dates or line.text
        first = find_span(text)
        if first is None or first[0].current or first[0].end is None:
            continue
        span, match = first
        tail = text[match.end() :]
        joined = _AMPERSAND.match(tail)
        if joined is None and text[: match.start()].rstrip().endswith("("):
            joined = _IN_BRACKETS.match(tail)
        later = find_span(tail[joined.end() :]) if joined else None
        if joined is None or later is None or later[1].start() != 0:
            continue
        second = later[0]
        if second.start is not None and second.start > span.end:
            found.append((span, second))
    return found


def split_stints(document: Document, stints: list[tuple[Span, Span]]) -> Document:
    """The document with each position read over two stints (its span running from the first
    stint's start to the second's end, or the first stint alone) followed by the second."""
    if not stints:
        return document
    positions: list[Position] = []
    for position in document.positions:
        pair = next((p for p in stints if _read_over(position, *p)), None)
        if pair is None:
            positions.append(position)
            continue
        first, second = pair
        positions.append(dataclasses.replace(position, end=first.end, current=False))
        later = dataclasses.replace(
            position, start=second.start, end=second.end, current=second.current, bullets=()
        )
        positions.append(later)
    return dataclasses.replace(document, positions=tuple(positions))


def _read_over(position: Position, first: Span, second: Span) -> bool:
    """Whether the reader gave `position` the first stint, or both stints as one span."""
    if position.start != first.start:
        return False
    alone = position.end == first.end and not position.current
    both = position.end == second.end and position.current == second.current
    return alone or both
