"""Section names set in a left margin beside the entries they head.

Some templates (LaTeX CV classes with a label column, Word tables, HTML grids) print
"RESEARCH EXPERIENCE" in a narrow left column, on the same lines as the first entry of the
section and wrapped over two lines. Such a label is taken out of the lines it shares and put
back as a heading line of its own, above them. A label counts only where several labels start
(or, set flush right as moderncv's fancy style does, end) at the same x, so a lone
"Languages  Python, SQL" row stays a row.
"""

from __future__ import annotations

from dataclasses import dataclass

from levelset.proof.page import Segment, VisualLine
from levelset.proof.sections import section_of

_ALIGNED = 2.0  # labels of one margin start within this many points of each other
_MIN_LABELS = 2  # a margin holds at least this many labels


@dataclass(frozen=True)
class _Label:
    first: int  # index of the first line it stands on
    lines: tuple[int, ...]
    text: str
    x0: float
    x1: float


def margin_headings(visual: list[VisualLine]) -> list[VisualLine]:
    """The lines with each margin label moved out into a heading line above its entry."""
    found = _labels(visual)
    labels = [label for label in found if _aligned(label, found)]
    if len(labels) < _MIN_LABELS:
        return visual
    taken = {index for label in labels for index in label.lines}
    starts = {label.first: label for label in labels}
    out: list[VisualLine] = []
    for index, line in enumerate(visual):
        label = starts.get(index)
        if label is not None:
            size = line.segments[0].size
            heading = Segment(label.x0, label.x1, label.text, size)
            out.append(VisualLine(line.top, line.height, (heading,)))
        rest = line.segments[1:] if index in taken else line.segments
        if rest:
            out.append(VisualLine(line.top, line.height, rest))
    return out


def _labels(visual: list[VisualLine]) -> list[_Label]:
    """Runs of first segments on consecutive lines, at one x, that read as a section name."""
    found: list[_Label] = []
    index = 0
    while index < len(visual):
        run = _run(visual, index)
        text = " ".join(visual[i].segments[0].text for i in run)
        if run and section_of(text) is not None:
            segments = [visual[i].segments[0] for i in run]
            found.append(
                _Label(run[0], tuple(run), text, segments[0].x0, max(s.x1 for s in segments))
            )
            index = run[-1] + 1
        else:
            index += 1
    return found


def _run(visual: list[VisualLine], start: int) -> list[int]:
    """Line `start` and the lines below it whose first segment continues its label."""
    first = visual[start].segments[0]
    if len(visual[start].segments) < 2 or len(first.text.split()) > 3:
        return []
    run = [start]
    for index in range(start + 1, min(start + 3, len(visual))):
        segment = visual[index].segments[0]
        if not _same_edge(segment, first) or len(segment.text.split()) > 2:
            break
        if section_of(" ".join(visual[i].segments[0].text for i in [*run, index])) is None:
            break
        run.append(index)
    return run


def _aligned(label: _Label, labels: list[_Label]) -> bool:
    left = [other for other in labels if abs(other.x0 - label.x0) <= _ALIGNED]
    right = [other for other in labels if abs(other.x1 - label.x1) <= _ALIGNED]
    return max(len(left), len(right)) >= _MIN_LABELS


def _same_edge(segment: Segment, first: Segment) -> bool:
    """Two lines of one label: flush left or flush right together."""
    return abs(segment.x0 - first.x0) <= _ALIGNED or abs(segment.x1 - first.x1) <= _ALIGNED
