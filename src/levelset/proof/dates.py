"""Month dates as resumes and LinkedIn write them: "Jan 2020", "2020-01", "03/2021", "Present"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_NOW_WORDS = {"present", "current", "now", "today", "ongoing"}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ONE = (
    rf"(?:(?:{_MONTH_NAMES})\.?\s+\d{{4}}|\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?|\d{{1,2}}/\d{{4}}"
    rf"|(?<![\d,.$])(?:19|20)\d{{2}}(?![\d%])|present|current|now|today)"
)
RANGE = re.compile(rf"(?P<start>{_ONE})\s*(?:-|–|—|to|until)\s*(?P<end>{_ONE})", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """A start and end month; `current` when the end is "present"."""

    start: dt.date | None
    end: dt.date | None
    current: bool


def parse_month(text: str) -> dt.date | None:
    """The first day of the month written in `text`, or None if it is not a date."""
    raw = text.strip().lower().rstrip(".")
    if not raw or raw in _NOW_WORDS:
        return None
    match = re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", raw)
    if match and match.group(1) in _MONTHS:
        return dt.date(int(match.group(2)), _MONTHS[match.group(1)], 1)
    for pattern, order in ((r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", "ym"), (r"(\d{1,2})/(\d{4})", "my")):
        match = re.fullmatch(pattern, raw)
        if match:
            year, month = (match.group(1), match.group(2))[:: 1 if order == "ym" else -1]
            return dt.date(int(year), int(month), 1) if 1 <= int(month) <= 12 else None
    if re.fullmatch(r"\d{4}", raw):
        return dt.date(int(raw), 1, 1)
    return None


def is_now(text: str | None) -> bool:
    return bool(text) and str(text).strip().lower() in _NOW_WORDS


def find_span(text: str) -> tuple[Span, re.Match[str]] | None:
    """The first date range in a line ("Jan 2020 – Present"), with the match."""
    match = RANGE.search(text)
    if match is None:
        return None
    start, end = match.group("start"), match.group("end")
    return Span(parse_month(start), parse_month(end), is_now(end)), match


def months_apart(a: dt.date, b: dt.date) -> int:
    return abs((a.year - b.year) * 12 + a.month - b.month)
