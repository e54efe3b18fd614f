"""A post written over the dated things done in it: "University of Leeds, Teaching Assistant"
over "2019 <tab> Population Problems (led five discussion sessions)" and "2017 <tab> Marriage
and Family". The undated line names the organisation and the role; the dated lines under it
name neither (courses taught, projects), so they are the post's items and their years its
span, not posts titled by their courses under the line above read as an employer."""

from __future__ import annotations

import dataclasses
import datetime as dt

from levelset.patterns import compiled
from levelset.proof.dates import Span
from levelset.proof.headers import role_score
from levelset.proof.importers.entry_lines import span_of
from levelset.proof.lines import Line, is_bullet
from levelset.proof.locations import is_location


def posts_over_items(lines: list[Line]) -> list[Line]:
    """The lines with each such post dated by its items, the items turned into its bullets."""
    out = list(lines)
    for index, line in enumerate(out):
        if not _post(line):
            continue
        end = index + 1
        while end < len(out) and _item(out[end]):
            end += 1
        spans = [found[0] for item in out[index + 1 : end] if (found := _dated(item))]
        if end - index < 2 or not (written := _range(spans)):
            continue
        out[index] = dataclasses.replace(line, dates=written)
        for at in range(index + 1, end):
            out[at] = dataclasses.replace(out[at], text=f"• {_words(out[at])}", dates="")
    return out


def _post(line: Line) -> bool:
    """ "Yonsei University, Teaching Assistant": undated, an organisation then a role after the
    last comma (the role a few words, the organisation no role and no place)."""
    if line.dates or is_bullet(line.text) or span_of(line) is not None:
        return False
    name, comma, role = line.text.strip().rpartition(", ")
    if not comma or not name or len(role.split()) > 4 or role_score(role) <= 0:
        return False
    return role_score(name) < role_score(role) and not is_location(name) and not is_location(role)


def _item(line: Line) -> bool:
    """A dated line whose words name no role: a thing done in the post, not a post."""
    found = _dated(line)
    if found is None or is_bullet(line.text):
        return False
    rest = found[1].strip()
    return bool(rest) and role_score(rest) <= 0


def _dated(line: Line) -> tuple[Span, str] | None:
    """The line's dates and words, its dates perhaps a list of years ("2013, 2016", "2013,6":
    the later year written by its last digits), read as the span from the first to the last."""
    if found := span_of(line):
        return found
    listed = _LISTED_YEARS.match(line.text.strip())
    if listed is None:
        return None
    first = int(listed["first"])
    more = listed["last"]
    last = int(str(first)[: 4 - len(more)] + more)
    if last < first:
        return None
    start, end = dt.date(first, 1, 1), dt.date(last, 1, 1)
    return Span(start, end, False, "year"), line.text.strip()[listed.end() :]


_LISTED_YEARS = compiled(r"(?P<first>(?:19|20)\d{2})(?:\s*,\s*(?P<last>\d{1,4}))+(?=\s)")


def _words(line: Line) -> str:
    found = _dated(line)
    return found[1].strip() if found else line.text


def _range(spans: list[Span]) -> str:
    """The items' years as one range ("2017 - 2019"), earliest start to latest end."""
    starts = [s.start for s in spans if s.start]
    ends = [s.end or s.start for s in spans if s.end or s.start]
    if not starts or not ends:
        return ""
    first, last = min(starts), max(d for d in ends if d)
    if any(s.current for s in spans):
        return f"{first.year} - Present"
    return f"{first.year} - {last.year}" if last.year != first.year else str(first.year)
