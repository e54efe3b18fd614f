"""Forms with a column of field labels set beside their values.

Europass and its Word and Pages look-alikes print each entry as rows of a form: "DATES" beside
"February 2009 - Present", "POSITION" beside "Acme - Strategy Manager", "RESPONSIBILITIES"
beside the description; the labels stand in a narrow column on the left, all ending (or all
starting) at one x. Such labels are no text of the résumé: they are taken out of their rows.
Within an entry the rows that name the position or the employer are put above its dates, so
the entry reads as most résumés write it, a heading over its dates. Pure: lines in, lines out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from levelset.patterns import compiled
from levelset.proof.dates import is_date_text
from levelset.proof.page import VisualLine

_NEAR = 3.0  # points: labels end (or start) at one x, values start at one x
_MAX_WORDS = 6  # a field label is short ("Occupation or position held")
_MIN_REPEATED = 2  # distinct labels that come back, entry after entry
_ASTRAY = 2  # lines of the page that may break the form's columns (a title, a footer)
# the rows that name the job: "POSITION", "Occupation or position held", "Employer", "Role"
_HEADING_LABEL = compiled(
    r"\b(?:position|occupation|job|title|role|employer|company|organi[sz]ation|workplace)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Row:
    line: VisualLine
    label: str  # "" for a line without a label (a heading, a value's second line)
    margin: bool = False  # a line alone in the label column: a section name


def unlabelled(lines: list[VisualLine]) -> list[VisualLine]:
    """The page's lines without their field labels, each entry's heading rows over its dates;
    a page that is not such a form comes back as it was."""
    rows = _rows(lines)
    if rows is None:
        return lines
    return [row.line for row in _headings_first(rows)]


def _rows(lines: list[VisualLine]) -> list[_Row] | None:
    """Each line with its label taken out, if the page is a form with a label column."""
    labelled = [line for line in lines if len(line.segments) > 1 and _label_like(line)]
    counts = Counter(_key(line) for line in labelled)
    if sum(count >= 2 for count in counts.values()) < _MIN_REPEATED:
        return None
    for edge in (_label_end, _label_start):
        column = _column(labelled, counts, edge)
        value_x = _value_x(lines, column)
        if value_x is None:
            continue
        return [
            _Row(_without_label(line), _key(line))
            if id(line) in column
            else _Row(line, "", line.x1 < value_x)
            for line in lines
        ]
    return None


def _label_end(line: VisualLine) -> float:
    return line.segments[0].x1


def _label_start(line: VisualLine) -> float:
    return line.segments[0].x0


def _label_like(line: VisualLine) -> bool:
    text = line.segments[0].text.strip()
    return 0 < len(text.split()) <= _MAX_WORDS and not any(ch.isdigit() for ch in text)


def _key(line: VisualLine) -> str:
    return line.segments[0].text.strip().casefold()


def _column(
    labelled: list[VisualLine], counts: Counter[str], edge: Callable[[VisualLine], float]
) -> set[int]:
    """The labelled lines whose labels share the edge most repeated labels share."""
    repeated = [line for line in labelled if counts[_key(line)] >= 2]
    common = Counter(round(edge(line)) for line in repeated).most_common(1)
    if not common:
        return set()
    x = common[0][0]
    return {id(line) for line in labelled if abs(edge(line) - x) <= _NEAR}


def _value_x(lines: list[VisualLine], column: set[int]) -> float | None:
    """Where the values start, if the column's labels all end before them and (but for a
    title or a footer) no other line starts left of them unless it stands in the labels'."""
    inside = [line for line in lines if id(line) in column]
    if len({_key(line) for line in inside}) < _MIN_REPEATED:
        return None
    starts = Counter(round(line.segments[1].x0) for line in inside)
    value_x, count = starts.most_common(1)[0]
    if count < 0.8 * len(inside):
        return None  # the values do not start at one x: a table of another kind
    label_end = max(line.segments[0].x1 for line in inside)
    astray = sum(
        1
        for line in lines
        if id(line) not in column and line.x0 < value_x - _NEAR and line.x1 > label_end + _NEAR
    )
    return value_x if label_end < value_x and astray <= _ASTRAY else None


def _without_label(line: VisualLine) -> VisualLine:
    return VisualLine(line.top, line.height, line.segments[1:])


def _headings_first(rows: list[_Row]) -> list[_Row]:
    """Within each entry (from a row of dates to the next), the rows that name the position or
    the employer, with the lines that continue them, moved above the row of dates."""
    out = list(rows)
    index = 0
    while index < len(out):
        if not (out[index].label and is_date_text(out[index].line.text)):
            index += 1
            continue
        end = _entry_end(out, index)
        heading = _heading_rows(out[index + 1 : end])
        taken = {id(row) for row in heading}
        rest = [row for row in out[index + 1 : end] if id(row) not in taken]
        out[index:end] = [*heading, out[index], *rest]
        index = end
    return out


def _entry_end(rows: list[_Row], start: int) -> int:
    """The index of the next labelled row of dates, or the next line without a value (a
    section name in the label column), or the end."""
    for index in range(start + 1, len(rows)):
        row = rows[index]
        if row.margin or (row.label and is_date_text(row.line.text)):
            return index
    return len(rows)


def _heading_rows(rows: list[_Row]) -> list[_Row]:
    """The rows labelled as the position or the employer, each with its unlabelled second
    lines."""
    out: list[_Row] = []
    taking = False
    for row in rows:
        if row.label:
            taking = bool(_HEADING_LABEL.search(row.label))
        if taking:
            out.append(row)
    return out
