"""Two stints of one post written on its heading line, read as two positions.

"December 2019 – March 2020 & June 2020 – August 2020" beside a title, or "(May 2019 - Apr
2020, Feb 2022 - )" after it: the same post held twice, with a real gap between the ranges
(a month or more with no work when the months are written; a whole year when only years or
seasons are). Each range after such a gap is a position of its own, with the same title,
employer and place (the bullets stay with the first). Ranges with no gap between ("Fall 2019,
Spring 2020", "Jan 2023 – Apr 2024; Apr 2024 – Nov 2024") are terms of one post, read as one
span from the first start to the last end.
"""

from __future__ import annotations

import dataclasses
import re

from levelset.patterns import compiled
from levelset.proof.dates import Span, find_date, find_span
from levelset.proof.lines import Line

JOINS = compiled(r"\s*(?:[,;&]|and)\s*")  # what stands between two ranges of one post


def gapped(earlier: Span, later: Span) -> bool:
    """A real gap between two ranges of one post: the later starts two months or more after
    the earlier ends (months written), or two calendar years or more after (years or seasons
    only: "Winter 2018 – 2019" then "Winter 2019 – 2020" are terms of one post)."""
    if earlier.current or earlier.end is None or later.start is None:
        return False
    if "year" in (earlier.precision, later.precision):
        return later.start.year - earlier.end.year > 1
    months = (later.start.year - earlier.end.year) * 12 + later.start.month - earlier.end.month
    return months > 1


def terms(dates: str, span: Span, match: re.Match[str]) -> tuple[Span, tuple[Span, ...]]:
    """ "Jan. 2021 – May 2021, Jun. 2021 – Dec. 2021" beside one title: a post held in terms,
    from the first one's start to the last one's end; a range after a real gap starts a later
    stint (returned apart, its own terms joined to it). Ranges out of order, or with words
    between them, end the list."""
    tail, later_stints = dates[match.end() :], []
    last = span
    while not last.current and last.end is not None and JOINS.match(tail):
        more = find_span(tail)
        if more is None or JOINS.sub("", tail[: more[1].start()]):
            break  # words between the ranges: not one post's terms
        later, found = more
        if later.start is None or later.start < last.end:
            break
        if gapped(last, later):
            later_stints.append(later)
        elif later_stints:
            later_stints[-1] = _joined(later_stints[-1], later)
        else:
            span = _joined(span, later)
        last, tail = later, tail[found.end() :]
    return span, tuple(later_stints)


def another_term(
    held: Span, later: tuple[Span, ...], span: Span
) -> tuple[Span, tuple[Span, ...]] | None:
    """The post's span and its later stints with the range of a line of dates alone under
    its heading added ("Winter 2018 – 2019" over "Winter 2019 – 2020": one post; "May 2019 –
    Aug 2019" over "May 2020 – Aug 2020": two stints), or None where the range is no term of
    it (it starts before the last range, more than a year after that range's end, or ends
    within it)."""
    last = later[-1] if later else held
    if last.current or last.start is None or last.end is None or span.start is None:
        return None
    if not last.start < span.start or span.start.year - last.end.year > 1:
        return None
    if span.end is not None and not span.current and span.end <= last.end:
        return None  # "Sep.2017-Jun.2018" under "Sep.2016-Jun.2019": within it, no later term
    if gapped(last, span):
        return held, (*later, span)
    if later:
        return held, (*later[:-1], _joined(later[-1], span))
    return _joined(held, span), later


def _joined(first: Span, later: Span) -> Span:
    return dataclasses.replace(first, end=later.end, current=later.current)


def stints(line: Line) -> tuple[Span, ...]:
    """The later stints written on a dated line, each after a real gap (see `terms`)."""
    text = line.dates or line.text.lstrip("#").strip()
    found = find_date(text) if line.dates else find_span(text)
    if found is None or found[0].single:
        return ()
    return terms(text, *found)[1]
