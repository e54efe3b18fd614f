"""Entries of a résumé's experience section, read line by line into positions.

An entry is a heading (a title and a company, in one line or two, in either order, perhaps
with a place) with its dates on the heading line, beside it or on the line below, then bullets
or short paragraphs. The reader keeps the heading lines seen before the dates (`pending`),
opens a position at the dates, and closes it at the next heading or section.
"""

from __future__ import annotations

import dataclasses

from levelset.patterns import compiled
from levelset.proof.dates import Span
from levelset.proof.glyphs import HYPHENATION
from levelset.proof.headers import (
    dashed_place,
    names_role,
    role_score,
    without_place,
)
from levelset.proof.importers.entry_by_look import EntryByLook
from levelset.proof.importers.entry_details import EntryDetails
from levelset.proof.importers.entry_hanging import EntryHanging
from levelset.proof.importers.entry_heads import (
    activity,
    employer_city,
    with_names,
)
from levelset.proof.importers.entry_labels import EntryLabels
from levelset.proof.importers.entry_leads import EntryLeads
from levelset.proof.importers.entry_lines import (
    AT_FORM,
    heads_entry,
    indented_under,
    placed_heading,
    span_of,
    worded,
)
from levelset.proof.importers.entry_opening import EntryOpening
from levelset.proof.importers.entry_prose import dated_claim, dated_prose
from levelset.proof.importers.entry_shapes import YEARS_IN_BRACKETS, EntryShapes
from levelset.proof.importers.entry_stints import another_term
from levelset.proof.line_kinds import done_sentence, ends_in_role, prose, work_named
from levelset.proof.line_kinds import sentence as _sentence
from levelset.proof.line_kinds import short_label as _short_label
from levelset.proof.lines import BULLET, Line, is_bullet
from levelset.proof.locations import is_location
from levelset.proof.model import Position
from levelset.proof.title_company import split_title_company

# a line of description cut after a word no sentence ends with: the next line goes on with it
_DANGLES = compiled(r"\s(?:and|or|with|using|of|the|a|an|to|for|in|by|via|&)$")
# a line that opens on a word no sentence or name opens with: it goes on with the line above
_OPENS_ON = compiled(r"(?:and|or|with|using|of|the|to|for|in|by|via|at)\s")


# "Lab Technician – Designed ...": a role, a dash with spaces round it, then a sentence
_ROLE_DASH = compiled(r"(?P<role>[A-Z][^–—]{2,60}?)\s+[–—]\s+(?P<rest>[A-Z].+)")
_BREAKS = "-" + HYPHENATION  # a word broken at the line end


class EntryReader(
    EntryShapes, EntryOpening, EntryLabels, EntryDetails, EntryByLook, EntryLeads, EntryHanging
):
    """The experience section read line by line: each line tested for its shape, then taken as
    a heading line, a date line that opens a position, a detail of the heading, or a bullet."""

    def _in_experience(self, line: Line, following: Line | None) -> None:
        self.following = following
        self.fed += 1
        if line.number is not None and line.number == self.swallowed:
            return  # the second half of a wrapped heading, already joined to the first
        self.after_dates, after_dates = False, self.after_dates
        text = line.text.lstrip("#").strip()
        dated = span_of(line)
        if self._labelled_role(text, dated, line):
            pass  # "Role: Director, Global SQL Database Operations   April 2017 – May 2019"
        elif self._closes_bracket(text):
            self._continue_bullet(text)  # "... daily (2020 –" / "2023).": the dates wrapped
        elif dated is None and self._hangs_under_bullet(line):
            self._continue_bullet(text)  # "... EEE testing" / "(electrical, FPGA, FSW)"
        elif dated is None and self._employer_wraps(text):
            self._employer_goes_on(text)  # "..., Institute of South-" / "South Cooperation ..."
        elif dated is None and self._role_then_sentence(text) is not None:
            self._role_line(text, line)  # "Lab Technician – Designed, fabricated and tested ..."
        elif dated is None and self._heads_by_size(line, following):
            self._close_position()  # "Good Jobs First – Washington, DC; Policy think-tank ..."
            self.pending.append(Line(line.number, text, line.where, "", line.place))
        elif (
            self.bullets
            and self.open_bullet
            and text[:1].islower()
            and not is_bullet(text)  # "o Mentor: Sam Lee": Word's second-level mark
            and dated is None
            and not self.set_above(line)
        ):
            if self._titles_employer_below(text, following):
                self._close_position()  # "supply line manager" over "Ericsson AB / 2008 - 2010"
                self.pending.append(Line(line.number, text, line.where, "", line.place))
            else:
                self._continue_bullet(text)
        elif self.bullets and dated is None and _DANGLES.search(self.bullets[-1].text):
            self._continue_bullet(text)  # "... Firebase Auth SDK and" over "Twilio SendGrid"
        elif dated is not None and not line.dates and self._bullet_wraps_on(text):
            self._continue_bullet(text)  # "... MSc in" / "Machine Learning, UCL, 2018"
        elif dated is not None and not line.dates and self._indented_wrap(line):
            self._continue_bullet(text)  # "..., funded by the Luce" / "Foundation (2020-2023)"
        elif dated is not None and self._described(line, dated[1]):
            self._add_bullet(BULLET.sub("", text), line)  # dates in a list under the heading
        elif dated is not None and self._sibling(line):
            self._start_position(dated, line)  # "• 2020 – 2022 | Clerk at ..." as the one above
        elif dated is not None and self._another_term(dated):
            pass  # "Winter 2018 – 2019" over "Winter 2019 – 2020" under one title: one post
        elif dated is not None and self._role_within(text, dated[0]):
            if self.header is not None and not self.header.title:  # the first role names it
                self._header_detail(YEARS_IN_BRACKETS.sub("", text).strip(), "", line)
        elif dated is not None and self.header is not None and dated_prose(line, following):
            self._add_bullet(BULLET.sub("", text), line)  # "From 2018 to 2019 ran the guild."
        elif dated is not None and dated_claim(line):
            self._add_bullet(BULLET.sub("", text), line)  # "Served two teams since 2021."
        elif self._dated_item(BULLET.sub("", text)):
            self._add_bullet(BULLET.sub("", text), line)  # "Route study, Mombasa depot (2017)"
        elif dated is not None and self._dated_description(dated[1]):
            self._add_bullet(BULLET.sub("", text), line)  # "Led the team from 2014 to 2015."
        elif dated is not None and self._shapeless(dated[1], line.place):
            self._add_bullet(BULLET.sub("", text), line)  # "Dean's List   2016 – 2018"
        elif dated is not None and not (is_bullet(text) and not line.place and self.header):
            if is_bullet(text) and not self.pending and _sentence(text):
                self._add_bullet(BULLET.sub("", text), line)  # "• Winner, Hack Week, 2019: ..."
            else:
                self._start_position(dated, line)
        elif dated is None and self._untitled_lead(text) is not None:
            self._lead_title(text, line)  # "• Simulation intern: Developed ..." under "Daher"
        elif dated is None and is_bullet(text) and self._bulleted_title(text):
            self._title_from_bullet(BULLET.sub("", text).strip(), line)
        elif dated is None and self._detail_by_look(line):
            self._header_detail(text, line.place, line)  # the plain line under a bold head
        elif self._place_line(text, after_dates):
            assert self.header is not None
            self.header = dataclasses.replace(self.header, location=text)
        elif self._employer_under_title(line, following):
            self._employer_below(text, line)  # "Analyst  2019" / "Acme" / "Intern  2018"
        elif self.lead and self.header is not None and not placed_heading(line, following):
            self._under_heading(text, line)  # dates open every entry here: no heading above
        elif self._undated_at_form(line, following):
            self._close_position()  # LinkedIn prints no dates for a position that has none:
            title, company = split_title_company(text)  # "Data Analyst at Tech in Asia" right
            self.header = Position(title, company, self.origin(line))  # over the next heading
        elif self._employer_over_description(line, following):
            self._close_position()  # the sentence under it is passed over: no title, no company
            self.pending.append(Line(line.number, text, line.where, "", line.place))
            self.swallowed = following.number if following is not None else None
            self.described = True
        elif following is not None and self._heads_wrapped(line, following):
            self._close_position()
            joined = f"{text} {following.text.strip()}"
            self.pending.append(Line(line.number, joined, line.where, "", line.place))
            self.swallowed = following.number
        elif (
            self._stacked_head(line, following)
            and not self._list_goes_on()
            and not work_named(text)
            and not (self.header is not None and self.bullets and done_sentence(text))
            and (heads_entry(line, following) or self._heads_two_line_entry(line, following))
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
        elif self.header is not None and not self.bullets and self._names_entry(text):
            self._header_detail(text, line.place, line)
        elif self.header is not None:
            self._add_bullet(text, line)  # a description paragraph without a bullet sign

    def _employer_wraps(self, text: str) -> bool:
        """The employer of the position just opened ends in a word broken by a hyphen at the
        line's end, and this plain line carries the rest of it."""
        header, opener = self.header, self.opener
        ends = opener.text.rstrip() if opener is not None else ""
        return bool(
            header is not None
            and header.company
            and not self.bullets
            and ends.endswith(tuple(_BREAKS))
            and ends[-2:-1].isalpha()  # "South-", not a dash standing alone
            and ends.rstrip(_BREAKS).endswith(header.company.rstrip(_BREAKS))  # its employer's end
            and not is_bullet(text)
        )

    def _employer_goes_on(self, text: str) -> None:
        assert self.header is not None
        company = self.header.company.rstrip(_BREAKS)
        joint = "-" if text[:1].isupper() else ""  # "South-South": a hyphen of the name itself
        self.header = dataclasses.replace(self.header, company=f"{company}{joint}{text.strip()}")

    def _role_then_sentence(self, text: str) -> tuple[str, str] | None:
        """ "Software Engineer (Remote) – Wrote and maintained ..." under an employer's dated
        head: the role, then after the dash what was done in it."""
        header = self.header
        found = _ROLE_DASH.fullmatch(text.strip())
        if header is None or not header.company or found is None or is_bullet(text):
            return None
        role, rest = found.group("role").strip(), found.group("rest").strip()
        named = role_score(role) > 0 or ends_in_role(role)
        if len(role.split()) > 6 or not named or not prose(rest):
            return None
        return (role, rest) if not header.title or self.bullets else None

    def _role_line(self, text: str, line: Line) -> None:
        found = self._role_then_sentence(text)
        assert found is not None and self.header is not None
        role, rest = found
        if self.header.title:  # a second role at the same employer in the same years
            kept = self.header
            self._close_position()
            self.header = dataclasses.replace(kept, bullets=())
        self.header = dataclasses.replace(self.header, title=role)
        self._add_bullet(rest, line)

    def _bullet_wraps_on(self, text: str) -> bool:
        """A dated line right under a bullet left open on a word no sentence ends with ("... a
        Master's in" / "Machine Learning, Kestrel University, 2018"), or opening on one ("in
        Electrical Engineering, Kestrel University, 2012"): the rest of that bullet."""
        if not self.bullets or not self.open_bullet or self.header is None or is_bullet(text):
            return False
        last = self.bullets[-1].text.rstrip()
        if len(last.split()) < 8 or role_score(text) > 0:
            return False  # a short bullet, or a line naming a role: the next entry's heading
        return bool(_DANGLES.search(last) or last.endswith(",") or _OPENS_ON.match(text))

    def _indented_wrap(self, line: Line) -> bool:
        """ "Foundation (2020-2023)" under "• Member of the project ..., funded by the Luce": a
        line set well right of its entry's heading, right under a bullet left open (no
        sentence ended), is the rest of that bullet; its dates are the project's."""
        opener = self.opener
        if not self.bullets or not self.open_bullet or self.header is None or opener is None:
            return False
        if is_bullet(line.text) or not (line.x0 and opener.x0) or line.x0 < opener.x0 + 20:
            return False
        return not self.bullets[-1].text.rstrip().endswith((".", "!", "?", ";", ":"))

    def _bulleted_title(self, text: str) -> bool:
        """The first bullet under a dated employer line that names no title, itself a short
        role with nothing after it ("Acme, Boston [2014-2018]" / "o Research Assistant @Vision
        group" / "o Supervisor: Pat Smith"): the entry's title, marked like its bullets."""
        header, text = self.header, BULLET.sub("", text).strip()
        if header is None or self.bullets or self.details or self.pending:
            return False
        if len(text.split()) > 8 or text.endswith((".", "!", "?", ";", ":", ",")) or ": " in text:
            return False
        if done_sentence(text) or activity(text) or role_score(text) <= 0:
            return False
        if not header.title:
            return bool(header.company)
        heading, score = without_place(self.header_text)[0], role_score(text.partition("@")[0])
        if score <= role_score(heading):  # "@search science group": the team, after the role
            return False
        if score >= 2:  # "Summer Research Intern" under "Kestrel Research, Bellevue"
            return True
        return not names_role(header.title) or not header.company

    def _title_from_bullet(self, text: str, line: Line) -> None:
        """The heading above named only the employer (read as title, company or both): it is
        the company, and the bullet the title."""
        header = self.header
        assert header is not None
        if header.title and header.company:
            company, place = employer_city(without_place(self.header_text)[0])
            header = dataclasses.replace(header, location=header.location or place)
        else:
            company = header.company or header.title
        self.header = with_names(header, text, company)
        self.pending_used, self.details = True, self.details + 1

    def _shapeless(self, rest: str, place: str = "") -> bool:
        """A dated line inside a job, in a résumé whose jobs are headed "Title at Company"
        (LinkedIn's form), with no heading line above it and words beside its dates that name
        neither a role nor an employer ("Dean's List", "Hackathon finalist"): a line of the
        job's description, not another position."""
        if not self.at_form or self.pending or self.header is None or not worded(rest):
            return False
        if (place and _short_label(rest)) or dashed_place(rest)[1]:
            return False  # "Taco Bell – Somerset, KY   6/2007 – 7/2008": an employer, its town
        rest = BULLET.sub("", rest).strip(" |,·•–—-()")
        if AT_FORM.search(rest) or role_score(rest) > 0 or all(split_title_company(rest)):
            return False
        return not is_location(rest)

    def _another_term(self, dated: tuple[Span, str]) -> bool:
        """A line of dates alone (or with the entry's place) right under a dated entry, before
        its first bullet: another term of the post, or a later stint (entry_stints)."""
        span, rest = dated
        header, rest = self.header, rest.strip(" /|,·•–—-")
        if header is None or self.bullets or self.pending or span.end is None:
            return False
        if rest and rest != header.location and not is_location(rest):
            return False
        held = Span(header.start, header.end, header.current, header.precision)
        added = another_term(held, self.stints, span)
        if added is None:
            return False
        held, self.stints = added
        self.header = dataclasses.replace(header, end=held.end, current=held.current)
        return True

    def _employer_under_title(self, line: Line, following: Line | None) -> bool:
        """The one line between two dated title lines, right under a position opened by its
        dates beside a title alone (nothing pending above it, no employer yet): that title's
        employer ("Quality Control Coordinator  2008 – 2009" / "Bahrain eGovernment Authority"
        / "Intern  2008"), not the next entry's, whose title already stands on its date line."""
        header = self.header
        if header is None or not header.title or self.pending_used:
            return False
        if not self._untold(header) and not indented_under(self.opener, line, following):
            return False
        if self.bullets or self.details or self.pending or following is None:
            return False
        if span_of(line) is not None or is_bullet(line.text) or _sentence(line.text):
            return False
        if not self._employer_face(line, following):  # set smaller or plainer than the titles
            return False
        dated = span_of(following)
        if dated is None and self._dashed_title(header):  # the last entry, over the next section
            return _short_label(line.text) and not names_role(line.text)
        if dated is None or is_bullet(following.text):
            return False
        title = dated[1].strip(" |,–—-")
        return bool(title) and self._titled(title, line, following) and not AT_FORM.search(title)

    def _untold(self, header: Position) -> bool:
        """No employer yet, or only the half after a dash of the dated line's own words
        ("Intern - University Training Program" read as title and company)."""
        return not header.company or self._dashed_title(header)

    def _dashed_title(self, header: Position) -> bool:
        text = without_place(self.header_text)[0]
        return bool(header.company) and f"{header.title} - {header.company}" == text

    def _employer_below(self, text: str, line: Line) -> None:
        """The employer line under a dated title (see `_employer_under_title`)."""
        assert self.header is not None
        if self.header.company:  # the dash was inside the title: the employer is this line
            whole = without_place(self.header_text)[0]
            name, tail = without_place(text)
            place = self.header.location or line.place or tail
            self.header = dataclasses.replace(with_names(self.header, whole, name), location=place)
            self.pending_used, self.details = True, self.details + 1
        elif self.header.title and not self.header.company:  # the rule found it the employer:
            label, tail = without_place(text)  # "Retail Network at Bank of Bahrain and Kuwait"
            place = self.header.location or line.place or tail
            self.header = dataclasses.replace(
                with_names(self.header, self.header.title, label), location=place
            )
            self.pending_used, self.details = True, self.details + 1
        else:
            self._header_detail(text, line.place, line)

    def _list_goes_on(self) -> bool:
        """The line above is a labelled list that ended in a comma ("Technologies: FastAPI,
        Docker, React,"): this line is the rest of that list, not the next entry's heading."""
        if not self.bullets:
            return False
        last = self.bullets[-1].text.rstrip()
        listed = last.rpartition(": ")[2]  # what follows "Technologies: ", where it stands
        return last.endswith(",") and ": " in last and listed.count(",") >= 2 and ". " not in listed

    def _undated_at_form(self, line: Line, following: Line | None) -> bool:
        """The section opens with a whole "Title at Company" heading right over another that
        has its dates below it: the first is a position whose dates are unknown. (Between two
        jobs such a line may as well end the description above, so only where none is open.)"""
        if self.header is not None or self.pending or following is None or self.after is None:
            return False
        return titled_at(line) and titled_at(following) and span_of(self.after) is not None

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


def titled_at(line: Line | None) -> bool:
    """A heading, undated, that is all of "Title at Company", both named."""
    if line is None or span_of(line) is not None:
        return False
    text = line.text
    return bool(AT_FORM.search(text)) and all(split_title_company(text)) and not _sentence(text)
