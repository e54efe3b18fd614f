"""Résumé lines: the text of a line, and the dates and place set beside it.

Templates push an entry's dates and place to a margin (RenderCV, Awesome-CV, sb2nov), or put
the dates in a column on the left (moderncv), sometimes on the line of the first bullet rather
than the title. Here each visual line becomes a Line whose `dates` and `place` hold what stood
apart, and dates found beside a bullet go back to the entry heading above it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.dates import find_date, is_date_text, strip_durations
from levelset.proof.headers import looks_like_place, mode_free, role_score, without_place
from levelset.proof.layout import Segment, VisualLine
from levelset.proof.locations import is_location, known_place_name
from levelset.proof.margins import margin_headings
from levelset.proof.places import REGIONS, initials_after, is_region
from levelset.proof.sections import section_of

BULLET = compiled(  # C1: a glyph (Word's Wingdings square comes out as "§"); ">" alone, not the
    # ">>" some Canva headings open with
    r"^\s*(?:[-*•·▪◦●‣+–➢➤►▸▹○■□✓◆◇❖→§\x80-\x9f][\ufe0e\ufe0f]?|>(?!>)|\d{1,2}[.)])\s+"
    r"|^\s*[-•▪◦●‣➢➤►▸▹○■□✓◆◇❖→](?=[^\W\d_])"  # "-Existentialism (Fall, 2011)": no space
    r"|^\s*o\s+(?=[A-Z])"  # Word's second-level mark, a letter o: "o Research Assistant"
)
_ABBREVIATED = compiled(r"\b(?:Inc|Ltd|Co|Corp|LLC|LLP|GmbH|Jr|Sr|St|Dept)\.$")


@dataclass(frozen=True)
class Line:
    """One line of a résumé and where it was: line number, and a page or paragraph label.

    `dates` and `place` hold text that stood apart from the line (a right-aligned date range,
    a city); a line read from plain text has neither.
    """

    number: int | None
    text: str
    where: str | None = None
    dates: str = ""
    place: str = ""
    size: float = 0.0  # the largest font size on the line, where a PDF tells it (else 0)
    bold: bool = False  # its words (not its dates or place) all set in a bold face, in a PDF
    x0: float = 0.0  # where it starts from the page's left edge, in points (0: not known)


def is_bullet(text: str) -> bool:
    return bool(BULLET.match(text))


def joined_on(lines: list[Line], goes_on: Callable[[Line, Line], bool]) -> list[Line]:
    """`lines` with each line that `goes_on` in the one under it joined to it: one line, as
    it was typed (what was joined can go on again)."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last is not None and goes_on(last, line):
            out[-1] = replace(last, text=f"{last.text.rstrip()} {line.text.strip()}")
        else:
            out.append(line)
    return out


def resume_lines(visual: list[VisualLine], where: str, first: int = 1) -> list[Line]:
    """Visual lines as Lines, with their dates and places set apart and re-attached."""
    # line_joins reads lines' bullets: imported here, after this module has loaded
    from levelset.proof.line_joins import (
        join_date_cells,
        join_dated_wraps,
        join_full_lines,
        join_open_ranges,
        join_wrapped_cells,
        leaders,
    )

    visual = join_date_cells(join_open_ranges(margin_headings(leaders(visual))))
    visual = join_wrapped_cells(visual)
    visual = join_dated_wraps(join_full_lines(visual))
    lines = [_line(v, where, first + i) for i, v in enumerate(visual)]
    lines = _reattach([line for line in lines if line.text or line.dates])
    return [_city_cell(line, lines[i - 1] if i else None) for i, line in enumerate(lines)]


def tab_set(number: int | None, text: str, where: str) -> list[Line]:
    """A word processor's paragraph whose parts its tab stops set apart ("2017 – 2019 <tab>
    CITYMD <tab> New York, NY"), read as a PDF's line of segments: its dates and its place set
    apart, and a section's name in the left margin ("Experience <tab> TRIALSPARK <tab> New
    York, NY") a heading of its own. A paragraph with neither dates nor a place (a skills row,
    a bullet after its tab) stays as it was written."""
    parts = [part.strip() for part in text.split("\t") if part.strip()]
    if len(parts) < 2 or is_bullet(text):
        return [Line(number, text, where)]
    if not any(is_date_text(p) for p in parts) and not any(map(_town, parts[1:])):
        return [Line(number, text, where)]  # "Languages <tab> Python, SQL": a skills row
    head = []
    if section_of(parts[0]) is not None and not _post_beside_dates(parts):
        head, parts = [Line(number, parts[0], where)], parts[1:]
    segments = tuple(Segment(float(i), i + 0.5, part) for i, part in enumerate(parts))
    return [*head, _line(VisualLine(0.0, 0.0, segments), where, number or 0)]


# "Research Internship": one post, where "Internships" would head a section of them
_ONE_POST = compiled(r"(?i:\b(?:internship|fellowship|assistantship|apprenticeship|traineeship))$")


def _post_beside_dates(parts: list[str]) -> bool:
    """ "Research Internship <tab> Jul 2020 – Sep 2020": a post named in the singular with only
    its dates beside it is an entry's title, not a section's name in the left margin."""
    return bool(_ONE_POST.search(parts[0])) and all(is_date_text(p) for p in parts[1:])


def towns_beside(lines: list[Line]) -> list[Line]:
    """ "University of Bamberg" over "Bamberg, Germany": a town alone on its paragraph under an
    employer is that employer's place, as a PDF's right margin would set it."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        alone = not line.dates and not line.place and _town(line.text)
        if alone and last and not last.place and last.text and not is_bullet(last.text):
            out[-1] = replace(last, place=line.text.strip())
        else:
            out.append(line)
    return out


def _placed(text: str) -> bool:
    """A place, perhaps with its work mode in brackets ("Bangalore, India (Remote)")."""
    return is_location(text) or is_location(mode_free(text))


def _town(text: str) -> bool:
    """A place by its town's name ("New York, NY", "Kitchener, ON") or its country's written
    out ("Bamberg, Germany"), not by its shape alone ("Python, SQL" is no place); its work mode
    may follow in brackets ("Bangalore, India (Remote)")."""
    text = mode_free(text) or text
    town, _, region = (part.strip() for part in text.partition(","))
    named = len(region) > 3 and region.casefold() in REGIONS
    return is_location(text) and (known_place_name(town) or named)


_WIDE_GAP = compiled(r"\s{2,}")


def _city_cell(line: Line, above: Line | None) -> Line:
    """ "Berlin  Senior Data Engineer" under "Zalando SE  Oct 2021 – Present": a table's left
    cell holds the dates over the city, the right one the employer over the title; under a
    dated employer, a place-like name left of a title is the entry's city."""
    parts = _WIDE_GAP.split(line.text)
    if above is None or not above.dates or line.dates or line.place or len(parts) != 2:
        return line
    city, title = parts
    if role_score(above.text) > 0 or not looks_like_place(city) or role_score(title) <= 0:
        return line
    return replace(line, text=title, place=city)


def _line(visual: VisualLine, where: str, number: int) -> Line:
    main: list[str] = []
    bold: list[bool] = []
    dates: list[str] = []
    places: list[str] = []
    several = len(visual.segments) > 1
    if not several and is_date_text(visual.text) and not find_date(visual.text):
        return Line(number, "", where)  # a length alone ("2 years 10 months")
    for index, segment in enumerate(visual.segments):
        text = segment.text
        if several and is_date_text(text):
            dated = strip_durations(text)
            dates.extend([dated] if find_date(dated) else [])
        elif index > 0 and _placed(text) and not titled_initials(text):
            places.append(text)
        elif several and (label := _PLACE_LABEL.match(text)) and is_location(text):
            places.append(text[label.end() :])  # "Location: Shenzhen, China <tab> dates"
        elif main and _PROMOTED.match(text):
            main[-1] = f"{main[-1]} {text}"  # "Lead Sales Associate <tab> promoted from Cashier"
        else:
            main.append(text)
            bold.append(segment.bold)
    if (
        len(main) == 2
        and not places  # "MCNAIR AMBASSADOR  UMBC   BALTIMORE, MD": the place is apart already
        and role_score(main[0]) <= 0
        and ((looks_like_place(main[1]) and not _business_name(main[1])) or _towns_pair(main[1]))
    ):
        places.append(main.pop())  # "Databright ... Berlin": a company, then its city
    if main and not dates and (opened := _OPEN_YEAR_FIRST.match(main[0])):
        dates.append(opened.group("year"))  # "2023-  Director, Lab": a gap too narrow to part
        main[0] = main[0][opened.end() :]
    if len(main) == 1 and dates and not places and known_place_name(main[0]):
        places.append(main.pop())  # "12/2020 - 03/2022   Malaysia": the entry's place
    after = _SEMICOLON_PLACE.fullmatch(main[-1]) if main and dates and not places else None
    if after and is_location(after["place"]):  # "Magic Wok – Assistant Manager; Houston, Texas"
        main[-1], places = after["head"], [after["place"]]
    glued = glued_place(main[-1]) if main and dates and not places else None
    if glued:  # "GE Oil & Gas – Embedded Systems Intern Minden, NV <tab> May 2017 – Aug 2017"
        main[-1], places = glued[0], [glued[1]]
    size, x0 = visual.size, visual.x0 if visual.height else 0.0
    if not main and len(dates) == 1 and len(places) == 1 and _employer_placed(places[0]):
        heavy = any(s.bold for s in visual.segments if s.text == places[0])
        return Line(number, places[0], where, dates[0], "", size, heavy, x0)
    if not main and len(dates) == 1:
        bare = visual.segments[0].bold and len(visual.segments) == 1
        return Line(number, dates[0], where, "", ", ".join(places), size, bare, x0)
    place = _unrepeated(", ".join(places), main[0] if main else "")
    heavy = bool(bold) and bold[0]
    return Line(number, "  ".join(main), where, " ".join(dates[:1]), place, size, heavy, x0)


_MODES = {"remote", "hybrid", "on-site", "onsite", "virtual"}


def _employer_placed(text: str) -> bool:
    """ "SILVER INVESTMENT PARTNERS, Konigstein, Germany" right of its dates alone: a name before
    the place, the name itself no place, so the line's heading rather than its place."""
    name, place = without_place(text)
    if not name or not place or name.casefold() in _MODES:
        return False
    return not (known_place_name(name) or is_location(name) or is_region(name) or is_city(name))


_PAIR = compiled(r"\s+[-–/&]\s+")
_PLACE_LABEL = compiled(r"(?i)\s*(?:location|place)\s*:\s*")
# a note on the title set apart from it, in its own run: the post it grew out of
_PROMOTED = compiled(r"(?i)\(?\s*promoted\s+(?:from|to)\s")
# an open range of years ending in its dash, then the heading: "2023- Director, ..." (not
# "2023 - Director", a year alone, nor "2023- Present", which is a range already)
_OPEN_YEAR_FIRST = compiled(
    r"(?P<year>(?:19|20)\d{2}[-–—])\s+(?=[A-Z])(?!(?i:present|current|now|today)\b)"
)


def _business_name(text: str) -> bool:
    """ "Angel Custom Painting" after "Painter": three words or more, no comma, no town known
    by that name or its first words, no state or country at the end: an employer's name, not
    a place ("Salt Lake City", "Greater Boston Area", "Palo Alto CA" are places)."""
    words = text.split()
    if len(words) < 3 or "," in text or known_place_name(text) or is_location(text):
        return False
    return not is_region(words[-1]) and not known_place_name(" ".join(words[:-1]))


def _towns_pair(text: str) -> bool:
    """ "Jeddah - Riyadh", "London / Paris": two known towns, the places of one post."""
    towns = _PAIR.split(text.strip())
    return len(towns) == 2 and all(looks_like_place(t) and known_place_name(t) for t in towns)


def _unrepeated(place: str, name: str) -> str:
    """ "Google Irvine, CA" beside "Google Ads Planning": the employer's first word said again
    before its city; the place is the city."""
    first, _, rest = place.partition(" ")
    if first.casefold().rstrip(".") in _CITY_OPENINGS or rest.split(",")[0] in {"City", "Park"}:
        return place  # "New York, NY" beside "New Relic", "Kansas City" beside "Kansas ..."
    if len(first) > 1 and name.split(" ", 1)[0] == first and is_location(rest):
        return rest
    return place


_CITY_OPENINGS = {
    "new", "san", "santa", "los", "las", "el", "la", "le", "saint", "st", "fort", "ft", "port",
    "mount", "mt", "salt", "palo", "hong", "tel", "rio", "são", "sao", "cape", "kuala", "buenos",
    "long", "grand", "baton", "ann", "east", "west", "north", "south", "des", "coral", "cedar",
    "mountain", "menlo", "redwood", "half", "sioux", "bowling", "college", "del", "costa",
}  # fmt: skip


_SEMICOLON_PLACE = compiled(r"(?P<head>.*\S)\s*;\s*(?P<place>[^;]+?)\s*")
_MOST_TOWN_WORDS = 3


def glued_place(text: str) -> tuple[str, str] | None:
    """("Software Engineer Intern", "Miami, FL") of "Software Engineer Intern Miami, FL": a
    town the reader knows and its state or country, written after the heading's last word with
    a space alone (its tab stop took the dates, not the place). The longest known town is
    taken ("Google New York, NY" is Google's, in New York); a comma before the town ("Google,
    Miami, FL") is another shape, read elsewhere, and a town after a word in lower case or
    after initials ends a name ("University of Stuttgart, Germany", "ETH Zurich, Switzerland")."""
    before, comma, region = text.strip().rpartition(",")
    words = before.split()
    if not comma or "," in before or not is_region(region.strip()) or len(words) < 2:
        return None
    for count in range(min(_MOST_TOWN_WORDS, len(words) - 1), 0, -1):
        town = " ".join(words[-count:])
        before = words[-count - 1]
        if before[:1].islower() or (before.isupper() and len(before) > 1):
            continue  # "University of Stuttgart, Germany", "ETH Zurich, Switzerland": a name's
        if is_city(town) or town.casefold() in REGIONS:
            return " ".join(words[:-count]), f"{town}, {region.strip()}"
    return None


def _reattach(lines: list[Line]) -> list[Line]:
    """Dates beside a bullet or a description line belong to the entry heading above it, and
    so do dates beside a row of skill chips under it (techcv: "Python  Airflow  2021 – 2024"),
    a row that is then left out."""
    out = [_role_line(_marked_head(line, lines[i + 1 : i + 2])) for i, line in enumerate(lines)]
    for index, line in enumerate(out):
        above_line = out[index - 1] if index else None
        chips = bool(line.dates) and _chips(line, above_line)
        if not line.dates or not (chips or _body(line, above_line)):
            continue
        for back in range(index - 1, max(index - 4, -1), -1):
            above = out[back]
            if above.dates or find_date(above.text) or section_of(above.text) is not None:
                break  # a section name set in the margin beside the first bullet heads no entry
            if not is_bullet(above.text) and len(above.text.split()) <= 14:
                place = above.place or ("" if chips else line.place)
                out[back] = replace(above, dates=line.dates, place=place)
                out[index] = replace(line, text="" if chips else line.text, dates="", place="")
                break
    return [line for line in out if line.text or line.dates]


def _role_line(line: Line) -> Line:
    """ "■ Co-Founder and CTO      Aug 2024 – Present" under its company (simple-resume-cv):
    a short job title marked like a bullet, with its own dates, is the entry's title line."""
    if not line.dates or not is_bullet(line.text):
        return line
    text = BULLET.sub("", line.text).strip()
    if len(text.split()) > 8 or text.endswith((".", "!", "?", ";")) or role_score(text) <= 0:
        return line
    return replace(line, text=text)


def _marked_head(line: Line, below: list[Line]) -> Line:
    """ "●Suzhou Suxiang Robot Corporation" in bold over "Location: Suzhou, China  Jun 2023 -
    Aug 2023": a bold line marked like a bullet, over a line of dates alone, heads an entry."""
    if not below or line.dates or not line.bold or not is_bullet(line.text):
        return line
    dated = below[0].dates and not below[0].text.strip()
    if not (dated or (is_date_text(below[0].text) and find_date(below[0].text))):
        return line
    text = BULLET.sub("", line.text).strip()
    return (
        line
        if len(text.split()) > 10 or text.endswith((".", "!", "?", ";"))
        else replace(line, text=text)
    )


def _chips(line: Line, above: Line | None) -> bool:
    """A row of short skill names beside the dates, under a heading that names a job."""
    if above is None or above.dates or is_bullet(above.text) or is_bullet(line.text):
        return False
    parts = [p for p in _WIDE_GAP.split(line.text) + [line.place] if p.strip()]
    heading = [p for p in _WIDE_GAP.split(above.text) + [above.place] if p.strip()]
    if len(parts) < 2 or len(heading) < 2 or not any(role_score(p) > 0 for p in heading):
        return False
    return all(
        len(p.split()) <= 2 and role_score(p) == 0 and not is_location(p) and not _digits(p)
        for p in parts
    )


def _digits(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _body(line: Line, above: Line | None) -> bool:
    """A bullet, or a line that carries on the one above it."""
    if is_bullet(line.text):
        return True
    if above is not None and _description_under(line, above):
        return True
    return above is not None and is_bullet(above.text) and line.text[:1].islower()


def _description_under(line: Line, above: Line) -> bool:
    """ "Lead Software Engineer - ACS" over "Performed system-wide data updates   March 2022 -
    present": the first line of a description, in a smaller size, under a job heading."""
    smaller = above.size > 0 and line.size > 0 and above.size - line.size >= 1.0
    heading = not above.dates and role_score(above.text) > 0 and len(above.text.split()) <= 10
    words = line.text.split()
    prose = len(words) >= 5 and sum(w[:1].islower() for w in words) * 2 > len(words)
    return smaller and heading and prose


def titled_initials(text: str) -> bool:
    """ "Graduate Student Instructor, UCB": a title and its school's initials, not a place."""
    return initials_after(text) and role_score(text.split(",")[0]) > 0
