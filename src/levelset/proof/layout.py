"""Pages as a reader sees them: text boxes grouped into lines, lines into columns.

A PDF gives text as boxes placed on the page. This module groups them into visual lines (boxes
whose vertical middles agree), splits each line into segments where a wide gap separates them
(a title on the left, a date or place pushed to the right margin), finds a sidebar or a second
column by a gutter no segment crosses, and drops what repeats on every page (running headers,
footers, page numbers). Pure: boxes in, lines out.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
from collections import Counter

from levelset.patterns import compiled
from levelset.proof.columns import continue_columns, reading_order
from levelset.proof.dates import is_date_text, mend_months
from levelset.proof.field_labels import unlabelled
from levelset.proof.glyphs import clean_glyphs, join_runs
from levelset.proof.icon_letters import drop_icon_letters
from levelset.proof.page import Box, Page, Segment, VisualLine
from levelset.proof.sections import section_of
from levelset.proof.unmapped import mend_unmapped

__all__ = ["Box", "Page", "Segment", "VisualLine", "read_pages"]


_GAP = 1.2  # a gap wider than this many line heights separates two segments
_EDGE_GAP = 0.5  # or a narrower one before text that starts at a column's left edge
_EDGE_LINES = 5  # an x where text starts on this many lines is a column's left edge
_MARK_GAP = 3.0  # a bullet mark alone joins the text this many line heights after it
_MARK = compiled(r"[•●▪■◦‣⁃∙➢►▶✓✔❖◆◇○*–-]")  # a bullet mark set apart by a tab stop
_BAND = 0.09  # share of the page height at top and bottom where running headers live
_PAGE_NUMBER = compiled(
    r"^(?:(?:page|seite|página|pagina)\s*\d+(?:\s*(?:of|/|sur|von|de|di|van)\s*\d+)?"
    r"|\d{1,3}\s*(?:/|of)\s*\d{1,3}|[-–]?\s*\d{1,2}\s*[-–]?)$",  # "2/3", not "07/2022"
    re.IGNORECASE,
)
_VISIBLE = compiled(r"[^\s\ue000-\uf8ff]")  # a character that is neither space nor icon
_YEAR = compiled(r"(?:19|20)\d\d")
_RUNNING = compiled(
    r"(?:(?<![\d/])\d{1,3}\s*/\s*\d{1,3}|(?:page|seite|página|pagina)\s*\d+)\s*$"
    r"|^(?:last\s+)?updated\b",
    re.IGNORECASE,
)


def read_pages(pages: list[Page]) -> list[list[VisualLine]]:
    """Each page's lines in reading order, without running headers and footers.

    The top of the first page is the résumé's own head (a name and headline that a later page
    may repeat as its header), so only later pages lose what repeats there.
    """
    pages = _ligatures_mended(pages)
    laid = continue_columns([reading_order(unlabelled(_lines(page)), page.width) for page in pages])
    repeated = _repeated(pages, laid)
    return [
        [line for line in lines if not _furniture(line, page, repeated, first=index == 0)]
        for index, (page, lines) in enumerate(zip(pages, laid, strict=True))
    ]


def _ligatures_mended(pages: list[Page]) -> list[Page]:
    texts = mend_unmapped([box.text for page in pages for box in page.boxes])
    mended = iter(texts)
    return [
        dataclasses.replace(page, boxes=tuple(_retext(box, next(mended)) for box in page.boxes))
        for page in pages
    ]


def _retext(box: Box, text: str) -> Box:
    return box if text == box.text else dataclasses.replace(box, text=text)


def _lines(page: Page) -> list[VisualLine]:
    shown = (b for b in page.boxes if _VISIBLE.search(b.text))  # an icon alone is no text
    boxes = sorted(shown, key=lambda b: (b.middle, b.x0))
    groups: list[list[Box]] = []
    for box in boxes:
        last = groups[-1] if groups else None
        near = last and abs(box.middle - _middle(last)) < 0.4 * max(box.height, _height(last))
        if last and near and not _drawn_over(box, last):
            last.append(box)
        else:
            groups.append([box])
    edges = _edges(groups)
    return [_line(group, edges) for group in _headings_first(groups)]


def _headings_first(groups: list[list[Box]]) -> list[list[Box]]:
    """A section name drawn over the first line of its section, a little lower, comes first."""
    for index in range(1, len(groups)):
        above, below = groups[index - 1], groups[index]
        named = len(below) == 1 and section_of(below[0].text) is not None
        if named and section_of(" ".join(b.text for b in above)) is None:
            close = abs(_middle(below) - _middle(above)) < 0.5 * _height(below)
            if close and any(_drawn_over(box, above) for box in below):
                groups[index - 1], groups[index] = below, above
    return groups


def _drawn_over(box: Box, group: list[Box]) -> bool:
    """Text set over other text a little lower (a section name under an entry's first title,
    best-resume-ever's creative): two lines, not one."""
    return any(
        min(box.x1, other.x1) - max(box.x0, other.x0) > 0.3 * min(box.height, other.height)
        for other in group
    )


def _edges(groups: list[list[Box]]) -> set[int]:
    """The x where text starts on many lines: a column's left edge (moderncv's body beside
    its date column, a sidebar's margin)."""
    starts: Counter[int] = Counter()
    for group in groups:
        starts.update({round(b.x0) for b in group})
    return {x for x, count in starts.items() if count >= _EDGE_LINES}


def _middle(group: list[Box]) -> float:
    return statistics.median(b.middle for b in group)


def _height(group: list[Box]) -> float:
    return max(b.height for b in group)


def _line(group: list[Box], edges: set[int]) -> VisualLine:
    group.sort(key=lambda b: b.x0)
    height = statistics.median(b.height for b in group)
    segments: list[list[Box]] = []
    dated = any(b.bold for b in group) and any(_dates_alone(b) for b in group[1:])
    for box in group:
        gap = box.x0 - segments[-1][-1].x1 if segments else 0.0
        after_mark = bool(segments) and len(segments[-1][-1].text.strip()) <= 2  # "•", "1."
        at_edge = gap > _EDGE_GAP * height and any(abs(box.x0 - x) <= 1 for x in edges)
        at_edge = at_edge and not after_mark
        at_edge = at_edge or (gap > _EDGE_GAP * height and _dates_apart(box, segments))
        mark_alone = bool(segments) and _mark_alone(segments[-1], box)
        joins = gap < _GAP * height or (mark_alone and gap < _MARK_GAP * height)
        if segments and joins and not at_edge and not _bold_head(segments, box, dated):
            segments[-1].append(box)
        else:
            segments.append([box])
    return VisualLine(
        min(b.top for b in group),
        height,
        tuple(_segment(part, height) for part in segments),
    )


def _bold_head(segments: list[list[Box]], box: Box, dated: bool = False) -> bool:
    """ "**Doctoral Researcher** *BMW Group, Munich, Germany*": a line that opens with words in
    bold, then goes on in a plain face with no mark between, sets a title apart from its
    employer as a gap would (not "**GPA:** 3.9", not a bold word inside a sentence); a title of
    one word ("**Painter** Angel Custom Painting") where the line's dates stand apart too."""
    if len(segments) != 1 or box.bold or not all(b.bold for b in segments[0]):
        return False
    head = " ".join(b.text for b in segments[0]).strip()
    words = head.split()
    fewest = 1 if dated else 2
    if not fewest <= len(words) <= 8 or head[-1] in _JOINING or box.text.strip()[:1] in _JOINING:
        return False
    return head[:1].isupper() and box.text.strip()[:1].isupper() and not _MARK.match(head)


_JOINING = set(":,;|-–—/&(@+'\"")


def _dates_alone(box: Box) -> bool:
    return bool(_YEAR.search(box.text)) and is_date_text(box.text)


def _mark_alone(segment: list[Box], box: Box) -> bool:
    """A segment that is one bullet mark ("•" set in a symbol font, then a tab to the text):
    the mark opens the text after it, however wide the tab (Word's lists). So too Word's
    second-level mark, a letter "o", before text that opens with a capital."""
    if len(segment) != 1:
        return False
    mark = segment[0].text.strip()
    return bool(_MARK.fullmatch(mark)) or (mark == "o" and box.text.strip()[:1].isupper())


def _dates_apart(box: Box, segments: list[list[Box]]) -> bool:
    """A date range set a little apart after words ("...data updates using   March 2022 -
    present"): the dates of the heading above, not words of the line."""
    if not segments or not _YEAR.search(box.text):
        return False  # the cheap test first: most runs of words hold no year
    return is_date_text(box.text) and not is_date_text(segments[-1][-1].text)


def _segment(boxes: list[Box], height: float) -> Segment:
    runs = [(b.x0, b.x1, b.text) for b in boxes]
    text = drop_icon_letters(mend_months(clean_glyphs(join_runs(runs, height)))).strip()
    bold = all(b.bold for b in boxes)
    return Segment(boxes[0].x0, boxes[-1].x1, text, max(b.size for b in boxes), bold)


def _repeated(pages: list[Page], laid: list[list[VisualLine]]) -> set[str]:
    """Texts near the top or bottom edge that come back on more than one page."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page, lines in zip(pages, laid, strict=True):
        keys = {_key(line) for line in lines if _in_band(line, page)}
        seen.update(keys)
    return {key for key, count in seen.items() if count >= 2 and key}


_NUMBERS = compiled(r"\d+")


def _key(line: VisualLine) -> str:
    return _NUMBERS.sub("#", line.text.casefold()).strip()


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
