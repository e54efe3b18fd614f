"""Dates as résumés and LinkedIn write them.

"Jan 2020", "Sep. 2023", "September 2023", "2020-01", "03/2021", "01 Oct 2022", "Summer 2012",
a bare year, and "present / current / now / heute / actualidad / actuellement / ongoing /
till date" (and "Actually", a French or Spanish speaker's word for it) for an open end; ranges
joined by a hyphen, an en or em dash, "to" or "until"; "since 2016" for a range still open.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from levelset.patterns import compiled

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            # English, German, French, Spanish, Portuguese, Italian and Dutch (LinkedIn's PDF
            # writes the month in the profile's language)
            ("jan", "january", "jän", "januar", "janv", "janvier", "ene", "enero", "janeiro")
            + ("gennaio", "januari"),
            ("feb", "february", "februar", "févr", "fev", "febrero", "février", "fevereiro")
            + ("febbraio", "februari"),
            ("mar", "march", "mär", "märz", "mars", "marzo", "março", "maart", "mrt"),
            ("apr", "april", "avr", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maio", "maggio", "mei"),
            ("jun", "june", "juni", "juin", "junio", "junho", "giugno"),
            ("jul", "july", "juli", "juil", "julio", "juillet", "julho", "luglio"),
            ("aug", "august", "août", "aout", "ago", "agosto", "augustus"),
            ("sep", "sept", "september", "septembre", "septiembre", "setembro", "settembre"),
            ("oct", "october", "okt", "oktober", "octobre", "octubre", "outubro", "ottobre"),
            ("nov", "november", "novembre", "noviembre", "novembro"),
            ("dec", "december", "dez", "dezember", "déc", "décembre", "dic", "diciembre")
            + ("dezembro", "dicembre"),
        ],
        start=1,
    )
    for name in names
}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_SEASONS |= {"summers": 6, "winters": 12}  # "Summers 2017 and 2018": one post, two seasons
_NOW_WORDS = (
    "present|current date|current|currently|till now|until now|now|till today|until today|today|"
    "on-?going|continuing|till date|to date|date|"
    "heute|bis heute|aktuell|jetzt|"
    "présent|actuel|actuellement|aujourd['’]hui|en cours|"
    "actualidad|actualmente|presente|hoy|ahora|en curso|"
    "atual|atualmente|o momento|em curso|oggi|attuale|attualmente|in corso|heden|nu|"
    # a false friend of "actuellement"/"actualmente" in English written by a French or
    # Spanish speaker: "(2025 - Actually)" means still there
    "actually"
)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASON_NAMES = "|".join(sorted(_SEASONS, key=len, reverse=True))
_BREAK = r"(?:\s+(?:holidays?|vacation|break))?"  # "Summer holiday 2014": the season still
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"(?:\s*\d{1,2}(?:st|nd|rd|th)?)?"  # after the month: "June 1st, 2022", "Jun.1st.2022"
_MONTH_YEAR = rf"(?:\d{{1,2}}\s+)?([^\W\d_]+)\.?{_DAY}[.,]?(?:\s+de)?\s*'?(\d{{4}})"  # parse_month
_ONE = (
    rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})\.?{_DAY}[.,]?(?:\s+de)?\s*'?{_YEAR}"
    rf"|(?:{_SEASON_NAMES}){_BREAK}(?:,?\s+|-){_YEAR}"  # "Summer, 2018", "Spring-2022" as well
    rf"|{_YEAR}[-/.]\d{{1,2}}(?:[-/.]\d{{1,2}})?(?!\d)"
    rf"|(?<![\d.])\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}(?!\d)"  # "23/09/2018", "08/22/2023"
    rf"|(?<![\d.])\d{{1,2}}[/.]{_YEAR}"
    # "2022 Dec", "2020, Jul": the year first
    rf"|(?<![\d,.$/])(?<!\d\s){_YEAR},?\s+(?:{_MONTH_NAMES})\.?(?![\w'’])"
    rf"|(?<![\d,.$/])(?<!\d\s){_YEAR}(?![\d%/])"
    rf"|{_NOW_WORDS})"
)
_DASH = r"\s*(?:-{1,2}|–|—|\u00ad|~|to|until|till|through|bis|à)\s*"
_EXPECTED = r"(?:exp(?:ected)?\.?\s*)?"
RANGE = compiled(rf"(?P<start>{_ONE}){_DASH}{_EXPECTED}(?P<end>{_ONE})(?![\w-])", re.IGNORECASE)
# "2020–21", "2018 - 20": a year range whose end keeps its last two digits (a hyphen with no
# spaces is left out: "2018-11" is a month; "2022 – 31 August" ends on a day)
_SHORT_END = compiled(
    rf"(?<![\d/.-])(?P<start>{_YEAR})(?:\s*[–—]\s*|\s+-{{1,2}}\s+|--)(?P<end>\d{{2}})(?![\d\w/.-]|\s+(?i:{_MONTH_NAMES})\b)"
)
_OPEN = compiled(
    rf"(?:since|seit|depuis)\s+(?P<start>{_ONE})|\(?(?P<begin>{_ONE}){_DASH}\s*\)?$", re.I
)  # "2021 –", "(September 2020 –)": a range left open
# "March - December 2024": two months sharing the end's year
_SHARED_YEAR = compiled(
    rf"(?<![\w.])(?P<month>{_MONTH_NAMES})\.?{_DASH}(?P<end>(?:{_MONTH_NAMES})\.?,?\s*(?P<year>{_YEAR}))(?!\d)",
    re.IGNORECASE,
)
# "2020, Jul – Sep": the year first, then two months that share it
_YEAR_FIRST = compiled(
    rf"(?<![\d,.$/])(?P<year>{_YEAR}),?\s+(?P<month>{_MONTH_NAMES})\.?{_DASH}"
    rf"(?P<end>{_MONTH_NAMES})\.?(?![\w'’])",
    re.IGNORECASE,
)
# "From 2014 working in the Electronic Department": a start alone, at the line's head
_FROM = compiled(rf"\s*from\s+(?P<start>{_ONE})(?![\w/-])", re.I)
_BETWEEN = compiled(r"\bbetween\s*$", re.I)  # "data between 1974 and 2016": no tenure
# "Summer 2012 and 2013", "Summer 2023, Summer 2024": two seasons, one range; "Summer 2019,
# 2020, 2021": the years listed on are part of it (the range ends at the last)
_AND = compiled(
    rf"(?P<start>{_ONE})\s*(?:and|&|,)\s+(?:(?:{_SEASON_NAMES})\s+)?(?P<end>{_YEAR})\b"
    r"(?:\s*(?:,\s*(?:(?:and|&)\s+)?|(?:and|&)\s+)(?P<last>(?:19|20)\d\d)\b)*",
    re.IGNORECASE,
)
SINGLE = compiled(rf"(?<![\w-])(?P<start>{_ONE})(?![\w-])", re.IGNORECASE)
# LinkedIn writes the length in the profile's language: "(1 year 9 months)", "(1 año 5 meses)",
# "(1 an 5 mois)", "(1 Jahr 5 Monate)", "(1 ano 5 meses)", "(1 anno 5 mesi)", "(1 jaar 5 maanden)"
_YEAR_UNITS = r"years?|yrs?|años?|ans?|jahre?n?|anos?|ann[oi]|jaar"
_MONTH_UNITS = r"months?|mos?|mes(?:es)?|mois|monate?n?|mês|mes[ei]|maand(?:en)?"
_LESS_THAN = (
    r"less than a|menos de un[oa]?|moins d['’]une?|weniger als eine?n?|menos de uma?|"
    r"meno di una?|minder dan een"
)
LENGTH_START = rf"\d+\s+(?:{_YEAR_UNITS}|{_MONTH_UNITS})\b|(?:{_LESS_THAN})\s"
DURATION = compiled(
    rf"\(?\s*(?:\d+\s+(?:{_YEAR_UNITS}|{_MONTH_UNITS})\b"
    rf"|(?:{_LESS_THAN})\s+(?:{_YEAR_UNITS}|{_MONTH_UNITS})\b)"
    rf"(?:,?\s+(?:(?:and|y|e|et|und|en)\s+)?\d+\s+(?:{_MONTH_UNITS})\b)?\s*\+?\s*\)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    """A start and end month; `current` when the end is "present"."""

    start: dt.date | None
    end: dt.date | None
    current: bool
    precision: str = "month"  # "year" when the start was written as a year ("2019", "Summer 2019")
    single: bool = False  # one date written for both ends ("Summer 2019"), not a range


_YEAR_WRITTEN = compiled(
    rf"\s*(?:(?:{_SEASON_NAMES}){_BREAK}(?:,?\s+|-))?{_YEAR}\s*", re.IGNORECASE
)


def _precision(written: str) -> str:
    bare = _YEAR_WRITTEN.fullmatch(written)
    return "year" if bare else "month"


_YEAR_THEN_MONTH = compiled(r"(\d{4}),?\s+([^\W\d_]+)\.?")
_DAY_MONTH_YEAR = compiled(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_YEAR_ONLY = compiled(r"\d{4}")
_EXPECTED_PREFIX = compiled(r"^(?:exp(?:ected)?\.?\s*)")
_SEASON_DASH = compiled(rf"^({_SEASON_NAMES}){_BREAK}[-,\s]+(?=\d{{4}}$)")  # "spring-2022"
_MONTH_YEAR_RULE = compiled(_MONTH_YEAR)
_YEAR_MONTH = compiled(r"(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?")
_MONTH_SLASH_YEAR = compiled(r"(\d{1,2})[/.](\d{4})")


def parse_month(text: str, day_first: bool | None = None) -> dt.date | None:
    """The first day of the month written in `text` (January for a bare year), else None.

    A full numeric date ("12/02/2024") is read day first unless `day_first` is False."""
    raw = _EXPECTED_PREFIX.sub("", text.strip().lower()).strip(" .,'")
    if not raw or is_now(raw):
        return None
    raw = _SEASON_DASH.sub(r"\1 ", raw)  # "spring-2022"
    match = _MONTH_YEAR_RULE.fullmatch(raw)
    if match and match.group(1) in _MONTHS:
        return dt.date(int(match.group(2)), _MONTHS[match.group(1)], 1)
    if match and match.group(1) in _SEASONS:
        return dt.date(int(match.group(2)), _SEASONS[match.group(1)], 1)
    turned = _YEAR_THEN_MONTH.fullmatch(raw)  # "2022 Dec": the year first
    if turned and turned.group(2) in _MONTHS:
        return dt.date(int(turned.group(1)), _MONTHS[turned.group(2)], 1)
    full = _DAY_MONTH_YEAR.fullmatch(raw)
    if full:  # a day, a month and a year: the month is the one that cannot be a day
        first, second, whole = (int(part) for part in full.groups())
        number = first if first <= 12 and (second > 12 or day_first is False) else second
        return dt.date(whole, number, 1) if 1 <= number <= 12 else None
    for rule, order in ((_YEAR_MONTH, "ym"), (_MONTH_SLASH_YEAR, "my")):
        match = rule.fullmatch(raw)
        if match:
            year, month = (match.group(1), match.group(2))[:: 1 if order == "ym" else -1]
            return dt.date(int(year), int(month), 1) if 1 <= int(month) <= 12 else None
    if _YEAR_ONLY.fullmatch(raw):
        return dt.date(int(raw), 1, 1)
    return None


_LONG_MONTHS = ("january", "february", "september", "october", "november", "december")
_MISSPELT = compiled(r"\b([A-Za-z]{6,10})(?=\.?,?\s+'?(?:19|20)\d\d\b)")


def mend_months(text: str) -> str:
    """ "Decemeber 2015" as "December 2015": a long month name one letter off, before a year.

    Only the months of seven letters or more are mended, so that no other word is taken
    for one ("Match 2019" is not March)."""
    if not _MISSPELT.search(text):
        return text
    return _MISSPELT.sub(_mended, text)


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


_NOW = compiled(_NOW_WORDS)


def is_now(text: str | None) -> bool:
    return bool(text) and _NOW.fullmatch(str(text).strip().lower().rstrip(".")) is not None


_MAYBE = compiled(rf"(?:19|20)\d\d|{_NOW_WORDS}", re.IGNORECASE)  # cheap test before the slow one


def find_span(text: str) -> tuple[Span, re.Match[str]] | None:
    """The first date range in a line ("Jan 2020 – Present", "since 2016"), with the match."""
    if not _MAYBE.search(text):
        return None
    short = _SHORT_END.search(text)
    if short is not None and int(short.group("end")) > int(short.group("start")[2:]):
        first = int(short.group("start"))
        last = dt.date(first // 100 * 100 + int(short.group("end")), 1, 1)
        return Span(dt.date(first, 1, 1), last, False, "year"), short
    match = RANGE.search(text)
    if match is not None:
        start, end = match.group("start"), match.group("end")
        if not is_now(start):
            order = _day_first(start, end)
            span = Span(
                parse_month(start, order), parse_month(end, order), is_now(end), _precision(start)
            )
            return span, match
    shared = _SHARED_YEAR.search(text)
    if shared is not None:
        end = parse_month(shared.group("end"))
        start = parse_month(f"{shared.group('month')} {shared.group('year')}")
        if start is not None and end is not None:
            start = start if start <= end else start.replace(year=start.year - 1)
            return Span(start, end, False, "month"), shared
    turned = _YEAR_FIRST.search(text)
    if turned is not None:
        start = parse_month(f"{turned['month']} {turned['year']}")
        end = parse_month(f"{turned['end']} {turned['year']}")
        if start is not None and end is not None and start <= end:
            return Span(start, end, False, "month"), turned
    both = _AND.search(text)
    if both is not None and not _BETWEEN.search(text[: both.start()]):  # data "between"
        start, end = both.group("start"), both.group("last") or both.group("end")
        span = Span(parse_month(start), parse_month(end), False, _precision(start))
        return span, both
    opened = _OPEN.search(text.rstrip()) or _FROM.match(text)
    if opened is not None:
        start = opened.group("start") or opened.group("begin")
        if not is_now(start):
            return Span(parse_month(start), None, True, _precision(start)), opened
    return None


_FULL = compiled(r"(\d{1,2})[/.](\d{1,2})[/.]\d{4}")


def _day_first(*written: str) -> bool | None:
    """Whether the full numeric dates of one range put the day first: decided by the end
    whose first or second number cannot be a month ("23/09/2018", "08/22/2023")."""
    for text in written:
        full = _FULL.fullmatch(text.strip())
        if full and int(full.group(1)) > 12:
            return True
        if full and int(full.group(2)) > 12:
            return False
    return None


def find_date(text: str) -> tuple[Span, re.Match[str]] | None:
    """A range, or else a single date standing for both ends ("Summer 2022", "Mar 2019")."""
    if not _MAYBE.search(text):
        return None
    found = find_span(text)
    if found is not None:
        return _more_years(text, *found)
    for match in SINGLE.finditer(text):
        month = parse_month(match.group("start"))
        if month is not None:
            return Span(month, month, False, _precision(match.group("start")), True), match
    return None


_MORE_YEARS = compiled(r"(?:\s*,\s*(?:(?:and|&)\s+)?(?:19|20)\d\d\b)+")


_CENTURY_YEAR = compiled(r"(?:19|20)\d\d")


def _more_years(text: str, span: Span, match: re.Match[str]) -> tuple[Span, re.Match[str]]:
    """ "Summer 2019, 2020, 2021": years listed on after a range of two end at the last one."""
    more = _MORE_YEARS.match(text, match.end())
    if more is None or span.end is None or span.current:
        return span, match
    last = int(_CENTURY_YEAR.findall(more.group())[-1])
    if last <= span.end.year:
        return span, match
    return dataclasses.replace(span, end=dt.date(last, 1, 1)), match


def strip_durations(text: str) -> str:
    """ "June 2015 - Present (1 year 9 months)" without the counted length."""
    return DURATION.sub(lambda m: m.group() if _inside_phrase(m) else " ", text).strip()


def _inside_phrase(match: re.Match[str]) -> bool:
    """ "(Promoted in 18 months, 6 months early)": a length inside a phrase in brackets."""
    if match.group().lstrip().startswith("("):
        return False
    before = match.string[: match.start()]
    return before.count("(") > before.count(")")


_DATE_LABEL = compiled(r"^(?:date|dates|period)\s*:\s*", re.IGNORECASE)
_DATE_JOINERS = compiled(r"(?:and|&|,|\s|\||·|\(|\)|exp(?:ected)?\.?)+", re.I)


def is_date_text(text: str) -> bool:
    """Text that is only dates (a range, a date, a duration), give or take a label."""
    rest = strip_durations(text)
    rest = _DATE_LABEL.sub("", rest)
    found = find_date(rest)
    if found is None:
        return not rest.strip(" |·•,()")
    leftover = rest
    while found is not None:
        leftover = leftover[: found[1].start()] + " " + leftover[found[1].end() :]
        found = find_date(leftover)
    return not _DATE_JOINERS.sub("", leftover)


def months_apart(a: dt.date, b: dt.date) -> int:
    return abs((a.year - b.year) * 12 + a.month - b.month)
