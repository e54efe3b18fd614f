"""Two-column page layouts: a sidebar read apart from the main column, not mixed into it."""

from __future__ import annotations

import re

from levelset.proof.dates import RANGE

_MIN_GUTTER = 3  # blank columns between the two text columns
_MIN_SIDE_LINES = 4  # fewer lines on the right are right-aligned details, not a sidebar
_DATE_LIKE = re.compile(rf"{RANGE.pattern}|\b(?:19|20)\d{{2}}\b", re.IGNORECASE)


def split_columns(page: str) -> str:
    """The page text with a left-aligned right-hand column moved below the main column.

    Layout text puts a sidebar on the same lines as the main column. When a blank gutter runs
    down the whole page and the text right of it is a left-aligned column of its own (not
    right-aligned dates or places), that column is read after the main one.
    """
    lines = page.splitlines()
    cut = _gutter(lines)
    if cut is None:
        return page
    left = [line[:cut].rstrip() for line in lines]
    right = [line[cut:].strip() for line in lines if line[cut:].strip()]
    if not _is_sidebar(lines, cut, right):
        return page
    return "\n".join([*left, "", *right])


def _gutter(lines: list[str]) -> int | None:
    """The column where the widest blank gutter ends, or None when no gutter runs down the page."""
    width = max((len(line) for line in lines), default=0)
    occupied = [False] * width
    for line in lines:
        for index, char in enumerate(line):
            if not char.isspace():
                occupied[index] = True
    best: tuple[int, int] | None = None
    start = None
    for index in range(int(width * 0.25), width):
        if not occupied[index]:
            start = index if start is None else start
            continue
        wide = start is not None and index - start >= _MIN_GUTTER
        if wide and start is not None and (best is None or index - start > best[1] - best[0]):
            best = (start, index)
        start = None
    return None if best is None else best[1]


def _is_sidebar(lines: list[str], cut: int, right: list[str]) -> bool:
    """True when the right-hand text starts at one column and is not mostly dates."""
    if len(right) < _MIN_SIDE_LINES:
        return False
    starts = [len(line) - len(line[cut:].lstrip()) for line in lines if line[cut:].strip()]
    aligned = max(starts.count(start) for start in set(starts))
    dated = sum(1 for text in right if _DATE_LIKE.search(text))
    left_dated = sum(1 for line in lines if line[cut:].strip() and _DATE_LIKE.search(line[:cut]))
    both = sum(1 for line in lines if line[cut:].strip() and line[:cut].strip())
    return (
        aligned >= 0.7 * len(right)
        and dated < 0.4 * len(right)
        and both > 0
        and left_dated < 0.6 * both
    )
