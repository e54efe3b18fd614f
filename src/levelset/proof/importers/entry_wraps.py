"""Lines a word processor broke where the page ran out, read whole again before the entries.

A word processor wraps a long line at the right margin wherever a word no longer fits, so an
entry's heading may end on the line below it. What shows the break is the text itself, not
the look of the line: a bracket opened on one line is closed on the next ("Research Fellow at
CICPSI (Faculty of Psychology," / "University of Lisbon)"), or a dated heading ends on a word
no name ends with ("2020 - 2022 | Public service employee at the municipality of" /
"Nijmegen"), or a long bold dated heading goes on in a few bold words below it.
"""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.dates import find_date
from levelset.proof.importers.entry_lines import span_of
from levelset.proof.lines import Line, is_bullet, joined_on
from levelset.proof.locations import is_location
from levelset.proof.sections import section_of

# the part of a wrapped line that closes a bracket: a name's end, not a paragraph
_LONGEST_TAIL = 8  # words


def _open_brackets(text: str) -> int:
    return text.count("(") - text.count(")")


def _closes_bracket(first: Line, second: Line) -> bool:
    """`second` is the rest of `first`: `first` leaves a bracket open, `second` is a few words
    that close it, set like `first` (same size and face where the PDF tells them), with no
    dates, place or list mark of its own."""
    head, tail = first.text.strip(), second.text.strip()
    if not head or not tail or is_bullet(head) or is_bullet(tail) or first.place:
        return False
    if _open_brackets(head) <= 0 or second.dates or second.place:
        return False
    if first.size and second.size and first.size != second.size:
        return False
    if first.x0 and second.x0 and second.x0 > first.x0 + 1:
        return False  # set in further: a line of its own under the heading
    closing = tail.index(")") if ")" in tail else -1
    if closing < 0 or _open_brackets(head) + _open_brackets(tail) != 0:
        return False
    return len(tail.split()) <= _LONGEST_TAIL and "(" not in tail[:closing]


# a heading cut after a word no name or title ends with: "... employee at the municipality of"
_OPEN_WORD = compiled(r"\s(?:at|of|for|and|the|in|with|to|&)$", re.IGNORECASE)
_SHORTEST_HEAD = 3  # words before the cut: a heading, not "and" alone
_LONGEST_REST = 6  # words of the name carried onto the next line


def _ends_open(first: Line, second: Line) -> bool:
    """`second` is the end of `first`, a dated heading cut after a word no heading ends with
    ("at", "of", "and"): `second` is a few words, undated, no list mark, no section heading,
    set in the same size and no further left than `first`."""
    head, tail = first.text.strip(), second.text.strip()
    if not head or not tail or is_bullet(tail) or first.place or second.dates:
        return False
    if not _OPEN_WORD.search(head) or len(head.split()) < _SHORTEST_HEAD:
        return False
    if first.size and second.size and first.size != second.size:
        return False
    if first.x0 and second.x0 and second.x0 < first.x0 - 1:
        return False  # set further left: a line of its own, not the rest of this one
    if span_of(first) is None or span_of(second) is not None or find_date(tail) is not None:
        return False
    if section_of(tail) is not None:
        return False
    return len(tail.split()) <= _LONGEST_REST and not tail.endswith((".", ":", ";"))


_LONG_HEAD = 60  # characters: a heading this long may have run into the right margin
_SHORTEST_WRAPPED = 8  # words
_LONGEST_BOLD_REST = 5  # words carried onto the next line


def _bold_runs_on(first: Line, second: Line) -> bool:
    """`second` is the end of `first`, a long dated heading set in bold that ran into the
    margin ("Research Assistant: Aggregation of ... Structures, Southeast" / "University
    (SEU), China"): the heading's words beside its dates are long, `second` is a few words,
    bold too and of the same size, undated, no list mark, label, section heading or place
    alone, set no further left than `first`."""
    dated, tail = span_of(first), second.text.strip()
    if dated is None or not (first.bold and second.bold) or first.place or second.dates:
        return False
    if first.dates and (first.where or "").startswith("paragraph "):
        return False  # a Word paragraph whose dates a tab set after it ended there: no wrap
    head = dated[1].strip()
    if len(head) < _LONG_HEAD or len(head.split()) < _SHORTEST_WRAPPED or head.endswith(":"):
        return False
    if not first.size or first.size != second.size or second.x0 < first.x0 - 1:
        return False
    if second.place or is_bullet(tail) or ":" in tail or tail.endswith((".", ";")):
        return False
    if find_date(tail) is not None or section_of(tail) is not None or is_location(tail):
        return False
    return len(tail.split()) <= _LONGEST_BOLD_REST


# a few words in brackets and nothing else: "(Summers)", "(N=69)", "(part-time)"
_ASIDE = compiled(r"\(\s*[^()\s][^()]{0,30}\)")
_LONGEST_ASIDE = 4  # words


def _aside_below(first: Line, second: Line) -> bool:
    """`second` is the end of `first`, a dated heading whose last words, a few in brackets,
    wrapped onto a line of their own ("Teaching Assistant, CSE 130, UCSD <tab> Fall 2025" over
    "(N=69)"): no entry opens on a bracket. Not under a list item or a line with a place apart,
    nor where `second` starts left of `first` or has dates or a place of its own."""
    tail = second.text.strip()
    if not _ASIDE.fullmatch(tail) or len(tail.split()) > _LONGEST_ASIDE:
        return False
    if second.dates or second.place or first.place or is_bullet(first.text):
        return False
    if first.x0 and second.x0 and second.x0 < first.x0 - 1:
        return False
    return span_of(first) is not None and find_date(tail) is None


def join_broken_lines(lines: list[Line]) -> list[Line]:
    """Each line that leaves a bracket open, joined to the short line under it that closes it
    (see `_closes_bracket`), and each dated heading that ends on a word no heading ends with,
    joined to the few words under it (see `_ends_open`), and each long bold dated heading
    joined to the few bold words under it (see `_bold_runs_on`), and each dated heading to the
    few words in brackets under it (see `_aside_below`): one line, as it was typed."""
    return joined_on(lines, _broken)


def _broken(first: Line, second: Line) -> bool:
    return (
        _closes_bracket(first, second)
        or _ends_open(first, second)
        or _bold_runs_on(first, second)
        or _aside_below(first, second)
    )
