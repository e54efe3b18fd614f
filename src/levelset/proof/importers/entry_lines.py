"""What one line of an experience section is: dated, an entry's heading, or half of one.

These read a line (and the one or two after it) alone; the entry reader (entries.py, its
state in entry_state.py) keeps the state between lines.
"""

from __future__ import annotations

import dataclasses
import re

from levelset.patterns import compiled
from levelset.proof.dates import (
    LENGTH_START,
    Span,
    find_date,
    find_span,
    is_date_text,
    strip_durations,
)
from levelset.proof.headers import (
    looks_like_place,
    names_role,
    parts_of,
    role_score,
    tidy,
    without_place,
)
from levelset.proof.importers.entry_stints import terms
from levelset.proof.line_kinds import ABBREVIATED
from levelset.proof.line_kinds import sentence as _sentence
from levelset.proof.line_kinds import short_label as _short_label
from levelset.proof.lines import BULLET, Line, is_bullet
from levelset.proof.locations import is_location
from levelset.proof.sections import section_of
from levelset.proof.title_company import split_title_company

AT_FORM = compiled(r"\S\s+at\s+[A-Z0-9]")  # "Title at Company", as LinkedIn writes it
CONTACT = compiled(r"@|https?://|www\.|linkedin\.com|github\.com|\+?\d[\d ()-]{7,}")
LENGTH = compiled(rf"\(\s*(?:{LENGTH_START})[^)]*\)", re.I)  # "(1 year 5 months)", "(1 an)"


_OPEN_END = compiled(r"(?:[/&,–-]|\b(?:and|of|for|at))$")
# "Tech stack: TypeScript, React, Jest, GraphQL": a label of a few words over a list
LABELLED_LIST = compiled(r"[A-Z][\w&/ -]{0,24}:\s+[^,:]+(?:,[^,:]+){3,}")


def lists_after_dates(lines: list[Line]) -> list[Line]:
    """ "Vouch Insurance – Remote" / "Tech stack: TypeScript, React, ..." / "Software Engineer 2
    August 2022 – Present": labelled lists set between an employer and its dated title belong
    to the job, not to its heading; they are read after the dated line. A labelled line with
    a range of dates of its own ("Researcher: Research Fellow, ..., UK May 2007 - November
    2011") is a dated heading, not such a list."""
    out = list(lines)
    index = 1
    while index < len(out):
        end = index
        while end < len(out) and _undated_list(out[end]):
            end += 1
        above = out[index - 1]
        heading = not is_bullet(above.text) and span_of(above) is None and _short_label(above.text)
        if end > index and end < len(out) and heading and span_of(out[end]) is not None:
            out[index : end + 1] = [out[end], *out[index:end]]
        index = end + 1 if end > index else index + 1
    return out


def _undated_list(line: Line) -> bool:
    return bool(LABELLED_LIST.fullmatch(line.text.strip())) and span_of(line) is None


_BRACKETED_DATES = compiled(r"\((?:[^()]*\s)?(?:19|20)\d\d\b[^()]*\)\s*$")


def roles_unbulleted(lines: list[Line]) -> list[Line]:
    """ "• VP II, Platform Architecture (Apr 2023 – Present)" under an employer: a role and its
    range of months in brackets, set as a list item, heads a position; the mark is dropped so
    that it is read as a heading, not as a bullet of the job above. (An honour dated in years,
    "• Presidential Fellow (2021–22)", stays a bullet.)"""
    out = []
    for line in lines:
        text = line.text.strip()
        found = _BRACKETED_DATES.search(text) if is_bullet(text) else None
        span = find_span(found.group()) if found is not None else None
        if found is not None and span is not None and span[0].precision == "month":
            role = BULLET.sub("", text[: found.start()]).strip(" ,–—-")
            if len(role.split()) <= 8 and role_score(role) > 0 and not _sentence(role):
                line = dataclasses.replace(line, text=BULLET.sub("", text))
        out.append(line)
    return out


def join_wrapped_headings(lines: list[Line]) -> list[Line]:
    """ "HEARSID - Freelancer/" over "Entrepreneur" over the dates: a short heading that wraps
    onto a line of its own size, read as one line. A wrap shows where the first part ends
    open ("/", "-", "and") or the second goes on in lower case or in brackets."""
    out: list[Line] = []
    for index, line in enumerate(lines):
        last = out[-1] if out else None
        if last is not None and _MODE_BELOW.fullmatch(line.text.strip()) and _named_line(last):
            mode = line.text.strip()  # "FireCompass  Bangalore" over "(Remote)" in body type
            place = f"{last.place} {mode}" if last.place else mode.strip("()")
            out[-1] = dataclasses.replace(last, place=place)
        elif last is not None and _wraps(last, line) and _dated_soon(lines, index):
            out[-1] = dataclasses.replace(last, text=f"{last.text} {line.text.strip()}")
        else:
            out.append(line)
    return out


_MODE_BELOW = compiled(r"\((?i:fully )?(?i:remote|hybrid|on-?site|online)\)")


def _named_line(line: Line) -> bool:
    """A short heading line with no dates and no bullet: a name a work mode may follow."""
    text = line.text.strip()
    return bool(text) and not line.dates and not is_bullet(text) and len(text.split()) <= 6


def _wraps(first: Line, second: Line) -> bool:
    if first.dates or second.dates or first.place or is_bullet(first.text):
        return False
    if is_bullet(second.text) or (first.size and second.size and first.size != second.size):
        return False
    head, tail = first.text.strip(), second.text.strip()
    if _address_wraps(head, tail):
        return True  # "IFS R&D |1, Orion Towers, 752, ... Mawatha," over "Colombo 9"
    if len(head.split()) > 10 or len(tail.split()) > 4 or not head or not tail:
        return False
    if CONTACT.search(head) or (tail.isupper() and section_of(tail) is not None):
        return False  # a line of links over "EDUCATION": contact details, then a heading
    opened = _OPEN_END.search(head) or tail[0].islower() or bracketed(tail.split(")")[0] + ")")
    if opened:
        return len(head.split()) <= 6
    # "Senior Engineer / Front-End Lead - ACS" over "Technologies", in the heading's own size
    both = bool(first.size) and len(parts_of(head)) > 1 and len(tail.split()) <= 2
    return both and not looks_like_place(tail) and not is_location(tail)


_DIGIT = compiled(r"\d")


def _address_wraps(head: str, tail: str) -> bool:
    """A heading line that lists an address, cut after one of its commas, over the town: a
    few more commas and a number in the first part, a short name with no role in the second."""
    if not head.endswith(",") or head.count(",") < 3 or not _DIGIT.search(head):
        return False
    if len(head.split()) > 14 or len(tail) >= 30 or section_of(tail) is not None:
        return False
    if is_date_text(tail) or find_date(tail) is not None:
        return False  # the entry's dates under it, not its town
    return role_score(tail) <= 0 and not AT_FORM.search(tail)


def _dated_soon(lines: list[Line], index: int) -> bool:
    """The line after `index`, or the one after that, holds the entry's dates."""
    return any(span_of(line) is not None for line in lines[index + 1 : index + 3])


def span_of(line: Line) -> tuple[Span, str] | None:
    """The line's dates and the heading text left beside them, if the line is dated."""
    if line.dates:
        found = find_date(line.dates)
        return (terms(line.dates, *found)[0], line.text) if found else None
    text = line.text.lstrip("#").strip()
    found = find_span(text)
    if found is None and not is_bullet(text) and len(text.split()) <= 12:
        found = _trailing_date(text)
    if found is None:
        return None
    span, match = found
    head, tail = _unless_later_in_brackets(text[: match.start()], text[match.end() :])
    return span, (head + "  " + _unless_second_term(tail)).strip()


_LATER_IN_BRACKETS = compiled(r"\s*,\s*(?P<later>[^()]+?)\s*\)")


def _unless_later_in_brackets(head: str, tail: str) -> tuple[str, str]:
    """ "Engineer (May 2019 - Apr 2020, Feb 2022 - )": two stints in the heading's brackets,
    the first read as the post; the second and the brackets are no part of the heading."""
    later = _LATER_IN_BRACKETS.match(tail)
    if not head.rstrip().endswith("(") or later is None:
        return head, tail
    if find_span(later.group("later")) is None:
        return head, tail  # "(May 2019 - Apr 2020, Remote)": a note, kept
    return head.rstrip()[:-1], tail[later.end() :]


_SECOND_TERM = compiled(r"\s*(?:\([^()]*\)\s*)?[;&]\s*")


def _unless_second_term(tail: str) -> str:
    """ "Jan 2023–Apr 2024 (Full-time); Apr 2024–Nov 2024 (Voluntary Researcher)": a second
    span after the first, each with its note, is no part of the heading; the first span is
    the post the heading names."""
    joined = _SECOND_TERM.match(tail)
    later = find_span(tail[joined.end() :]) if joined else None
    return "" if joined and later and later[1].start() == 0 else tail


# what sets a heading's one closing date apart: two spaces, a tab, a bar, a comma or a dash
# before it, or a full stop before its bracket ("Lockheed Martin. (Summer 2022)", as a
# reference is written)
_PARTED = compiled(r"(?:\s{2}|\t|[|,•·–—/[-]|[\w)]{2}\.\s\()\s*$")
CITED = compiled(r"[\w)]{2}\.\s*\([^()]*\)\s*$")  # the heading "Lockheed Martin. (Summer 2022)"


def cited(line: Line, title: str, company: str) -> tuple[str, str]:
    """ "Lockheed Martin. (Summer 2022)": a heading written as a reference is, a name and a
    full stop, then its date in brackets; a name that names no role there is the employer
    (the title, if any, is told in the paragraph below)."""
    if not CITED.search(line.text):
        return title, company
    title, company = title.rstrip(". "), company.rstrip(". ")
    if title and not company and not names_role(title) and role_score(title) <= 0:
        return "", title
    return title, company


def _trailing_date(text: str) -> tuple[Span, re.Match[str]] | None:
    """A single date closing a short heading ("Software Engineer Intern  Summer 2022")."""
    found = find_date(text)
    if found is None or text[found[1].end() :].strip(" )]|,."):
        return None
    before = text[: found[1].start()]
    if "]" in text[found[1].end() :] and "[" not in before:
        return None  # "2014]": the end of a bracket opened on the line above, not a heading
    parted = _PARTED.search(before)  # a tab sets it apart too
    return found if (not before.strip() or parted or _role_then_bracket(text, found[1])) else None


def _role_then_bracket(text: str, match: re.Match[str]) -> bool:
    """ "Teaching assistant (Fall 2009)": a short title that names a role, then its one date
    alone in round brackets, closing the line."""
    before, after = text[: match.start()].rstrip(), text[match.end() :].strip()
    if not before.endswith("(") or after != ")":
        return False
    title = before[:-1].strip()
    return 0 < len(title.split()) <= 5 and role_score(title) > 0 and not title.endswith((",", ":"))


def leads_prose(line: Line, rest: str) -> bool:
    """ "since April 2017 , Conversion of existing applications...": dates that open a line
    of description under the heading above (best-resume-ever's oblique); so do words in lower
    case after them ("From 2014 working in the Electronic Department")."""
    found = None if line.dates else find_date(BULLET.sub("", line.text).lstrip())
    prose = len(rest.split()) >= 6 or rest[:1].islower()
    return found is not None and found[1].start() == 0 and prose


_COLUMN_NAMES = {
    "dates", "date", "period", "years", "year", "from", "to", "role", "title", "position",
    "company", "employer", "organisation", "organization", "location", "city", "degree",
    "school", "institution", "and",
}  # fmt: skip


def dated_sentence(line: Line) -> bool:
    """ "I have been building software since 2017. My proficiency ...": a date inside running
    prose (four words or more before it, most in lower case, and a full stop or lower-case
    words after it), not the dates of an entry."""
    text = BULLET.sub("", line.text).strip()
    found = None if line.dates else find_date(text)
    if found is None:
        return False
    before = text[: found[1].start()].strip(" (,;:")
    after = text[found[1].end() :].strip()
    if len(before.split()) < 4 or not lower_case(before):
        return False
    return not after or after.startswith((".", ",", ";")) or after[:1].islower()


def _dates_first(line: Line) -> bool:
    found = find_span(BULLET.sub("", line.text).lstrip())
    return found is not None and found[1].start() == 0


def bracketed(text: str) -> bool:
    """ "(Consultant)" alone on a line: the end of the heading line above, wrapped."""
    text = text.strip()
    return text.startswith("(") and text.endswith(")") and len(text.split()) <= 4


def bare_dates(line: Line) -> bool:
    """A line that holds an entry's dates and perhaps its place, but no title or company."""
    dated = span_of(line)
    if dated is None or is_bullet(line.text):
        return False
    rest = tidy(strip_durations(dated[1]))
    return not rest or is_location(rest) or looks_like_place(rest)


_LOWER_WORDS = compiled(r"[a-z]+")


def heads_entry(line: Line, following: Line | None) -> bool:
    """A heading line whose dates come on the next line ("Company" over "Title  2019 – 2021")."""
    if following is None or span_of(following) is None:
        return False
    if is_bullet(following.text) and not following.place and not _dates_first(following):
        return False  # a heading's dates may open its first bullet ("• Sep 2020 – Present. ...")
    text = BULLET.sub("", line.text)
    longest = 24 if AT_FORM.search(text) else 14  # "Resident Advisor and ... at University of..."
    if not text or len(text.split()) > longest or _sentence(text):
        return False
    if text.rstrip().endswith(":"):
        return False  # "Client engagements:" over a dated list inside the job
    if _ADDRESS.search(text):
        return False  # "Admission https://...": a link ends a sentence, it heads nothing
    if set(_LOWER_WORDS.findall(text.casefold())) <= _COLUMN_NAMES:
        return False  # "Dates | Role | Company": a table's header row over its rows
    if text.startswith("[") and text.endswith("]"):
        return False  # "[Minor in Civic Service Design, GPA: 3.97]": a note on the entry above
    if ends_sentence(text) and all(split_title_company(span_of(following)[1])):  # type: ignore[index]
        return False  # a line of description over "Analyst, Flipkart, Bengaluru.  2017–2019"
    if ends_sentence(text) and lower_case(text):
        return False  # "Built delivery-time estimates used on every order." over the next title
    if ends_sentence(text) and _lower_words(text) and role_score(text) <= 0:
        return False  # "Speech recognition for Singlish." over "SOFTWARE ENGINEER  2014 – 2015"
    return not is_bullet(line.text) or bool(line.place)


_ADDRESS = compiled(r"https?://|www\.")


def lower_case(text: str) -> bool:
    """Four words or more, most of them in lower case: a sentence, not a name."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 4 and 2 * sum(w[:1].isupper() for w in words) < len(words)


def _lower_words(text: str) -> int:
    """Words in lower case that are no joining word: "recognition" in a sentence, not "of"."""
    return sum(w.isalpha() and w.islower() and w not in _JOINING for w in text.split())


_JOINING = {"of", "and", "for", "the", "in", "at", "on", "de", "du", "la", "le", "und", "y", "e"}


def ends_sentence(text: str) -> bool:
    """Ends as a sentence does: a full stop, not an abbreviation's."""
    return text.rstrip().endswith((".", "!", "?")) and not ABBREVIATED.search(text)


def name_line(line: Line | None) -> bool:
    """ "Data Scientist  2018 – 2021" over "Statistics Norway (SSB)": a title with its dates
    over a name (most words capitalised, no sentence), as Europass CVs stack every entry."""
    if line is None or is_bullet(line.text) or span_of(line) or not _short_label(line.text):
        return False
    if line.place or is_location(line.text):
        return False  # "Berlin" under the dates: the place, the employer was on the line
    words = line.text.split()
    return role_score(line.text) <= 0 and 2 * sum(w[:1].isupper() for w in words) > len(words)


def worded(rest: str) -> bool:
    """Words left beside a line's dates once LinkedIn's "(1 year 2 months)" is taken off."""
    return any(ch.isalpha() for ch in strip_durations(LENGTH.sub("", rest)))


def placed_heading(line: Line, following: Line | None) -> bool:
    """ "Acme Analytics      Boston, MA" over "Data Scientist  2018 – 2020": a name with its
    place beside it over a dated title heads the next entry, whatever the first one did."""
    return bool(line.place) and not is_bullet(line.text) and heads_entry(line, following)


_INDENT = 12.0  # points: a line set this much deeper than the heads is none of them


def indented_under(opener: Line | None, line: Line, following: Line | None) -> bool:
    """ "University of Central Florida, Orlando, FL" set deeper than the dated title over it
    (the entry's opener) and the dated title under it, which start at one edge: the line
    belongs to the title above it, though that title's line seemed to name an employer already."""
    if opener is None or following is None or not opener.x0 or not line.x0:
        return False
    edge = abs(following.x0 - opener.x0) <= 1
    name, place = without_place(line.text)  # an employer and its place, not a sentence
    named = bool(name and place) and not _sentence(line.text) and len(name.split()) <= 8
    return edge and line.x0 - opener.x0 >= _INDENT and named
