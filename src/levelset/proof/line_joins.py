"""A PDF's visual lines joined again where it broke them: dot leaders, open date ranges, wraps."""

from __future__ import annotations

import dataclasses

from levelset.patterns import compiled
from levelset.proof.dates import find_date, is_date_text, is_now, parse_month
from levelset.proof.layout import Segment, VisualLine
from levelset.proof.lines import _ABBREVIATED, is_bullet
from levelset.proof.locations import is_location
from levelset.proof.places import is_region
from levelset.proof.sections import section_of

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
            ) or _wrapped_back(out[index], segment, below)
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


def _wrapped_back(line: VisualLine, segment: Segment, below: VisualLine) -> Segment | None:
    """ "Credit Operations Specialist <tab> 08/2011-" over "04/2014" alone at the left margin: a
    range a right tab stop pushed past the margin, its end wrapped back to the line's start."""
    if len(below.segments) != 1 or segment is line.segments[0]:
        return None
    alone = below.segments[0]
    if abs(alone.x0 - line.segments[0].x0) > 1 or len(alone.text) > 12:
        return None
    found = find_date(alone.text) if is_date_text(alone.text) else None
    return alone if found is not None and found[0].single else None


def join_full_lines(visual: list[VisualLine]) -> list[VisualLine]:
    """ "Principal Statistician, Surveillance Unit, Department of Communicable" filling the
    column to its right edge over "Disease Control": a heading line that wrapped, one line
    (cv-boilerplate's job line; its place comes on the line after)."""
    ends = [line.x1 for line in visual if len(line.segments) == 1]
    if not ends:
        return visual
    edge, margin = max(ends), _right_margin(visual)
    out: list[VisualLine] = []
    last = VisualLine(0.0, 0.0, ())  # the heading's last physical line
    for line in visual:
        above = out[-1] if out else None
        if above is not None and (
            _wraps_full(above, line, edge) or _bold_wrap(above, last, line, margin)
        ):
            first, second = above.segments[0], line.segments[0]
            text = f"{first.text} {second.text}"
            out[-1] = _swap(above, first, dataclasses.replace(first, text=text))
        else:
            out.append(line)
        last = line
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


_FEWEST_HEAD_WORDS = 4  # a bold line shorter than this filling the line is no wrapped heading


def _bold_wrap(above: VisualLine, last: VisualLine, line: VisualLine, edge: float) -> bool:
    """ "AI/ML Architect, Data Architecture team, Nationwide Building Society," over "Swindon,
    June 2018 – present", both bold: one heading paragraph the word processor wrapped, its
    dates and all (the DOCX holds it as one paragraph). Taken as wrapped only where the next
    line's first word would not have fitted in the room left at the end of the line above,
    the two set alike (bold, one left edge, about one size) one line's spacing apart."""
    if len(above.segments) != 1 or len(line.segments) != 1 or len(last.segments) != 1:
        return False
    head, end, tail = above.segments[0], last.segments[0], line.segments[0]
    if not (head.bold and end.bold and tail.bold) or abs(end.x0 - tail.x0) > 1:
        return False
    if abs(end.size - tail.size) > 1.0 or line.top - last.top > 1.5 * last.height:
        return False
    words = tail.text.split()
    if len(head.text.split()) < _FEWEST_HEAD_WORDS or not words or is_bullet(head.text):
        return False
    if is_bullet(tail.text) or section_of(tail.text) is not None:
        return False
    width = (end.x1 - end.x0) / max(len(end.text), 1)  # an average letter's width
    return edge - end.x1 < (len(words[0]) + 1) * width * 1.2


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


def join_dated_wraps(visual: list[VisualLine]) -> list[VisualLine]:
    """ "2018 – 2021 <tab> Assistant Professor, School of Politics, ... Affairs and" over
    "National Center for Integrated Coastal Research, University of Central Florida": an
    entry beside its dates in a left column, its words wrapped under themselves, as one line.
    A line is taken as wrapped only where the next line's first word would not have fitted
    in the room left at its end, as a word processor wraps."""
    edge = _right_margin(visual)
    out: list[VisualLine] = []
    last = VisualLine(0.0, 0.0, ())  # the entry's last physical line
    for line in visual:
        above = out[-1] if out else None
        if above is not None and _dated_wrap(above, last, line, edge):
            entry, more = above.segments[-1], line.segments[0]
            joined = Segment(entry.x0, max(entry.x1, more.x1), f"{entry.text} {more.text}",
                             entry.size, entry.bold)  # fmt: skip
            out[-1] = _swap(above, entry, joined)
        else:
            out.append(line)
        last = line
    return out


def _dated_wrap(above: VisualLine, last: VisualLine, line: VisualLine, edge: float) -> bool:
    if len(above.segments) != 2 or len(line.segments) != 1:
        return False
    dates, entry, more = *above.segments, line.segments[0]
    if not is_date_text(dates.text) or is_date_text(entry.text) or is_bullet(entry.text):
        return False
    if abs(more.x0 - entry.x0) > 1 or abs(more.size - entry.size) > 0.2:
        return False
    if line.top - last.top > 1.5 * last.height or is_bullet(more.text):
        return False
    if _ends_whole(last.segments[-1].text) or _capitals(entry.text) != _capitals(more.text):
        return False
    width = (entry.x1 - entry.x0) / max(len(entry.text), 1)  # an average letter's width
    first_word = more.text.split()[0] if more.text.split() else ""
    return edge - last.x1 < (len(first_word) + 1) * width * 1.2


def _capitals(text: str) -> bool:
    """Set in capitals ("KAROLINSKA INSTITUTET"): a heading's part, which a wrapped line of
    mixed case does not continue."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


_UNIT_END = compiled(
    r"(?i)\b(?:institute|university|college|cent(?:er|re)|laborator(?:y|ies)|school)$"
)


def _ends_whole(text: str) -> bool:
    """A line that ends where a heading's part would: with a place ("..., Stuttgart,
    Germany") or an institution's name ("... Research Institute"); the next line is more
    likely a part of its own than the rest of this one."""
    parts = [part.strip() for part in text.split(",")]
    tail = ", ".join(parts[-2:]) if len(parts) > 1 else ""
    placed = len(parts) > 1 and (is_region(parts[-1]) or is_location(tail))
    return placed or bool(_UNIT_END.search(text.strip()))


def _right_margin(visual: list[VisualLine]) -> float:
    """Where the lines of running text end: most long lines end near it, a URL or a word too
    long to wrap may run past it."""
    ends = sorted(line.x1 for line in visual if len(line.text.split()) >= _LONG_LINE)
    if len(ends) < 5:
        return max((line.x1 for line in visual), default=0.0)
    return ends[int(0.8 * (len(ends) - 1))]


_LONG_LINE = 8  # words: a line of running text, not a heading


def join_date_cells(visual: list[VisualLine]) -> list[VisualLine]:
    """ "Research Intern, Microsoft  Summer" over "2025" in the same right-hand cell: dates
    that a narrow table cell wrapped, as one segment ("Summer 2025"); so too "Summer" over
    "2019, 2020," over "2021", a list of years that goes on while it ends in a comma."""
    out = list(visual)
    for index in range(len(out)):
        if len(out[index].segments) < 2:
            continue
        cell = out[index].segments[-1]
        below = index + 1
        while below < len(out) and below <= index + 2 and _date_unfinished(cell.text):
            part = _in_cell(cell, out[below])
            if part is None:
                break
            joined = Segment(
                cell.x0, max(cell.x1, part.x1), f"{cell.text} {part.text}", cell.size, cell.bold
            )
            out[index] = _swap(out[index], cell, joined)
            rest = tuple(s for s in out[below].segments if s is not part)
            out[below] = VisualLine(out[below].top, out[below].height, rest)
            cell, below = joined, below + 1
    return [v for v in out if v.segments]


def _date_unfinished(text: str) -> bool:
    """A season or month waiting for its year ("Summer"), or years listed on ("2019, 2020,")."""
    if _YEAR_IN.search(text):
        return text.rstrip().endswith(",") and is_date_text(text)
    return len(text) <= 12 and is_date_text(f"{text} 2000")


def _in_cell(cell: Segment, line: VisualLine) -> Segment | None:
    """The segment of `line` under `cell` (aligned on its left or right) that is date text."""
    for part in line.segments:
        aligned = abs(part.x0 - cell.x0) < 30 or abs(part.x1 - cell.x1) < 30
        if aligned and part.x0 > cell.x0 - 30 and _YEAR_IN.search(part.text):
            return part if is_date_text(part.text) else None
    return None


_YEAR_IN = compiled(r"(?:19|20)\d\d")
