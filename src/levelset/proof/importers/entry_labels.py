"""Titles written after a label ("Role: Director, Global SQL Database Operations") under an
employer's own dated line ("Data Intensity, Bedford MA   Jan 2008 – May 2019"): each a
position at that employer, within its dates; the employer's line is no position of its own."""

from __future__ import annotations

import dataclasses

from levelset.patterns import compiled
from levelset.proof.company_places import company_place
from levelset.proof.dates import Span
from levelset.proof.headers import names_role, parts_of, tidy, without_place
from levelset.proof.importers.entry_state import EntryState
from levelset.proof.line_kinds import sentence
from levelset.proof.lines import BULLET, Line
from levelset.proof.model import Position
from levelset.proof.title_company import CITY_STATE

_LABEL = compiled(r"(?i:role|title|position|designation|job\s+title)\s*:\s*(?P<title>\S.*)")


def labelled_title(text: str) -> str:
    """ "Director, Global SQL Database Operations" from "Role: Director, Global SQL Database
    Operations": the words after a label that says they are the title, or ""."""
    found = _LABEL.fullmatch(BULLET.sub("", text).strip())
    if found is None or len(found["title"].split()) > 10 or sentence(found["title"]):
        return ""
    return tidy(found["title"])


def employer_and_place(text: str) -> tuple[str, str]:
    """ "Data Intensity", "Bedford MA" from an employer's line: its name and its place."""
    name, place = without_place(text)
    if not place:
        name, place = company_place(text)
    if not place:
        head, _, tail = text.rpartition(",")
        name, place = (head, tail) if head and CITY_STATE.fullmatch(tail.strip()) else (text, "")
    return name.strip(), place.strip()


def _one_name(text: str) -> bool:
    """ "Data Intensity": one name, not "Senior Engineer, Acme" (a title and its employer)."""
    return bool(text) and len(parts_of(text)) == 1 and "," not in text


def _within(outer: Position, span: Span) -> bool:
    """The span lies inside the outer position's dates (an open end holds any end)."""
    if outer.start is None or span.start is None or span.start < outer.start:
        return False
    if outer.current:
        return True
    return outer.end is not None and not span.current and (span.end or span.start) <= outer.end


class EntryLabels(EntryState):
    """How the entry reader reads a title given after a label."""

    def _labelled_role(self, text: str, dated: tuple[Span, str] | None, line: Line) -> bool:
        """Read a labelled title, if the line is one: the title of the employer's entry open
        above (undated), or a position of its own at that employer (dated within its dates)."""
        title = labelled_title(text)
        if not title:
            return False
        if dated is None:
            return self._title_the_employer(title)
        span = dated[0]
        employer = self._employer_of(span)  # none: a title of its own, its employer unknown
        self._close_position()
        company, place = (employer.company, employer.location) if employer else ("", "")
        self.header = Position(
            title, company, self.origin(line), span.start, span.end, span.current,
            (), line.place or place, span.precision,
        )  # fmt: skip
        self.pending, self.details, self.pending_used, self.header_text = [], 0, True, ""
        self.single, self.labelled = span.single, True
        return True

    def _title_the_employer(self, title: str) -> bool:
        """ "Role: Director of SQL Server Database Development" under "Market America,
        Greensboro NC   May 2019 – Current": the entry's title; its line named the employer."""
        header = self.header
        if header is None or self.labelled:
            return False
        if header.title and (header.company or names_role(header.title)):
            return False  # an entry titled already: "Role:" is a line of its description
        # a lone name over the dates ("CauseForce" / "08/2019 - 12/2020") was read as the
        # title while no label had come: the label says the name was the employer's
        company, place = employer_and_place(self.header_text or header.company or header.title)
        if not _one_name(company):
            return False
        header = dataclasses.replace(
            header, title=title, company=company, location=header.location or place
        )
        self.header, self.group, self.labelled, self.pending_used = header, header, True, True
        return True

    def _employer_of(self, span: Span) -> Position | None:
        """The employer whose dates hold a labelled title's: the entry open above, still
        untitled by a label (its line named the employer, and is no position now), or the
        employer of the labelled titles above."""
        header = self.header
        named = employer_and_place(self.header_text or header.company) if header else ("", "")
        if (
            header is not None
            and not self.labelled
            and _within(header, span)
            and _one_name(named[0])
        ):
            company, place = named
            employer = dataclasses.replace(
                header, title="", company=company, location=header.location or place
            )
            self.extra.extend(self.bullets)  # what it said of the employer stays text
            self.header, self.bullets, self.group = None, [], employer
            return employer
        if self.group is not None and _within(self.group, span):
            return self.group
        return None
