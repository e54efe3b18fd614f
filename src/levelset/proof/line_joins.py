"""A PDF's visual lines joined again where it broke them: dot leaders, open date ranges, wraps."""

from __future__ import annotations

import dataclasses

from levelset.patterns import compiled
from levelset.proof.dates import find_date, is_date_text, is_now, parse_month
from levelset.proof.layout import Segment, VisualLine
from levelset.proof.lines import _ABBREVIATED, is_bullet
from levelset.proof.locations import is_location

_OPEN_END = compiled(r"[-–—]\s*$")
_MONTH_END = compiled(r"[-–—]\s*([^\W\d_]{3,9})\.?\s*$")  # "Apr 2006 – Mar"
_YEAR_ALONE = compiled(r"\s*(?:19|20)\d\d\s*")
_LEADER = compiled(r"\s*(?:\.\s?|…){3,}\s*")  # "Intern……………Summer 2019", "Intern . . . . 2019"


def leaders(visual: list[VisualLine]) -> list[VisualLine]:
    """ "Employer - Title…………………Summer 2019": a dot leader run from an entry to its dates, as
    a tab stop draws it, sets the dates apart as a right margin would."""
    out: list[VisualLine] = []
    for line in visual:
        segments: list[Segment] = []
        for segment in line.segments:
            parts = _LEADER.split(segment.text)
            if len(parts) != 2 or not parts[0].strip() or not is_date_text(parts[1]):
                segments.append(segment)
                continue
            left, right = parts[0].strip(), parts[1].strip()
            width = segment.x1 - segment.x0
            middle = segment.x0 + width * len(parts[0]) / max(len(segment.text), 1)
            end = segment.x1 - width * len(right) / max(len(segment.text), 1)
            segments.append(Segment(segment.x0, middle, left, segment.size, segment.bold))
            segments.append(Segment(end, segment.x1, right, segment.size, segment.bold))
        out.append(VisualLine(line.top, line.height, tuple(segments)))
    return out


def join_open_ranges(visual: list[VisualLine]) -> list[VisualLine]:
    """ "2021 –" over "Present" (a date column that wraps) as one segment; so too "Apr 2006 –
    Mar" over "2007", an end month whose year wrapped."""
    out = list(visual)
    for index in range(len(out) - 1):
        for segment in out[index].segments:
            month = _MONTH_END.search(segment.text)
            month_end = month is not None and parse_month(f"{month.group(1)} 2000") is not None
            if not ((_OPEN_END.search(segment.text) or month_end) and find_date(segment.text)):
                continue
            below = out[index + 1]
            match = next(
                (
                    s
                    for s in below.segments
                    if abs(s.x0 - segment.x0) < 30 or (month_end and abs(s.x1 - segment.x1) < 30)
                ),
                None,
            )
            if match is None or not (is_now(match.text) or is_date_text(match.text)):
                continue
            if month_end and not _YEAR_ALONE.fullmatch(match.text):
                continue
            text = f"{segment.text} {match.text}"
            joined = Segment(
                segment.x0, max(segment.x1, match.x1), text, segment.size, segment.bold
            )
            out[index] = _swap(out[index], segment, joined)
            rest = tuple(s for s in below.segments if s is not match)
            out[index + 1] = VisualLine(below.top, below.height, rest)
    return [v for v in out if v.segments]


def join_full_lines(visual: list[VisualLine]) -> list[VisualLine]:
    """ "Principal Statistician, Surveillance Unit, Department of Communicable" filling the
    column to its right edge over "Disease Control": a heading line that wrapped, one line
    (cv-boilerplate's job line; its place comes on the line after)."""
    ends = [line.x1 for line in visual if len(line.segments) == 1]
    if not ends:
        return visual
    edge = max(ends)
    out: list[VisualLine] = []
    for line in visual:
        above = out[-1] if out else None
        if above is not None and _wraps_full(above, line, edge):
            first, second = above.segments[0], line.segments[0]
            text = f"{first.text} {second.text}"
            out[-1] = _swap(above, first, dataclasses.replace(first, text=text))
        else:
            out.append(line)
    return out


def _wraps_full(above: VisualLine, line: VisualLine, edge: float) -> bool:
    if len(above.segments) != 1 or len(line.segments) != 1:
        return False
    first, second = above.segments[0], line.segments[0]
    if abs(first.x0 - second.x0) > 1 or abs(first.size - second.size) > 0.2:
        return False
    if first.x1 < edge - 0.02 * (edge - first.x0) or line.top - above.top > 1.5 * above.height:
        return False
    head, tail = first.text.strip(), second.text.strip()
    if not head[-1:].isalpha() or is_bullet(head) or is_bullet(tail) or len(tail.split()) > 3:
        return False
    return not (is_date_text(tail) or is_date_text(head) or tail.endswith((".", "!", "?")))


def join_wrapped_cells(visual: list[VisualLine]) -> list[VisualLine]:
    """ "Data Scientist | Johns Hopkins Applied Physics | Aug 2018 – Jun 2019" over
    "Laboratory": a row of three or more cells ending in its dates, whose title or company
    cell wrapped onto the next line (mcdowell-cv's table), read as one row."""
    out: list[VisualLine] = []
    for line in visual:
        row = out[-1] if out else None
        cell = _wrapped_cell(row, line) if row is not None else None
        if row is not None and cell is not None:
            joined = dataclasses.replace(
                cell, x1=max(cell.x1, line.x1), text=f"{cell.text} {line.text}"
            )
            out[-1] = _swap(row, cell, joined)
        else:
            out.append(line)
    return out


def _wrapped_cell(row: VisualLine, line: VisualLine) -> Segment | None:
    cells = row.segments
    if len(cells) < 3 or len(line.segments) != 1 or not is_date_text(cells[-1].text):
        return None
    text = line.text.strip()
    if len(text.split()) > 4 or is_bullet(text) or is_date_text(text) or is_location(text):
        return None
    if text.endswith(("!", "?", ":")) or (text.endswith(".") and not _ABBREVIATED.search(text)):
        return None  # a sentence under the row, not the end of a name
    if line.top - row.top > 1.6 * row.height:
        return None
    part = line.segments[0]
    for index, cell in enumerate(cells[:-1]):
        left = cells[index - 1].x1 if index else 0.0
        inside = left < part.x0 and part.x1 < cells[index + 1].x0
        if inside and abs(part.size - cell.size) < 0.2 and _under(part, cell, index):
            return cell
    return None


def _under(part: Segment, cell: Segment, index: int) -> bool:
    """The wrapped words start where the cell starts (the first column) or sit centred under
    it (a middle column)."""
    if index == 0:
        return abs(part.x0 - cell.x0) < 2
    return abs((part.x0 + part.x1) / 2 - (cell.x0 + cell.x1) / 2) < 0.25 * (cell.x1 - cell.x0)


def _swap(line: VisualLine, old: Segment, new: Segment) -> VisualLine:
    segments = tuple(new if s is old else s for s in line.segments)
    return VisualLine(line.top, line.height, segments)
