"""Pages as a reader sees them: text boxes grouped into lines, lines into columns.

A PDF gives text as boxes placed on the page. This module groups them into visual lines (boxes
whose vertical middles agree), splits each line into segments where a wide gap separates them
(a title on the left, a date or place pushed to the right margin), finds a sidebar or a second
column by a gutter no segment crosses, and drops what repeats on every page (running headers,
footers, page numbers). Pure: boxes in, lines out.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from levelset.proof.dates import is_aside
from levelset.proof.glyphs import clean_glyphs, join_runs


@dataclass(frozen=True)
class Box:
    """A run of text on a page; coordinates in points from the top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass(frozen=True)
class Segment:
    """Text on one line that stands apart from its neighbours by a wide gap."""

    x0: float
    x1: float
    text: str


@dataclass(frozen=True)
class VisualLine:
    top: float
    height: float
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return "  ".join(s.text for s in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    boxes: tuple[Box, ...]


_GAP = 1.2  # a gap wider than this many line heights separates two segments
_BAND = 0.09  # share of the page height at top and bottom where running headers live
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:/|of)\s*\d+|[-–]?\s*\d{1,2}\s*[-–]?)$",
    re.IGNORECASE,
)
_RUNNING = re.compile(r"(?:\d+\s*/\s*\d+|page\s*\d+)\s*$|^(?:last\s+)?updated\b", re.IGNORECASE)


def read_pages(pages: list[Page]) -> list[list[VisualLine]]:
    """Each page's lines in reading order, without running headers and footers.

    The top of the first page is the résumé's own head (a name and headline that a later page
    may repeat as its header), so only later pages lose what repeats there.
    """
    laid = [_columns(_lines(page), page.width) for page in pages]
    repeated = _repeated(pages, laid)
    return [
        [line for line in lines if not _furniture(line, page, repeated, first=index == 0)]
        for index, (page, lines) in enumerate(zip(pages, laid, strict=True))
    ]


def _lines(page: Page) -> list[VisualLine]:
    boxes = sorted((b for b in page.boxes if b.text.strip()), key=lambda b: (b.middle, b.x0))
    groups: list[list[Box]] = []
    for box in boxes:
        last = groups[-1] if groups else None
        if last and abs(box.middle - _middle(last)) < 0.4 * max(box.height, _height(last)):
            last.append(box)
        else:
            groups.append([box])
    return [_line(group) for group in groups]


def _middle(group: list[Box]) -> float:
    return statistics.median(b.middle for b in group)


def _height(group: list[Box]) -> float:
    return max(b.height for b in group)


def _line(group: list[Box]) -> VisualLine:
    group.sort(key=lambda b: b.x0)
    height = statistics.median(b.height for b in group)
    segments: list[list[Box]] = []
    for box in group:
        if segments and box.x0 - segments[-1][-1].x1 < _GAP * height:
            segments[-1].append(box)
        else:
            segments.append([box])
    return VisualLine(
        min(b.top for b in group),
        height,
        tuple(_segment(part, height) for part in segments),
    )


def _segment(boxes: list[Box], height: float) -> Segment:
    runs = [(b.x0, b.x1, b.text) for b in boxes]
    return Segment(boxes[0].x0, boxes[-1].x1, clean_glyphs(join_runs(runs, height)))


def _columns(lines: list[VisualLine], width: float) -> list[VisualLine]:
    """Lines in reading order: a two-column page is read one column after the other."""
    cut = _gutter(lines, width)
    if cut is None:
        return lines
    left = [_part(line, tuple(s for s in line.segments if s.x1 <= cut)) for line in lines]
    right = [_part(line, tuple(s for s in line.segments if s.x0 >= cut)) for line in lines]
    return [line for line in left + right if line.segments]


def _part(line: VisualLine, segments: tuple[Segment, ...]) -> VisualLine:
    return VisualLine(line.top, line.height, segments)


def _gutter(lines: list[VisualLine], width: float) -> float | None:
    """An x no segment crosses, with a column of ordinary text on each side of it."""
    segments = [s for line in lines for s in line.segments]
    if len(lines) < 8:
        return None
    aside = {id(s): is_aside(s.text) for s in segments}
    best: tuple[int, float] | None = None
    for step in range(int(width * 0.2), int(width * 0.8), 3):
        x = float(step)
        if any(s.x0 < x < s.x1 for s in segments):
            continue
        left = [s for s in segments if s.x1 <= x]
        right = [s for s in segments if s.x0 >= x]
        if _is_column(left, aside) and _is_column(right, aside):
            score = min(len(left), len(right))
            best = best if best and best[0] >= score else (score, x)
    return best[1] if best else None


def _is_column(segments: list[Segment], aside: dict[int, bool]) -> bool:
    """Enough segments, mostly words rather than dates or places pushed to a margin."""
    if len(segments) < 6:
        return False
    wordy = [s for s in segments if not aside[id(s)]]
    return len(wordy) >= 0.6 * len(segments)


def _repeated(pages: list[Page], laid: list[list[VisualLine]]) -> set[str]:
    """Texts near the top or bottom edge that come back on more than one page."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page, lines in zip(pages, laid, strict=True):
        keys = {_key(line) for line in lines if _in_band(line, page)}
        seen.update(keys)
    return {key for key, count in seen.items() if count >= 2 and key}


def _key(line: VisualLine) -> str:
    return re.sub(r"\d+", "#", line.text.casefold()).strip()


def _in_band(line: VisualLine, page: Page) -> bool:
    return line.top < page.height * _BAND or line.top > page.height * (1 - _BAND)


def _furniture(line: VisualLine, page: Page, repeated: set[str], first: bool) -> bool:
    """A page number, a running header or footer, or a "last updated" stamp."""
    text = line.text.strip()
    if _PAGE_NUMBER.match(text):
        return True
    if not _in_band(line, page):
        return False
    head_of_resume = first and line.top < page.height * _BAND
    return bool(_RUNNING.search(text)) or (_key(line) in repeated and not head_of_resume)
