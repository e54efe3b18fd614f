"""Which shape of entry the reader meets: tests of a line (and the lines around it) against the
state of the section, each naming one way résumés set out a heading, a place or a detail."""

from __future__ import annotations

import datetime as dt

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.dates import Span
from levelset.proof.headers import looks_like_place, names_role, parts_of, role_score
from levelset.proof.importers.entry_heads import (
    activity,
    barred_city,
    before_dashed_place,
    employer_city,
)
from levelset.proof.importers.entry_lines import (
    AT_FORM,
    CONTACT,
    bare_dates,
    bracketed,
    heads_entry,
    span_of,
    worded,
)
from levelset.proof.importers.entry_state import EntryState
from levelset.proof.line_kinds import AREA as _AREA
from levelset.proof.line_kinds import done_sentence, ends_in_role
from levelset.proof.line_kinds import sentence as _sentence
from levelset.proof.line_kinds import short_label as _short_label
from levelset.proof.lines import Line, is_bullet
from levelset.proof.locations import is_location, known_place_name
from levelset.proof.places import is_region
from levelset.proof.title_company import split_title_company

YEARS_IN_BRACKETS = compiled(r"\s*\((?:[^()]*\s)?(?:19|20)\d\d\b[^()]*\)\s*$")
# grades after a role ("engineer ii"): the role word stands before them
_GRADES = frozenset({"i", "ii", "iii", "iv", "v"})
_SEPARATED = compiled(r"\s*[|•·—–]\s*|\s{2,}")
_UNDATED_SEP = compiled(r"\s[—–|]\s|\s+at\s+[A-Z]")  # "Company — Title", "Title at Company"


class EntryShapes(EntryState):
    """The entry reader's questions about the line it reads; they change no state."""

    def _closes_bracket(self, text: str) -> bool:
        """A short line that closes the bracket the bullet above left open ("2023).")."""
        if not self.bullets or not self.open_bullet or len(text) > 24:
            return False
        above = self.bullets[-1].text
        return above.count("(") > above.count(")") and text.rstrip(" .;,").endswith(")")

    def _dated_item(self, text: str) -> bool:
        """ "Banana supply pilot with a cooperative (Jun 2016 – Dec 2016)" under a job's
        bullets: a piece of work dated in brackets inside the job, not a position of its own
        (a role so dated is another title of the job: `_role_within`)."""
        if self.header is None or not self.bullets or not YEARS_IN_BRACKETS.search(text):
            return False
        rest = YEARS_IN_BRACKETS.sub("", text).strip()
        lower = [w for w in rest.split() if w.isalpha() and w.islower() and len(w) > 3]
        return len(lower) >= 2 and role_score(rest) <= 0 and not names_role(rest)

    def _titles_employer_below(self, text: str, following: Line | None) -> bool:
        """A short line in lower case that names a role, over a dated line that names no role
        ("Employer, City / July 2008 - September 2010"): a title, not a bullet's last words."""
        dated = span_of(following) if following is not None else None
        words = len(text.split())
        if dated is None or not 2 <= words <= 8 or text.rstrip().endswith((".", ",", ";", "]")):
            return False
        named = [w for w in text.split() if w.isalpha() and w.casefold() not in _GRADES]
        last = named[-1:]  # "supply line manager 50% / programmer 50%": "programmer"
        if not last or not names_role(last[0]):
            return False  # "mining research papers": a role word inside, a bullet's last words
        return bool(dated[1].strip()) and role_score(dated[1]) <= 0

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
        found = YEARS_IN_BRACKETS.search(text)
        if not found or not names_role(text[: found.start()]) or span.start is None:
            return False
        ends = header.end or dt.date.max
        return header.start.year <= span.start.year and (span.end or ends).year <= ends.year

    def _dated_description(self, rest: str) -> bool:
        """Where every heading stood on its own line over its dates, a line with words beside
        its dates is a line of the description above, not another position."""
        return self.stacked and worded(rest) and not AT_FORM.search(rest)  # not "X at Y, 2014"

    def _stacked_head(self, line: Line, following: Line | None) -> bool:
        """There, a heading stands over a line of dates alone ("Projects:" over "Billing
        rewrite (2016 - 2017)" is a line of the description)."""
        if not self.stacked or following is None:
            return True
        dated = span_of(following)
        return dated is None or not worded(dated[1])

    def _place_line(self, text: str, after_dates: bool = False) -> bool:
        """The city under a stacked heading: "2018–2024 Siemens" / "Data Scientist" / "Erlangen"."""
        header = self.header
        if header is None or self.bullets or header.location:
            return False
        if not self.details:  # "Jan 2020 - Present (5 years)" over "San Francisco, California"
            place = is_location(text) or bool(_AREA.fullmatch(text))
            # "NOVA REAL ESTATE,  2022" over "TURKEY": a heading's comma goes on to its country
            opener = self.opener.text.rstrip() if self.opener is not None else ""
            wrapped = opener.endswith(",") and is_region(text)
            return (after_dates and place) or wrapped
        # a capitalised word under a title still without its company names the company
        # ("2015- 2024" / "Content Reviewer" / "Appen"), unless it is a known place
        name, town = employer_city(text) if not header.company else (text, "")
        if town and not (is_region(text.split(",")[-1]) and _place_name(name)):
            return False  # "Infosys, Bengaluru", "Texas Instruments, Dallas, TX": both
        if activity(text):
            return False  # "Built Serverless Infrastructure" under the employer: work done
        if not (header.title and header.company) and role_score(text.split(",")[0]) < 0:
            return False  # "Conestoga College, Waterloo, ON": an employer and its town
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
        addressed = _addressed(line, following)
        placed = bool(line.place) or len(parts_of(line.text)) < len(_SEPARATED.split(line.text))
        alone = all(split_title_company(following.text))  # "Title at Company" needs no line above
        alone = alone and not barred_city(following.text)[1]  # "Shopify | Toronto" wants one
        alone = alone and not _employer_in_city(following.text)  # "Acme, Austin" wants one too
        alone = alone and before_dashed_place(following.text) == following.text  # "Rokt - Sydney"
        ended = bool(self.bullets) and not self.open_bullet and not CONTACT.search(line.text)
        closed = not alone or ended  # the paragraph above ended: this line is a company
        named = _short_label(line.text) or _long_employer(line.text)
        placed = placed or (named and bare_dates(self.after) and closed)
        placed = placed or (_short_label(line.text) and _region_line(following.text))  # its town
        placed = placed or (named and bare_dates(self.after) and _role_over_name(line, following))
        # "Teaching Assistant (TA) for ECE 2031: Digital Design Lab" over "Georgia Tech,
        # Atlanta, GA" over the dates: a long title, its course named, over its employer
        titled = len(line.text.split()) <= _LONGEST_TITLE and not _sentence(line.text)
        titled = titled and closed and bare_dates(self.after)
        placed = placed or (titled and _role_over_name(line, following))
        return (
            (label or addressed)
            and (placed or addressed)
            and not is_bullet(line.text)
            and heads_entry(following, self.after)
        )

    def _employer_over_description(self, line: Line, following: Line | None) -> bool:
        """ "AUBURN UNIVERSITY CAMPUS WEB SOLUTIONS   Auburn, AL" over a sentence on what the
        employer does, over a dated title: the employer's heading (the sentence is neither
        title nor company)."""
        after = self.after
        if not line.place or span_of(line) or following is None or after is None:
            return False
        if self.header is not None and not self.header.company:
            return False  # "Klarna   Stockholm" under "Title   dates": that title's employer
        if is_bullet(line.text) or not _short_label(line.text) or role_score(line.text) > 0:
            return False
        described = _sentence(following.text) and not is_bullet(following.text)
        return described and not span_of(following) and span_of(after) is not None

    def _heads_wrapped(self, line: Line, following: Line | None) -> bool:
        """ "Engineer at The Aerospace" / "Corporation" / the dates: one heading in two lines."""
        after = self.after
        if following is None or after is None or span_of(following) or not span_of(after):
            return False
        if is_bullet(following.text) or len(following.text.split()) > 4:
            return False
        if AT_FORM.search(following.text):
            return False  # "Mentor at Code Club" over "Analyst at Harbour Media": two lines
        if line.bold != following.bold or ends_in_role(following.text):
            return False  # "... at Chapel Hill" over "Research Assistant" in bold: a title
        text = line.text
        wrapped = bool(AT_FORM.search(text)) or bracketed(following.text)  # "(Consultant)"
        return wrapped and not is_bullet(text) and not _sentence(text)

    def _untitled(self, text: str) -> bool:
        """The entry still wants its title, and this line is a name, not a sentence; or it
        wants its employer, and this line names an organisation ("Trainee, July 2021-September
        2021" over "Awareness, Patronage and Assistance Center, Shahid Chamran University of
        Ahvaz, Ahvaz, Iran")."""
        header = self.header
        if header is None or text.rstrip().endswith("."):
            return False
        if header.title and not header.company and len(text.split()) <= 16:
            return role_score(text) < 0 and not done_sentence(text)
        return not header.title and len(text.split()) <= 12


_SHORT_LABEL = 8  # words: line_kinds.short_label's longest, which also refuses a full stop
_LONGEST_EMPLOYER = 20  # words: "Department of ..., University of ... at Chapel Hill (NC)"


_LONGEST_TITLE = 14  # words of a title that names its course or project


def _long_employer(text: str) -> bool:
    """A long line that names organisations and no role, and is no sentence: an academic
    employer and its unit ("Department of City & Regional Planning, University of North
    Carolina at Chapel Hill"), longer than a short label."""
    words = len(text.split())
    longer = _SHORT_LABEL < words <= _LONGEST_EMPLOYER  # a short one is short_label's to judge
    return longer and role_score(text) < 0 and not _sentence(text)


def _addressed(line: Line, following: Line) -> bool:
    """ "Trainee Software Developer" in a larger size over "IFS R&D |1, Orion Towers, ...,
    Colombo 9": a title over its employer's name and then the street address, a bar between."""
    if is_bullet(following.text) or not line.size > following.size > 0:
        return False
    named = _SEPARATED.split(following.text)[0]
    return role_score(line.text) > 0 and _short_label(named) and named != following.text


def _region_line(text: str) -> bool:
    """ "Huntington Beach, California": a town and its state or country, a line of its own."""
    text = text.strip()
    return "," in text and is_location(text) and is_region(text.rsplit(",", 1)[1])


def _employer_in_city(text: str) -> bool:
    """ "Acme, Austin": a name that names no role, then a city or country the reader knows
    after its comma: an employer and its place, not "Title, Company"."""
    name, place = split_title_company(text)
    return bool(name) and role_score(name) <= 0 and known_place_name(place)


def _place_name(name: str) -> bool:
    """ "Springfield" in "Springfield, Illinois, USA": the line names a place alone, not an
    employer before its town."""
    return is_city(name) or is_location(name) or known_place_name(name)


def _role_over_name(line: Line, following: Line) -> bool:
    """ "Data Engineer" over "Region Skåne, Lund" over the dates: a line naming a role over one
    naming none is a title over its employer, though the employer's line could be read as
    "Title, Company" alone."""
    return role_score(line.text) > 0 and role_score(following.text) <= 0 < len(following.text)
