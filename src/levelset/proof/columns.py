"""Reading order of a page whose columns do not run from top to bottom.

Two-column résumés rarely keep their gutter over the whole page: the name and contact details
run across the top, a section band may cross the middle, and only the parts in between are
two columns (a main column and a sidebar). Here a page's lines are cut at the gutter x that
best separates two columns of ordinary text; the lines that cross that x break the page into
runs, each run that has text on both sides is read left column first, then right, and the
crossing lines stay where they are. Pure: lines in, lines out.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from levelset.proof.dates import is_date_text
from levelset.proof.locations import is_aside
from levelset.proof.page import Segment, VisualLine
from levelset.proof.places import is_region
from levelset.proof.sections import section_of

_MIN_SEGMENTS = 6  # a column holds at least this many pieces of text
_WORDY = 0.6  # and at least this share of them are words, not dates or places
_STEP = 3  # candidate gutters are tried every this many points
_LONG_RUN = 20  # lines: beside a main column this long, a sidebar may hold only a few pieces
_MIN_SIDEBAR = 3


@dataclass(frozen=True)
class _Run:
    lines: tuple[VisualLine, ...]
    score: int  # above 0: read as two columns

    @property
    def split(self) -> bool:
        return self.score > 0


@dataclass(frozen=True)
class Reading:
    """A page's lines in reading order; where the page ends in two columns, the x of their
    gutter and how many lines at the end are the right column's."""

    lines: list[VisualLine]
    cut: float | None = None
    right_tail: int = 0


def reading_order(lines: list[VisualLine], width: float) -> Reading:
    """The page's lines in the order a person reads them.

    Where the best gutter leaves a stretch of lines unsplit (a sidebar beside the first
    entries, while a grid of projects lower down set the gutter), that stretch is read again
    for a gutter of its own."""
    kinds = {id(s): _kind(s.text) for line in lines for s in line.segments}
    cut = _best_cut(lines, width, kinds)
    if cut is None:
        return Reading(lines)
    runs = _runs(lines, cut, kinds)
    ordered = _order(lines, width, kinds, cut, runs)
    last = runs[-1] if runs else None
    if last is None or not last.split:
        return Reading(ordered)
    right = sum(1 for line in last.lines if any(s.x0 >= cut for s in line.segments))
    return Reading(ordered, cut, right)


def continue_columns(pages: list[Reading]) -> list[list[VisualLine]]:
    """Pages whose two columns run onto the next page: the lines that open the next page
    within the left column's width, before any section name, carry on the left column, so
    the right column's lines (read after the left ones) move down after them (best-resume-
    ever's left-right: "Experience" left, "Education" and "Skills" right, and the next page
    goes on with the last job). A right column that names no section goes on with the left
    column's own section (a Canva timeline running from the left column into the right), so
    it is read where it stands, before the next page."""
    out = [list(page.lines) for page in pages]
    for index, page in enumerate(pages[:-1]):
        if not page.right_tail or page.cut is None or not _names_section(page):
            continue
        cut, following = page.cut, out[index + 1]
        count = 0
        for line in following:
            if line.x1 > cut or any(_kind(s.text) == _LABEL for s in line.segments):
                break
            count += 1
        if count:
            tail = out[index][-page.right_tail :]
            del out[index][-page.right_tail :]
            out[index + 1] = following[:count] + tail + following[count:]
    return out


def _names_section(page: Reading) -> bool:
    """The right column at the page's end holds a section name of its own."""
    tail = page.lines[-page.right_tail :]
    return any(_kind(s.text) == _LABEL for line in tail for s in line.segments)


_WORDS, _ASIDE, _LABEL = 0, 1, 2  # a segment's kind: words, a date or place, a section name


def _kind(text: str) -> int:
    if is_aside(text) and not _listed(text):
        return _ASIDE
    return _LABEL if section_of(text.strip(" -–&")) is not None else _WORDS


def _listed(text: str) -> bool:
    """ "Python, PyTorch", "Hungarian, English, German": a list of single words none of which
    names a region, written like a place but a sidebar's words ("Berlin, Germany" and "Austin,
    TX" end in a region; "San Francisco, CA" too)."""
    if is_date_text(text) or "," not in text:
        return False
    parts = [p.strip() for p in text.split(",")]
    return all(p and " " not in p for p in parts) and not any(is_region(p) for p in parts)


def _order(
    lines: list[VisualLine],
    width: float,
    aside: dict[int, int],
    cut: float | None = None,
    runs: list[_Run] | None = None,
) -> list[VisualLine]:
    cut = _best_cut(lines, width, aside) if cut is None else cut
    if cut is None:
        return lines
    out: list[VisualLine] = []
    stretch: list[VisualLine] = []
    for run in _runs(lines, cut, aside) if runs is None else runs:
        if not run.split:
            stretch.extend(run.lines)
            continue
        out.extend(_order(stretch, width, aside) if stretch else ())
        out.extend(_read(run, cut))
        stretch = []
    out.extend(_order(stretch, width, aside) if stretch else ())
    return out


def _best_cut(lines: list[VisualLine], width: float, aside: dict[int, int]) -> float | None:
    """The x that puts most text into two-column runs, if any x does."""
    if len(lines) < 8:
        return None
    edges = sorted({e for line in lines for s in line.segments for e in (s.x0, s.x1)})
    best: tuple[int, int, float] | None = None
    last = -1.0
    for step in range(int(width * 0.2), int(width * 0.8), _STEP):
        x = float(step)
        if last >= 0 and not _edge_between(edges, last, x):
            continue  # no segment starts or ends since the last x tried: the same cut
        last = x
        split = [run for run in _runs(lines, x, aside) if run.split]
        score = sum(run.score for run in split)
        covered = sum(len(run.lines) for run in split)  # ties: the cut fewer lines cross
        if score and (best is None or (score, covered) > best[:2]):
            best = (score, covered, x)
    return best[2] if best else None


def _edge_between(edges: list[float], low: float, high: float) -> bool:
    index = bisect.bisect_right(edges, low)
    return index < len(edges) and edges[index] <= high


def _runs(lines: Sequence[VisualLine], x: float, aside: dict[int, int]) -> list[_Run]:
    """Consecutive lines that do not cross `x`, apart from the lines that do."""
    runs: list[_Run] = []
    current: list[VisualLine] = []
    for line in lines:
        if any(s.x0 < x < s.x1 for s in line.segments):
            if current:
                runs.append(_Run(tuple(current), _score(current, x, aside)))
            runs.append(_Run((line,), 0))
            current = []
        else:
            current.append(line)
    if current:
        runs.append(_Run(tuple(current), _score(current, x, aside)))
    return runs


def _score(lines: Sequence[VisualLine], x: float, aside: dict[int, int]) -> int:
    """How much text the smaller column holds, or 0 when either side is not a column."""
    left = [s for line in lines for s in line.segments if s.x1 <= x]
    right = [s for line in lines for s in line.segments if s.x0 >= x]
    if _labels_beside_values(lines, x):
        return 0
    if _is_column(left, aside) and _is_column(right, aside):
        return min(len(left), len(right))
    small, large = sorted((left, right), key=len)
    if len(lines) >= _LONG_RUN and _is_column(large, aside) and _is_sidebar(small, aside):
        return len(small)  # a short sidebar (contact details) beside a long main column
    return 0


_LABEL_WORDS = 4  # a field label is short: "Operating Systems:", "Software Applications:"


def _labels_beside_values(lines: Sequence[VisualLine], x: float) -> bool:
    """ "Databases:" beside "SQL, MS Access, MySQL", "Languages:" beside "Python, Java": a
    table of labels (a few words ending in a colon) each on the line of its value, rows to read
    across, not two columns; so where most lines with text on both sides are such rows."""
    rows = labelled = 0
    for line in lines:
        lefts = [s for s in line.segments if s.x1 <= x]
        if not lefts or not any(s.x0 >= x for s in line.segments):
            continue
        rows += 1
        labelled += _field_label(lefts[-1].text)
    return labelled >= 2 and labelled >= _WORDY * rows


def _field_label(text: str) -> bool:
    text = text.strip()
    return text.endswith(":") and 0 < len(text.split()) <= _LABEL_WORDS


def _is_column(segments: list[Segment], aside: dict[int, int]) -> bool:
    """Enough segments, mostly words rather than dates or places pushed to a margin."""
    if len(segments) < _MIN_SEGMENTS:
        return False
    wordy = [s for s in segments if aside[id(s)] != _ASIDE]
    labels = [s for s in wordy if aside[id(s)] == _LABEL]
    if len(labels) >= _WORDY * len(segments):
        return False  # a margin of section names beside their entries (levelset.proof.margins)
    return len(wordy) >= _WORDY * len(segments)


def _is_sidebar(segments: list[Segment], aside: dict[int, int]) -> bool:
    """A few pieces of words, one of them a section name ("Contact", an address, a link)."""
    wordy = [s for s in segments if aside[id(s)] != _ASIDE]
    named = sum(aside[id(s)] == _LABEL for s in wordy)
    if not named or named >= _WORDY * len(segments):
        return False  # no heading, or a margin of section names (levelset.proof.margins)
    return len(wordy) >= max(_MIN_SIDEBAR, _WORDY * len(segments))


def _read(run: _Run, x: float) -> list[VisualLine]:
    """The left column's lines, then the right's; a date alone in the left column stays with
    the right column's line beside it (react-pdf: "Nov 2020 — Present" left of "Title,
    Company   City")."""
    lefts = [s for line in run.lines for s in line.segments if s.x1 <= x]
    dates = sum(is_date_text(s.text) for s in lefts)
    words = sum(_kind(s.text) == _WORDS for s in lefts)
    dated = dates >= 2 and dates >= words  # a column of dates and labels, not a sidebar
    left: list[VisualLine] = []
    right: list[VisualLine] = []
    for line in run.lines:
        before = tuple(s for s in line.segments if s.x1 <= x)
        after = tuple(s for s in line.segments if s.x0 >= x)
        if dated and after and len(before) == 1 and is_date_text(before[0].text):
            before, after = (), before + after
        left.append(_part(line, before))
        right.append(_part(line, after))
    return [line for line in left + right if line.segments]


def _part(line: VisualLine, segments: tuple[Segment, ...]) -> VisualLine:
    return VisualLine(line.top, line.height, segments)
