"""Opening a position at its dates: its title, company and place taken from the heading lines
above the dates and from the date line's own words."""

from __future__ import annotations

import dataclasses

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.company_places import company_place
from levelset.proof.dates import Span, strip_durations
from levelset.proof.headers import (
    firm_named,
    looks_like_place,
    names_role,
    parts_of,
    place_part,
    role_score,
    tidy,
    without_place,
)
from levelset.proof.importers.entry_beside import BAR, KIND, listed, without_kind, without_tools
from levelset.proof.importers.entry_glued import role_after_dash, title_then_employer
from levelset.proof.importers.entry_groups import heads_a_group
from levelset.proof.importers.entry_heads import (
    barred_city,
    before_dashed_place,
    company_follows,
    division_like,
    employer_city,
    street_cut,
    team_named,
)
from levelset.proof.importers.entry_lines import (
    AT_FORM,
    LENGTH,
    bracketed,
    cited,
    leads_prose,
    name_line,
    span_of,
    worded,
)
from levelset.proof.importers.entry_places import (
    city_before_dates,
    city_part,
    company_city,
    employer_in_place,
    known_place,
    named_place,
    place_after_bar,
    place_alone,
    placed_name,
    region_after_dash,
)
from levelset.proof.importers.entry_state import EntryState
from levelset.proof.importers.entry_stints import stints
from levelset.proof.line_kinds import short_label, tool_list
from levelset.proof.lines import BULLET, Line, is_bullet, titled_initials
from levelset.proof.locations import is_location
from levelset.proof.model import Position
from levelset.proof.places import is_region
from levelset.proof.title_company import order, placed_employer, split_title_company

_DASH = compiled(r"\s[—–]\s")  # "Kuda, Lagos — Backend Engineer": the title after a dash
_FULL_STOP = compiled(r"(?<=[^\W\d_]{3})\.$")  # not "D.C."


_EMPTY_BRACKETS = compiled(r"\(\s*\)|\[\s*\]")


class EntryOpening(EntryState):
    """How the entry reader opens a position at a date line."""

    def _start_position(self, dated: tuple[Span, str], line: Line) -> None:
        employer = self._employer_over(dated[0])
        if employer:
            self.header = None  # "Udemy, San Francisco  2016 – 2024" over its first role's dates
        self._close_position()
        self.group = None  # a new employer's line: the labelled titles above were another's
        # "Tech stack: React, Jest, Prisma" between the employer and the dates names neither
        self.pending = [p for p in self.pending if not listed(p.text.strip())]
        span, rest = dated
        rest, dated_place = city_before_dates(rest)  # "Academia Sinica Taipei, 06/2020-"
        rest = tidy(_EMPTY_BRACKETS.sub("", BULLET.sub("", strip_durations(rest))))
        prose, rest = (rest, "") if self.pending and leads_prose(line, rest) else ("", rest)
        prose = prose.lstrip(" .,;:|–—-")  # "Sep 2020 – Present. Owns ...": the sentence alone
        kind_said = rest != without_kind(rest)  # "| Full-time |": words beside the dates
        rest = without_tools(without_kind(rest))  # "Data Architect | .NET, Blazor, TOGAF"
        stacked_place = self._stacked_place(rest)
        barred_place = ""
        if self.pending:  # "Apple" over "Technical Recruiter | London, UK   dates"
            rest, barred_place = place_after_bar(rest)
        name, tail = without_place(rest)
        at_placed = bool(AT_FORM.search(tail))  # "Title, Team at Citi, Singapore": the
        if at_placed:  # employer and its place, not a place
            name, tail = rest, ""
        place, rest = (tail, name) if tail and name else (line.place, rest)
        if self._employer_with_place(rest):  # "Flexera, Stockholm / April 2025 - Current"
            rest, place = rest.split(",", 1)[0].strip(), rest.split(",", 1)[1].strip()
        elif not self.pending and self._titled_below() and employer_city(rest)[1]:
            rest, place = employer_city(rest)  # "Twiga Foods, Nairobi  2016 – 2018" / "Analyst"
        elif (is_location(rest) and not titled_initials(rest)) or (
            len(self.pending) > 1 and looks_like_place(rest)
        ):  # "Jan 2021 – Present | Berlin": the date line's place (not "Instructor, UCB")
            place, rest = rest, ""
        elif self.pending and region_after_dash(rest):
            place, rest = rest, ""  # "June 2014 – June 2018, Mysore - India"
        elif self._named_above(rest):
            place, rest = rest, ""  # "Title — Spotify" over "Stockholm · Mar 2021 – present"
        place = place or dated_place or stacked_place or barred_place
        place = place or next((p.place for p in self.pending if p.place), "")
        place = place or next(filter(None, (place_part(p.text) for p in self.pending)), "")
        place = place or self._pending_place(rest)
        if heads_a_group(self.pending, rest):
            self.pending = []  # "Financial Services" over "Title, Team, Employer  dates"
        if self.lead is None:  # decided by the first entry: dates and a name under the heading
            opens = not self.pending and self.fed == 1 and bool(rest)
            titled = names_role(rest) and not split_title_company(rest)[1]
            self.lead = opens and (not names_role(rest) or (titled and name_line(self.following)))
            self.lead = self.lead or self._dates_alone_first(rest)
        if self.pending:
            title, company, town = self._pending_header(rest)
            place = place or town
            origin = self.origin(self.pending[0])
            if not place and not rest and title and company.count(",") > 1:
                company, place = company_city(company)  # "Title   Acme, Toronto, ON"
            if not place and not rest and title and "," in company:
                titled = len(self.pending) == 1 and bool(_DASH.search(self.pending[0].text))
                company, place = employer_city(company, titled)  # "Kuda, Lagos — Engineer"
            if not place and title and " | " in company:
                company, place = barred_city(company)  # "Shopify | Toronto" under its title
            if not place and not rest and title and company:
                place = self._placed_employer_city(company)  # "Indeed, Austin, TX — Title"
            if title and not company:  # "Intern" beside "Acme, Waterloo, ON" taken as a place
                company, place = named_place(place)
            if title and "|" in company:
                company, place = street_cut(company, place)  # "IFS R&D |1, Orion Towers, ..."
        elif self.lead and rest and not names_role(rest):
            title, company = "", (parts_of(rest) or [""])[0]  # "2022–23  Villanova University"
            origin = self.origin(line)
            place = place or without_place(rest)[1] or place_part(rest) or city_part(rest)
        else:
            title, company = split_title_company(rest)
            origin = self.origin(line)
            place = place or without_place(rest)[1] or place_part(rest)
            if at_placed and "," in company:
                company, place = company_place(company)
            if title and not company and place and firm_named(title):
                title, company = "", title  # "SILVER INVESTMENT PARTNERS, Konigstein, Germany"
            if title and not company and "," in place:
                company, place = employer_in_place(place)  # "Title – CBTW APAC, Ho Chi Minh
                if not company:  # "Software Engineer   Amazon, Los Angeles, CA   dates"
                    company, place = named_place(place)
            if title and company and (employer or self._in_group()) and team_named(company):
                title, company = rest, employer or self.positions[-1].company  # "VP, Cloud &
                self.inherited = True  # Integration Architecture (dates)": another role there
            if not place and title and company:  # "Data Scientist  XING (New Work SE), Hamburg"
                company, place = company_place(company)
        if not self.pending:
            title, company = cited(line, title, company)
        if len(self.pending) <= 1 and not (self.pending and rest):  # one heading line
            title, company = self._unglued(
                self.pending[0].text if self.pending else rest, title, company
            )
        self.after_dates = bool(LENGTH.search(f"{line.text} {line.dates}"))  # LinkedIn's form
        heading = self.pending[-1].text if self.pending else rest
        if self.at_form and not company and place and not AT_FORM.search(heading):
            title, company = placed_name(title)  # "Taco Bell – Somerset, KY  6/2007 – 7/2008"
        self.at_form = self.at_form or bool(company and AT_FORM.search(heading))
        alone = bool(self.pending) and not worded(rest) and bool(AT_FORM.search(heading))
        alone = alone and not kind_said
        self.stacked = self.stacked or (alone and bool(company))
        if (
            self.after_dates
            and not self.at_form
            and not company
            and self.inheritable()
            and role_score(title) > 0
            and len(self.pending) < 2
            and not company_follows(self.following, self.after)
        ):
            company, self.inherited = self.positions[-1].company, True  # a role in a group
        if employer and not company:
            company, self.inherited = employer, True
        if self._another_role_there(title, company):
            company, self.inherited = self.positions[-1].company, True  # "Co-op Developer  dates"
        if self._team_titled_there(rest, line):
            title, company, self.inherited = rest, self.positions[-1].company, True
        self.pending_used = bool(self.pending)
        self.single = span.single
        self.pending = []
        self.details = 0
        self.header_text, self.opener = rest, line
        self.stints = stints(line)  # "Dec 2019 – Mar 2020 & Jun 2020 – Aug 2020": held twice
        place = _FULL_STOP.sub("", place).lstrip("–—- ")  # "Berlin." (moderncv), "– Corbin, KY"
        self.header = Position(
            title, company, origin, span.start, span.end, span.current, (), place, span.precision
        )
        if prose:
            self._add_bullet(prose, line)

    def _dates_alone_first(self, rest: str) -> bool:
        """ "(2025 - Present)" alone at the top of the section over "FOUNDER & TECHNICAL LEAD"
        over the organisation: the dates open every entry, and the lines between an entry's
        last name line and the next dates are its description, not the next heading."""
        below = self.following
        if self.pending or self.fed != 1 or rest or below is None or is_bullet(below.text):
            return False
        named = without_place(below.text)[0]  # the name without its town ("..., Greensboro, NC")
        return span_of(below) is None and short_label(named) and not tool_list(below.text)

    def _employer_over(self, span: Span) -> str:
        """The open entry names an employer with its own span and no title, and no line under
        it yet: these dates, within that span, open its first role (the employer's span is no
        position of its own)."""
        header = self.header
        if header is None or header.title or not header.company or self.bullets or self.pending:
            return ""
        if header.start is None or span.start is None or span.start < header.start:
            return ""
        ends = header.end or span.end
        within = header.current or (span.end is not None and ends is not None and span.end <= ends)
        return header.company if within else ""

    def _another_role_there(self, title: str, company: str) -> bool:
        """A role with its dates and no employer, under a role whose employer headed it over a
        sentence on what it does (`described`): another role at that employer, unless the
        line below names one."""
        if not self.described or company or self.pending or not self.inheritable():
            return False
        return names_role(title) and not company_follows(self.following, self.after)

    def _team_titled_there(self, rest: str, line: Line) -> bool:
        """ "Blue Origin" alone over "Avionics Engineer, Lunar Avionics  Sept 2022-Present"
        (read whole as the title), then "Avionics Systems Engineer, Space Avionics  Jul 2022 -
        Dec 2022" set the same way with no employer line of its own: another role and its
        team at the employer above, read as the one above was."""
        above, opener = (self.positions[-1] if self.positions else None), self.opener
        if self.pending or above is None or opener is None or not self.pending_used:
            return False
        if not above.company or above.title != self.header_text.strip() or ", " not in above.title:
            return False  # the line above was not read whole as a title under its employer
        if line.bold != opener.bold or abs(line.x0 - opener.x0) > 1.0 or not self.inheritable():
            return False  # set otherwise than the title line above
        role, _, team = rest.partition(", ")
        if not team or "," in team or role_score(team) < 0 or AT_FORM.search(rest):
            return False  # "Teaching Assistant, Simon Fraser University": another employer
        return names_role(role)

    def _in_group(self) -> bool:
        """A position above names an employer, and no heading line stands over these dates:
        another role there."""
        return not self.pending and self.inheritable() and bool(self.positions[-1].company)

    def _unglued(self, text: str, title: str, company: str) -> tuple[str, str]:
        """ "Developer Grupo Norte - Motos de México": a title read with the first half of its
        employer glued on, the second half after a dash taken for the whole employer. (A title
        left with no employer at all is read apart when its entry closes.)"""
        if not title or not company or role_score(company) > 0:
            return title, company
        if dashed := role_after_dash(text, title, company):
            return dashed  # "Engineer - Developer Ross Business Consulting"
        alone, employer = title_then_employer(title)
        whole = title_then_employer(tidy(BAR.split(text)[0]))
        if not employer or not whole[1] or whole[0] != alone:
            return title, company
        if not _DASHED.search(whole[1]):
            return title, company  # "Engineer Google  Mountain View": set apart, not glued
        self.glued = True
        return whole

    def _stacked_place(self, rest: str) -> str:
        """ "LifeMD" over "Huntington Beach, California" over "Engineer   Feb 2021 - May 2023":
        the employer and its place stacked over the title's date line. The place line is taken
        out of the heading lines, so the employer above it names the company."""
        if not rest or len(self.pending) < 2 or self.pending[-1].place:
            return ""
        last = self.pending[-1].text.strip()
        if "," not in last or not is_location(last) or role_score(last) > 0:
            return ""
        if not is_region(last.rsplit(",", 1)[1]):
            return ""
        self.pending = self.pending[:-1]
        return last

    def _placed_employer_city(self, company: str) -> str:
        """The place between the employer and the title of the one heading line above the
        dates ("Indeed, Austin, TX — Senior Engineer"), which the split left out."""
        if len(self.pending) != 1:
            return ""
        parts = parts_of(self.pending[0].text)
        if placed_employer(parts) != company:
            return ""
        left = parts[0][len(company) :].strip(" ,")
        return left if is_location(left) or is_city(left) or is_region(left) else ""

    def _named_above(self, rest: str) -> bool:
        """One word or two beside the dates, under a heading that named title and company
        both: the place, not a third name."""
        if len(self.pending) != 1 or not looks_like_place(rest) or len(rest.split()) > 2:
            return False
        if not known_place(rest):  # "Vertical Market Executive, Oil & Gas" over "Ideagen | 2024"
            return False
        title, company = split_title_company(self.pending[0].text)
        return bool(title and company) and role_score(title) > 0 and not division_like(company)

    def _titled_below(self) -> bool:
        """The line under the date line is a title alone ("Data Scientist")."""
        below = self.following
        if below is None or is_bullet(below.text) or span_of(below) is not None:
            return False
        return short_label(below.text) and role_score(below.text) > 0

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
        if not self.pending:
            return ""
        first = self.pending[-2] if len(self.pending) > 1 and not rest else self.pending[-1]
        below = rest or (self.pending[-1].text if first is not self.pending[-1] else "")
        if role_score(first.text) > 0 or not below:
            return ""
        if role_score(below) > 0:
            return company_place(first.text)[1]
        # "UMBC, BALTIMORE, MD" over a title of no known role words ("MCNAIR AMBASSADOR"):
        # the town on the employer's line, where the title's line has none
        town = without_place((parts_of(first.text) or [first.text])[0])[1]
        return town if not without_place(below)[1] else ""

    def _pending_header(self, rest: str) -> tuple[str, str, str]:
        """Title and company from the lines above a date line, and the date line's own text;
        and the town written after the company ("Acme Corp, Malmö" under its title)."""
        first = self.pending[-2] if len(self.pending) > 1 and not rest else self.pending[-1]
        second = self.pending[-1].text if first is not self.pending[-1] else rest
        if bracketed(second) and first is not self.pending[-1]:
            first, second = dataclasses.replace(first, text=f"{first.text} {second}"), ""
        if not second:  # "Team Lead, Uptown Espresso Seattle, WA" over its dates: its town too
            title, company = split_title_company(first.text)
            town = without_place(first.text)[1] if company else ""
            return title, company, town if town not in company else ""  # else cut below
        if place_alone(second) and not place_alone(first.text):
            return first.text, "", second  # "Line Cook" over "Hollin, MD": no employer named
        name, town = without_place((parts_of(first.text) or [first.text])[0])
        other, below = without_place(second)
        other = before_dashed_place(other)  # "SENIOR ENGINEER" over "Rokt - Sydney Australia"
        if role_score(other) > 0 >= role_score(name) and not first.place:
            name = company_place(name)[0]  # "BEAT, Athens" over its title
        name = _with_speciality(first.text, name, other) or name
        # "UMBC, BALTIMORE, MD" over "MCNAIR AMBASSADOR": the line with the town is the employer
        placed = bool(first.place) or bool(town and not below)
        title, company = order(name, other, first_is_title=not placed)
        return title, company, (town if company == name else below) if company else ""


_DASHED = compiled(r"\S\s[-–—]\s\S")  # "Grupo Norte - Motos de México": one name, dashed


def _with_speciality(text: str, title: str, below: str) -> str:
    """ "Solution Architect – AI and Automation" over "Wipro": the title and its speciality after
    a spaced dash, whole, where the line below names the employer (no role, no place)."""
    parts = parts_of(text)
    if len(parts) != 2 or parts[0] != title or role_score(title) <= 0:
        return ""
    if role_score(parts[1]) != 0 or role_score(below) > 0 or not below:
        return ""
    if KIND.fullmatch(parts[1]) or parts[1].casefold() == "freelance":
        return ""  # "Data Engineer – Contract": the terms of the work, no speciality
    if looks_like_place(below) and (is_city(below) or is_location(below)):
        return ""  # "Engineer – Google" over "Mountain View": the employer was beside the title
    whole = text[text.find(title) : text.find(parts[1]) + len(parts[1])]
    return whole if _DASH.fullmatch(whole[len(title) : -len(parts[1])]) else ""
