"""Month names mended before dates are read: a long name one letter off ("Decemeber 2015"),
and a year written before its month ("2018, Oct – 2019, Jun")."""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.dates import _MONTH_NAMES, _MONTHS, _SEASON_NAMES, _YEAR

_LONG_MONTHS = ("january", "february", "september", "october", "november", "december")
_MISSPELT = compiled(r"\b([A-Za-z]{6,10})(?=\.?,?\s+'?(?:19|20)\d\d\b)")


def mend_months(text: str) -> str:
    """ "Decemeber 2015" as "December 2015": a long month name one letter off, before a year.

    Only the months of seven letters or more are mended, so that no other word is taken
    for one ("Match 2019" is not March). A year written before its month ("2018, Oct –
    2019, Jun"; "2020, Jul – Sep", both months in one year) is put after it."""
    text = _year_first(text)
    if not _MISSPELT.search(text):
        return text
    return _MISSPELT.sub(_mended, text)


_CAPITAL_MONTH = rf"(?=[A-Z])(?i:{_MONTH_NAMES})(?:\.|(?![\w'’]))"
_NO_YEAR_AFTER = r"(?!\.?,?\s*'?\d)"  # nor a day: "2019, March 3"
_YEAR_FIRST_PAIR = compiled(
    rf"(?<![\w/.-])(?P<year>{_YEAR}),\s*(?P<first>{_CAPITAL_MONTH})\s*(?P<dash>[–—-])\s*"
    rf"(?P<last>{_CAPITAL_MONTH}){_NO_YEAR_AFTER}"
)
_YEAR_FIRST = compiled(
    rf"(?<![\w/.-])(?P<year>{_YEAR}),\s*(?P<month>{_CAPITAL_MONTH}){_NO_YEAR_AFTER}"
)
# "May 2021, Aug. 2021", "Summer 2019, May – Aug 2020": a list of dates of their own
_MONTH_BEFORE = compiled(rf"(?i:{_MONTH_NAMES}|{_SEASON_NAMES})\.?\s*$")


def _year_first(text: str) -> str:
    """ "2020, Jul – Sep" as "Jul – Sep 2020", "2018, Oct" as "Oct 2018" (see mend_months);
    not a year that closes a date of its own ("Jan. 2021 – May 2021, Aug. 2021 – ...")."""
    if "," not in text:
        return text

    def pair(match: re.Match[str]) -> str:
        if _MONTH_BEFORE.search(text[: match.start()]):
            return match.group()
        return f"{match['first']} {match['dash']} {match['last']} {match['year']}"

    def single(match: re.Match[str]) -> str:
        if _MONTH_BEFORE.search(text[: match.start()]):
            return match.group()
        return f"{match['month']} {match['year']}"

    text = _YEAR_FIRST_PAIR.sub(pair, text)
    return _YEAR_FIRST.sub(single, text)


def _mended(match: re.Match[str]) -> str:
    word = match.group(1)
    lower = word.casefold()
    if lower in _MONTHS:
        return word
    for month in _LONG_MONTHS:
        if _one_letter_off(lower, month):
            return month.capitalize() if word[:1].isupper() else month
    return word


def _one_letter_off(word: str, month: str) -> bool:
    """One letter added, dropped or changed (not the first three, which name the month)."""
    if word[:3] != month[:3] or abs(len(word) - len(month)) > 1 or word == month:
        return False
    if len(word) == len(month):
        return sum(a != b for a, b in zip(word, month, strict=True)) == 1
    short, long = sorted((word, month), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
