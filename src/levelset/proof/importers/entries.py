"""Entries of a résumé's experience section, read line by line into positions.

An entry is a heading (a title and a company, in one line or two, in either order, perhaps
with a place) with its dates on the heading line, beside it or on the line below, then bullets
or short paragraphs. The reader keeps the heading lines seen before the dates (`pending`),
opens a position at the dates, and closes it at the next heading or section.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from levelset.patterns import compiled
from levelset.proof.dates import (
    LENGTH_START,
    Span,
    is_date_text,
    is_location,
    strip_durations,
)
from levelset.proof.glyphs import join_hyphenated
from levelset.proof.habit import INHERITED
from levelset.proof.headers import (
    address_place,
    company_place,
    dashed_place,
    looks_like_place,
    names_role,
    order,
    parts_of,
    place_part,
    role_score,
    split_title_company,
    tidy,
    without_place,
)
from levelset.proof.importers.entry_heads import (
    company_follows,
    guesses,
    named,
    named_below,
    titled_by,
    with_names,
)
from levelset.proof.importers.entry_lines import (
    AT_FORM,
    CONTACT,
    bare_dates,
    bracketed,
    dated_prose,
    heads_entry,
    leads_prose,
    name_line,
    span_of,
)
from levelset.proof.line_kinds import AREA as _AREA
from levelset.proof.line_kinds import continues as _continues
from levelset.proof.line_kinds import sentence as _sentence
from levelset.proof.line_kinds import short_label as _short_label
from levelset.proof.lines import BULLET, Line, is_bullet
from levelset.proof.model import Bullet, Channel, Origin, Position
from levelset.proof.places import is_region

_FULL_STOP = compiled(r"(?<=[^\W\d_]{3})\.$")  # not "D.C."
_YEARS_IN_BRACKETS = compiled(r"\s*\((?:[^()]*\s)?(?:19|20)\d\d\b[^()]*\)\s*$")
_SEPARATED = compiled(r"\s*[|•·—–]\s*|\s{2,}")
# "M.F.A. in Design", "B.S. Mechanical Engineering", "Master of Science": a degree, not a job
_DEGREE = compiled(
    r"(?:[BM]\.\s?(?:S|A|Sc|Eng|E|F\.\s?A|Tech)\.?|Ph\.\s?D\.?|PhD|MBA|M\.B\.A\.|BSc|MSc|MFA|BFA|"
    r"BEng|MEng|B\.?Tech|M\.?Tech|(?:Bachelor|Master)(?:'s|’s|s)?\s+(?:of|in|degree)|Doctor\s+of)"
    r"(?![\w.])"
)
_SUFFIX = compiled(r"(?:Limited|Ltd\.?|Inc\.?|LLC|GmbH|Corporation|Corp\.?|PLC|plc|AG|S\.A\.)")
_UNDATED_SEP = compiled(r"\s[—–|]\s|\s+at\s+[A-Z]")  # "Company — Title", "Title at Company"
_TAGS = compiled(r"[A-Z0-9+#.]+(?: [A-Z0-9+#.]+)*(?:[|·][A-Z0-9+#.]+(?: [A-Z0-9+#.]+)*)+")
_LENGTH = compiled(rf"\(\s*(?:{LENGTH_START})[^)]*\)", re.I)  # "(1 year 5 months)", "(1 an)"


@dataclass
class EntryReader:
    """The experience section's state: the open position, its heading lines and bullets."""

    source: str
    channel: Channel
    positions: list[Position] = field(default_factory=list)
    extra: list[Bullet] = field(default_factory=list)
    pending: list[Line] = field(default_factory=list)
    bullets: list[Bullet] = field(default_factory=list)
    header: Position | None = None
    header_text: str = ""
    open_bullet: bool = False
    after: Line | None = None  # the line after the next one
    swallowed: int | None = None  # a line already read as part of the heading above it
    after_dates: bool = False  # the line just read was a position's date line
    inherited: bool = False  # the open position's company is the one of the position above
    following: Line | None = None  # the line after the one being read
    pending_used: bool = False
    details: int = 0  # short lines under the heading taken as its title or company
    lead: bool | None = None  # the first entry opened with its dates: every entry does
    fed: int = 0  # lines read since the section heading
    at_form: bool = False  # headings read "Title at Company": one without " at " has no company
    stacked: bool = False  # ... each on its own line over a line of dates alone (LinkedIn's older)

    def origin(self, line: Line) -> Origin:
        return Origin(self.source, line.number, line.where)

    def _in_experience(self, line: Line, following: Line | None) -> None:
        self.following = following
        self.fed += 1
        if line.number is not None and line.number == self.swallowed:
            return  # the second half of a wrapped heading, already joined to the first
        self.after_dates, after_dates = False, self.after_dates
        text = line.text.lstrip("#").strip()
        dated = span_of(line)
        if self.bullets and self.open_bullet and text[:1].islower() and dated is None:
            if self._titles_employer_below(text, following):
                self._close_position()  # "supply line manager" over "Ericsson AB / 2008 - 2010"
                self.pending.append(Line(line.number, text, line.where, "", line.place))
            else:
                self._continue_bullet(text)
        elif dated is not None and self._role_within(text, dated[0]):
            if self.header is not None and not self.header.title:  # the first role names it
                self._header_detail(_YEARS_IN_BRACKETS.sub("", text).strip(), "", line)
        elif dated is not None and self.header is not None and dated_prose(line):
            self._add_bullet(BULLET.sub("", text), line)  # "From 2018 to 2019 ran the guild."
        elif dated is not None and self._dated_description(dated[1]):
            self._add_bullet(BULLET.sub("", text), line)  # "Led the team from 2014 to 2015."
        elif dated is not None and not (is_bullet(text) and not line.place and self.header):
            if is_bullet(text) and not self.pending and _sentence(text):
                self._add_bullet(BULLET.sub("", text), line)  # "• Winner, Hack Week, 2019: ..."
            else:
                self._start_position(dated, line)
        elif self._place_line(text, after_dates):
            assert self.header is not None
            self.header = dataclasses.replace(self.header, location=text)
        elif self.lead and self.header is not None and not _placed_heading(line, following):
            self._under_heading(text, line)  # dates open every entry here: no heading above
        elif following is not None and self._heads_wrapped(line, following):
            self._close_position()
            joined = f"{text} {following.text.strip()}"
            self.pending.append(Line(line.number, joined, line.where, "", line.place))
            self.swallowed = following.number
        elif self._stacked_head(line, following) and (
            heads_entry(line, following) or self._heads_two_line_entry(line, following)
        ):
            self._close_position()
            self.pending.append(Line(line.number, BULLET.sub("", text), line.where, "", line.place))
        elif self._heads_undated(text, following):
            self._close_position()
            title, company = split_title_company(text)
            self.header = Position(title, company, self.origin(line))
        elif is_bullet(text):
            self._add_bullet(BULLET.sub("", text), line)
        elif self.bullets and self.open_bullet:
            self._continue_bullet(text)
        elif self.header is not None and not self.bullets and _short_label(text):
            self._header_detail(text, line.place, line)
        elif self.header is not None:
            self._add_bullet(text, line)  # a description paragraph without a bullet sign

    def _titles_employer_below(self, text: str, following: Line | None) -> bool:
        """A short line in lower case that names a role, over a dated line that names no role
        ("Employer, City / July 2008 - September 2010"): a title, not a bullet's last words."""
        dated = span_of(following) if following is not None else None
        words = len(text.split())
        if dated is None or not 2 <= words <= 8 or text.rstrip().endswith((".", ",", ";", "]")):
            return False
        return names_role(text) and bool(dated[1].strip()) and role_score(dated[1]) <= 0

    def _heads_undated(self, text: str, following: Line | None) -> bool:
        """ "Northstar Software — Frontend Engineer" over bullets, in an experience section whose
        entries carry no dates at all (so far): a job all the same, its dates unknown."""
        if following is None or not is_bullet(following.text) or is_bullet(text):
            return False
        if any(p.start for p in self.positions) or (self.header and self.header.start):
            return False
        if len(text.split()) > 10 or text.endswith(":") or not _UNDATED_SEP.search(text):
            return False
        title, company = split_title_company(text)
        return bool(title and company) and role_score(title) > max(0, role_score(company))

    def _role_within(self, text: str, span: Span) -> bool:
        """ "Software Architect (2010 – 2014)" under "SEACHANGE INTERNATIONAL  07/2008 to
        01/2014": a role held within the employer's dates, before any bullet; a title of that
        position, not a position of its own."""
        header = self.header
        if header is None or not header.company or self.bullets or header.start is None:
            return False
        found = _YEARS_IN_BRACKETS.search(text)
        if not found or not names_role(text[: found.start()]) or span.start is None:
            return False
        ends = header.end or dt.date.max
        return header.start.year <= span.start.year and (span.end or ends).year <= ends.year

    def _dated_description(self, rest: str) -> bool:
        """Where every heading stood on its own line over its dates, a line with words beside
        its dates is a line of the description above, not another position."""
        return self.stacked and _worded(rest) and not AT_FORM.search(rest)  # not "X at Y, 2014"

    def _stacked_head(self, line: Line, following: Line | None) -> bool:
        """There, a heading stands over a line of dates alone ("Projects:" over "Billing
        rewrite (2016 - 2017)" is a line of the description)."""
        if not self.stacked or following is None:
            return True
        dated = span_of(following)
        return dated is None or not _worded(dated[1])

    def _place_line(self, text: str, after_dates: bool = False) -> bool:
        """The city under a stacked heading: "2018–2024 Siemens" / "Data Scientist" / "Erlangen"."""
        header = self.header
        if header is None or self.bullets or header.location:
            return False
        if not self.details:  # "Jan 2020 - Present (5 years)" over "San Francisco, California"
            return after_dates and (is_location(text) or bool(_AREA.fullmatch(text)))
        # a capitalised word under a title still without its company names the company
        # ("2015- 2024" / "Content Reviewer" / "Appen"), unless it is a known place
        return is_location(text) or (looks_like_place(text) and bool(header.company))

    def _heads_two_line_entry(self, line: Line, following: Line | None) -> bool:
        """ "Company • City" over "Title" over the dates: the first of two heading lines."""
        if following is None or self.after is None or span_of(following) is not None:
            return False
        if self.at_form:
            return False  # "Title at Company" headings take one line each
        if self.header is not None and not self.bullets and not self.header.company:
            return False  # the heading above still wants its title or company: this line
        label = not is_bullet(following.text) and _short_label(following.text)
        placed = bool(line.place) or len(parts_of(line.text)) < len(_SEPARATED.split(line.text))
        alone = all(split_title_company(following.text))  # "Title at Company" needs no line above
        ended = bool(self.bullets) and not self.open_bullet and not CONTACT.search(line.text)
        closed = not alone or ended  # the paragraph above ended: this line is a company
        placed = placed or (_short_label(line.text) and bare_dates(self.after) and closed)
        return label and placed and not is_bullet(line.text) and heads_entry(following, self.after)

    def _heads_wrapped(self, line: Line, following: Line | None) -> bool:
        """ "Engineer at The Aerospace" / "Corporation" / the dates: one heading in two lines."""
        after = self.after
        if following is None or after is None or span_of(following) or not span_of(after):
            return False
        if is_bullet(following.text) or len(following.text.split()) > 4:
            return False
        text = line.text
        wrapped = bool(AT_FORM.search(text)) or bracketed(following.text)  # "(Consultant)"
        return wrapped and not is_bullet(text) and not _sentence(text)

    def _under_heading(self, text: str, line: Line) -> None:
        """A line of an entry whose dates opened it: a bullet, a wrapped one, or a detail."""
        if is_bullet(text):
            self._add_bullet(BULLET.sub("", text), line)
        elif self.bullets and self.open_bullet:
            self._continue_bullet(text)
        elif not self.bullets and (_short_label(text) or self._untitled(text)):
            self._header_detail(text, line.place, line)
        else:
            self._add_bullet(text, line)

    def _untitled(self, text: str) -> bool:
        """The entry still wants its title, and this line is a name, not a sentence."""
        header = self.header
        return (
            header is not None
            and not header.title
            and len(text.split()) <= 12
            and (not text.rstrip().endswith("."))
        )

    def _continue_bullet(self, text: str) -> None:
        last = self.bullets[-1]
        joined = join_hyphenated(last.text, text)
        self.bullets[-1] = Bullet(joined, last.origin, self.channel, last.position)
        self.open_bullet = _continues(joined)

    def _header_detail(self, text: str, beside: str, line: Line) -> None:
        """A short line under a position heading: its title, its company, or its place."""
        assert self.header is not None
        if self.header.company and _SUFFIX.fullmatch(text) and not self.details:
            company = f"{self.header.company} {text}"  # "Actuarial Services (East Africa)" /
            self.header = dataclasses.replace(self.header, company=company)  # "Limited"
            self.details += 1
            return
        noted = text.startswith("[") and text.endswith("]")  # "[A note on the entry above]"
        noted = noted or bool(_TAGS.fullmatch(text))  # "MACHINE LEARNING|PYTHON": its tools
        if self.at_form or noted:  # the heading line said all: what follows the dates describes
            self._add_bullet(text, line)
            return
        address = address_place(text) if self.header.company else ""
        if address:  # "Akersveien 26, 0177 Oslo (Norway)" under the employer
            if not self.header.location:
                self.header = dataclasses.replace(self.header, location=address)
            return
        label, tail = without_place(text)
        if not tail:
            label, tail = dashed_place(text)  # "Wipro Limited - Pune, MH" under its title
        if not tail and self.header.title and not self.header.company:
            label, tail = company_place(label)  # "Flipkart, Bengaluru" under its title
        if not label or is_date_text(label):
            return
        if not self.header.location and (beside or tail):  # "Klarna      Stockholm, Sweden"
            self.header = dataclasses.replace(self.header, location=beside or tail)
        header = self.header
        if not header.title and header.company and titled_by(label, first=not self.details):
            self.header = with_names(header, label, header.company)  # "Law Clerk" under its court
        elif not header.company:
            title, company = order(header.title, label)
            self.header = with_names(header, title, company)
        elif not self.pending_used and role_score(label) > role_score(header.title):
            self.header = with_names(header, label, without_place(self.header_text)[0])
        elif not self.pending_used and not self.details and named_below(header, label, beside):
            self.header = with_names(header, without_place(self.header_text)[0], label)
        self.pending_used = True
        self.details += 1

    def _add_bullet(self, text: str, line: Line) -> None:
        if not text:
            return  # a lone mark ("#", "-") says nothing
        label = self.header.label if self.header else None
        self.bullets.append(Bullet(text, self.origin(line), self.channel, label))
        self.open_bullet = _continues(text)

    def _start_position(self, dated: tuple[Span, str], line: Line) -> None:
        self._close_position()
        span, rest = dated
        rest = tidy(re.sub(r"\(\s*\)", "", BULLET.sub("", strip_durations(rest))))
        prose, rest = (rest, "") if self.pending and leads_prose(line, rest) else ("", rest)
        prose = prose.lstrip(" .,;:|–—-")  # "Sep 2020 – Present. Owns ...": the sentence alone
        name, tail = without_place(rest)
        place, rest = (tail, name) if tail and name else (line.place, rest)
        if self._employer_with_place(rest):  # "Flexera, Stockholm / April 2025 - Current"
            rest, place = rest.split(",", 1)[0].strip(), rest.split(",", 1)[1].strip()
        elif is_location(rest) or (len(self.pending) > 1 and looks_like_place(rest)):
            place, rest = rest, ""  # "Jan 2021 – Present | Berlin": the date line's place
        place = place or next((p.place for p in self.pending if p.place), "")
        place = place or next(filter(None, (place_part(p.text) for p in self.pending)), "")
        place = place or self._pending_place(rest)
        if self.lead is None:  # decided by the first entry: dates and a name under the heading
            opens = not self.pending and self.fed == 1 and bool(rest)
            titled = names_role(rest) and not split_title_company(rest)[1]
            self.lead = opens and (not names_role(rest) or (titled and name_line(self.following)))
        if self.pending:
            title, company = self._pending_header(rest)
            origin = self.origin(self.pending[0])
            if not place and not rest and title and company.count(",") > 1:
                company, place = _company_city(company)  # "Title   Acme, Toronto, ON"
            if title and not company:  # "Intern" beside "Acme, Waterloo, ON" taken as a place
                company, place = named_place(place)
        elif self.lead and rest and not names_role(rest):
            title, company = "", parts_of(rest)[0]  # "2022–23  Villanova University": title below
            origin = self.origin(line)
            place = place or without_place(rest)[1] or place_part(rest)
        else:
            title, company = split_title_company(rest)
            origin = self.origin(line)
            place = place or without_place(rest)[1] or place_part(rest)
            if not place and title and company:  # "Data Scientist  XING (New Work SE), Hamburg"
                company, place = company_place(company)
        self.after_dates = bool(_LENGTH.search(f"{line.text} {line.dates}"))  # LinkedIn's form
        heading = self.pending[-1].text if self.pending else rest
        self.at_form = self.at_form or bool(company and AT_FORM.search(heading))
        alone = bool(self.pending) and not _worded(rest) and bool(AT_FORM.search(heading))
        self.stacked = self.stacked or (alone and bool(company))
        if (
            self.after_dates
            and not self.at_form
            and not company
            and self.positions
            and role_score(title) > 0
            and len(self.pending) < 2
            and not company_follows(self.following, self.after)
        ):
            company, self.inherited = self.positions[-1].company, True  # a role in a group
        self.pending_used = bool(self.pending)
        self.pending = []
        self.details = 0
        self.header_text = rest
        place = _FULL_STOP.sub("", place)  # moderncv ends "Title, Company, Berlin." with a stop
        self.header = Position(
            title, company, origin, span.start, span.end, span.current, (), place, span.precision
        )
        if prose:
            self._add_bullet(prose, line)

    def _employer_with_place(self, rest: str) -> bool:
        """ "Senior Engineering Manager" over "Flexera, Stockholm / April 2025 - Current": under
        a title alone, the date line's "Name, City" is the employer and its place."""
        if len(self.pending) != 1 or "," not in rest or not is_location(rest):
            return False
        above = self.pending[0].text
        return (
            names_role(above)
            and not any(split_title_company(above)[1:])
            and not (self.pending[0].place)
        )

    def _pending_place(self, rest: str) -> str:
        """The city after the company on the line above the title ("BEAT, Athens")."""
        if not self.pending or role_score(rest or self.pending[-1].text) <= 0:
            return ""
        first = self.pending[-2] if len(self.pending) > 1 and not rest else self.pending[-1]
        return company_place(first.text)[1] if role_score(first.text) <= 0 else ""

    def _pending_header(self, rest: str) -> tuple[str, str]:
        """Title and company from the lines above a date line, and the date line's own text."""
        first = self.pending[-2] if len(self.pending) > 1 and not rest else self.pending[-1]
        second = self.pending[-1].text if first is not self.pending[-1] else rest
        if bracketed(second) and first is not self.pending[-1]:
            first, second = dataclasses.replace(first, text=f"{first.text} {second}"), ""
        if not second:
            return split_title_company(first.text)
        name = without_place((parts_of(first.text) or [first.text])[0])[0]
        other, _ = without_place(second)
        if role_score(other) > 0 >= role_score(name) and not first.place:
            name = company_place(name)[0]  # "BEAT, Athens" over its title
        return order(name, other, first_is_title=not first.place)

    def _employer_above(self, header: Position) -> Position:
        """ "■ Senior Engineer  2020 – 2022" under the role above it, with no employer line of
        its own: another role at the employer above (simple-resume-cv lists roles as bullets
        under the employer's name)."""
        if header.company or self.at_form or not self.positions or role_score(header.title) <= 0:
            return header
        above = self.positions[-1]
        if not above.company or self.lead:
            return header
        self.inherited = True
        return dataclasses.replace(header, company=above.company)

    def _close_position(self) -> None:
        if self.header is not None and (
            not named(self.header) or _DEGREE.match(self.header.title)
        ):  # dates alone, or a degree set out like a job, are no position: its lines stay text
            self.header = None  # (its bullets go to the extra lines below)
        if self.header is not None:
            label = self.header.label
            bullets = tuple(Bullet(b.text, b.origin, b.channel, label) for b in self.bullets)
            header = self._employer_above(self.header)
            found = guesses(header) + (INHERITED,) * self.inherited
            self.inherited = False
            self.positions.append(dataclasses.replace(header, bullets=bullets, guesses=found))
        elif self.bullets:
            self.extra.extend(self.bullets)
        self.header, self.bullets, self.open_bullet = None, [], False


def _company_city(company: str) -> tuple[str, str]:
    """ "Maple Ledger Inc., Toronto, ON": the city and its region after the company's name
    (one part alone is not cut off: "University of California, San Francisco" is a name)."""
    name, place = without_place(company)
    return (name, place) if name and "," in place else (company, "")


def named_place(place: str) -> tuple[str, str]:
    """ "Lakeshore Analytics, Waterloo, ON": a name before a city and its state or province
    (not "New York, NY, USA", whose second part is the region) is the employer, and the rest
    its place; any other place stays whole, with no employer."""
    pieces = [p.strip() for p in place.split(",")]
    if len(pieces) != 3 or not is_region(pieces[2]) or is_region(pieces[1]):
        return "", place
    if is_location(pieces[0]):
        return "", place
    return pieces[0], f"{pieces[1]}, {pieces[2]}"


def _worded(rest: str) -> bool:
    """Words left beside a line's dates once LinkedIn's "(1 year 2 months)" is taken off."""
    return any(ch.isalpha() for ch in strip_durations(_LENGTH.sub("", rest)))


def _placed_heading(line: Line, following: Line | None) -> bool:
    """ "Acme Analytics      Boston, MA" over "Data Scientist  2018 – 2020": a name with its
    place beside it over a dated title heads the next entry, whatever the first one did."""
    return bool(line.place) and not is_bullet(line.text) and heads_entry(line, following)
