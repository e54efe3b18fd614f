"""A short line under a position's dates: its title, company or place, or a line of its work."""

from __future__ import annotations

import dataclasses

from levelset.patterns import compiled
from levelset.proof.dates import is_date_text
from levelset.proof.headers import (
    address_place,
    dashed_place,
    names_role,
    parts_of,
    role_score,
    without_place,
)
from levelset.proof.importers.entry_heads import (
    activity,
    comma_named,
    employer_city,
    named_below,
    titled_by,
    with_names,
)
from levelset.proof.importers.entry_state import EntryState
from levelset.proof.line_kinds import done_sentence, tool_list
from levelset.proof.line_kinds import short_label as _short_label
from levelset.proof.lines import Line
from levelset.proof.locations import is_location
from levelset.proof.model import Position
from levelset.proof.title_company import order, placed_employer

_SUFFIX = compiled(r"(?:Limited|Ltd\.?|Inc\.?|LLC|GmbH|Corporation|Corp\.?|PLC|plc|AG|S\.A\.)")
_TAGS = compiled(r"[A-Z0-9+#.]+(?: [A-Z0-9+#.]+)*(?:[|·][A-Z0-9+#.]+(?: [A-Z0-9+#.]+)*)+")


def employer_then_title(label: str) -> tuple[str, str] | tuple[()]:
    """ "Bitlathe", "Web Developer" from "Bitlathe – Web Developer" under an entry's dates: the
    part after the one spaced dash ends in a role word and names more of one than the part
    before it, which ends in none ("Senior Consultant – Data Science" is one title)."""
    for dash in (" – ", " — ", " - "):
        if label.count(dash) == 1 and sum(label.count(d) for d in (" – ", " — ", " - ")) == 1:
            employer, title = (part.strip() for part in label.split(dash))
            if not employer or not title or names_role(employer.split()[-1]):
                return ()
            if names_role(title.split()[-1]) and role_score(employer) < role_score(title):
                return employer, title
    return ()


def _ends_in_role(label: str) -> bool:
    """ "Systems Engineer", "Solutions Architect": a title whose first word also names
    organisations, told by the role word it ends in."""
    words = label.split()
    return len(words) >= 2 and role_score(label) == 0 and names_role(words[-1])


_LONE_LABEL = compiled(r"[A-Z][\w’'&/-]*(?: [\w’'&/-]+){0,2}:")  # "Key achievements:"


class EntryDetails(EntryState):
    """How the entry reader reads the short lines under a position's dates."""

    def _names_entry(self, text: str) -> bool:
        """A line right under the dates that may name the entry: a short label, or a longer
        "HDH Associates, P.C. – Marketing Director & Web Developer" while it has no title."""
        assert self.header is not None
        header = self.header
        if _short_label(text) or (not header.title and bool(employer_then_title(text))):
            return True
        return not header.company and not self.details and _long_name(text)

    def _header_detail(self, text: str, beside: str, line: Line) -> None:
        """A short line under a position heading: its title, its company, or its place; where
        the heading named both already and the line adds nothing to it, a line of its
        description ("Leading penetration tests on new services" under a Canva job)."""
        named = self.header is not None and self.header.title and self.header.company
        if named and _LONE_LABEL.fullmatch(text.strip()):
            return  # "Description:" under a named entry labels the lines below: no line itself
        before, bullets = self.header, len(self.bullets)
        self._read_detail(text, beside, line)
        if before is None or not before.title or not before.company or self.header != before:
            return
        if len(self.bullets) == bullets and not tool_list(text) and not is_location(text):
            self._add_bullet(text, line)

    def _read_detail(self, text: str, beside: str, line: Line) -> None:
        assert self.header is not None
        if tool_list(text):
            self.details += 1  # "ChatGPT, Claude API, Python, CLI Tooling": its tools, no name
            return
        if self.header.company and _SUFFIX.fullmatch(text) and not self.details:
            company = f"{self.header.company} {text}"  # "Actuarial Services (East Africa)" /
            self.header = dataclasses.replace(self.header, company=company)  # "Limited"
            self.details += 1
            return
        if done_sentence(text) or activity(text):
            self._add_bullet(text, line)  # "Developed custom-tailored web solutions using ...":
            return  # a bullet whose mark the PDF did not keep
        noted = text.startswith("[") and text.endswith("]")  # "[A note on the entry above]"
        noted = noted or bool(_TAGS.fullmatch(text))  # "MACHINE LEARNING|PYTHON": its tools
        said = self.at_form and bool(self.header.title or not self.header.location)  # "Title
        if said or noted:  # at Company" said all (an employer and its town alone: not the title)
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
            label, tail = employer_city(label)  # "Flipkart, Bengaluru" under its title
        if not label or is_date_text(label):
            return
        if not self.header.location and (beside or tail):  # "Klarna      Stockholm, Sweden"
            self.header = dataclasses.replace(self.header, location=beside or tail)
        header = self.header
        if self.details == 1 and header.company and _role_after_description(header.title, label):
            self.header = with_names(header, label, header.company)  # "Private Equity Fund" /
            self.details += 1  # "Intern, Investment Team (6 months)": the employer described,
            return  # then the role held there
        if self._second_name(header, label):
            self.header = with_names(header, *order(header.company, label))  # dates, then both
        elif not header.title and header.company and titled_by(label, first=not self.details):
            self.header = with_names(header, label, header.company)  # "Law Clerk" under its court
        elif not header.company:
            title, company = order(header.title, label)
            if not header.title and _ends_in_role(label):  # "Systems Engineer" under its dates
                title, company = label, ""
            named = () if header.title else employer_then_title(label)
            if named:  # "Bitlathe – Web Developer" under its dates
                company, title = named
            elif not header.title and not company and title == label:
                title, company = comma_named(label, self.following) or (title, company)
            employer = "" if header.title else placed_employer(parts_of(label))
            if employer:  # under the dates: "Acme, Tucson AZ - Carpenter"
                title, company = parts_of(label)[1], employer
                place = parts_of(label)[0][len(employer) :].strip(" ,")
                header = dataclasses.replace(header, location=header.location or place)
            self.header = with_names(header, title, company)
        elif not self.pending_used and role_score(label) > role_score(header.title):
            self.header = with_names(header, label, without_place(self.header_text)[0])
        elif (
            not self.pending_used
            and not self.details
            and "|" not in self.header_text  # "Title | Company | dates" named both
            and named_below(header, label, beside)
        ):
            self.header = with_names(header, without_place(self.header_text)[0], label)
        self.pending_used = True
        self.details += 1

    def _second_name(self, header: Position, label: str) -> bool:
        """Dates alone opened the entry ("Jan 2021 – Dec 2021" / "Lift Attendant" / "Chicopee
        Ski Club"): the first line under them was taken for the employer by habit, and this
        second short line names the other; the two are ordered as two heading lines are."""
        if self.details != 1 or self.header_text.strip() or header.title or not header.company:
            return False
        return _short_label(label) and not is_location(label) and not activity(label)


_JOINING = {"of", "and", "for", "the", "in", "at", "on", "de", "du", "des", "la", "le", "di", "&"}


def _long_name(text: str) -> bool:
    """ "National School of Development/Institute of South-South Cooperation and Development,
    Peking University" under a title still without its employer: a long name, every word
    capitalised but the joining ones, no sentence; a line of description has words in lower
    case."""
    words = text.split()
    if len(words) > 16 or text.rstrip().endswith((".", "!", "?", ":", ";")):
        return False
    return all(w[:1].isupper() or w.casefold() in _JOINING for w in words)


def _role_after_description(title: str, label: str) -> bool:
    """ "Producer of speciality chemicals" read as the title, then "Intern, Marketing Department
    (2 months)": the line under the employer described it (no role in it), the next one opens
    with a role."""
    if not title or role_score(title) > 0 or any(names_role(w) for w in title.split()):
        return False
    first = label.split(",")[0].split("(")[0].strip()
    return role_score(first) > 0 and not done_sentence(label)
