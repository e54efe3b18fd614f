"""The state of an experience section being read: the open position, its heading lines and
bullets, and how a position is closed into the list of positions found."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from levelset.patterns import compiled
from levelset.proof.dates import Span
from levelset.proof.glyphs import join_hyphenated
from levelset.proof.habit import INHERITED, UNDECIDED
from levelset.proof.headers import names_role, role_score
from levelset.proof.importers.entry_glued import GLUED, title_then_employer
from levelset.proof.importers.entry_heads import (
    doubted,
    guesses,
    named,
    no_job,
    roleless,
    unfounded,
)
from levelset.proof.importers.entry_lines import CITED
from levelset.proof.importers.entry_nonjobs import club_office, names_degree
from levelset.proof.importers.entry_training import is_training, names_training
from levelset.proof.line_kinds import continues as _continues
from levelset.proof.line_looks import Looks
from levelset.proof.lines import Line, is_bullet
from levelset.proof.model import Bullet, Channel, Origin, Position

_DEGREE = compiled(
    r"(?:[BM]\.\s?(?:S|A|Sc|Eng|E|F\.\s?A|Tech)\.?|Ph\.\s?D\.?|PhD|MBA|M\.B\.A\.|BSc|MSc|MFA|BFA|"
    r"BEng|MEng|B\.?Tech|M\.?Tech|(?:Bachelor|Master)(?:'s|’s|s)?\s+(?:of|in|degree)|Doctor\s+of)"
    r"(?![\w.])"
)
# a degree that names the role held while reading for it ("PhD Student", "PhD Candidate",
# "MBA Intern"): a post dated like a job, under the jobs' heading, not a degree set out as one
_DEGREE_ROLE = compiled(
    r"(?:Ph\.\s?D\.?|PhD|MBA|M\.B\.A\.|MSc|M\.\s?S\.?)\s+"
    r"(?i:student|candidate|researcher|intern|fellow)(?![\w-])"
)


# a person named by an academic title or degree ("Professor Jane Roe, PhD", "Dr. Ana Ruiz"):
# the one who supervised the work, never the title of a position
_PERSON = compiled(
    r"(?:(?:Professor|Prof\.|Dr\.)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z“\"(][\w.'’“”\")-]*){1,3}"
    r",\s*(?:Ph\.?\s?D\.?|M\.?D\.?|D\.?Phil\.?)"
    r"|(?:Professor|Prof\.|Dr\.)\s+[A-Z][\w.'’-]*(?:\s+[A-Z“\"(][\w.'’“”\")-]*){1,3}"
)

# "Graduate Research Assistant | Advisor: Prof. Gokhan Tur", "Research Assistant, supervised by
# Prof. Ada Brook", "Research assistant to Prof Min Chen": the supervisor named after the title
_ADVISED = compiled(
    r"\s*(?:[|,;–—]|\s-\s|\()\s*"
    r"(?:(?:advis[oe]rs?|supervisors?|mentors?|pi)\s*:|(?:supervised|advised|mentored)\s+by\b).*$"
    r"|\s+to\s+(?:prof\.?|professor|dr\.?)\s.*$",  # "Research assistant to Prof Min Chen;"
    re.IGNORECASE,
)

# a word only an organisation's name carries: what follows a title's comma is its employer then
_INSTITUTION = compiled(
    r"\b(?:universit\w*|universidad|college|school|institute|instituto|inc|ltd|llc|corp\w*|"
    r"company|bank|hospital|foundation|gmbh|plc)\b",
    re.IGNORECASE,
)


def _unadvised(header: Position) -> Position:
    """The position without the advisor or supervisor its title line names after the title."""
    title = _ADVISED.sub("", header.title)
    return dataclasses.replace(header, title=title) if title and title != header.title else header


def _title_in_bullet(header: Position, bullets: list[Bullet]) -> tuple[Position, list[Bullet]]:
    """ "NORTHEASTERN UNIVERSITY" over "Department of Psychology ... Laboratory" and its years,
    then "● Graduate Research Assistant" over "● Primary Investigator: ...": an academic CV
    names the post in a short bullet under the institution and its department (both read as
    organisations); that bullet is the title."""
    if not header.title or not header.company:
        return header, bullets
    if role_score(header.title) >= 0 or role_score(header.company) >= 0:
        return header, bullets
    for index, bullet in enumerate(bullets[:2]):
        text = bullet.text.strip()
        words = text.split()
        if (
            words
            and len(words) <= 6
            and text[:1].isupper()
            and role_score(text) > 0
            and not _NOT_A_TITLE.search(text)
        ):
            rest = bullets[:index] + bullets[index + 1 :]
            return dataclasses.replace(header, title=text), rest
    return header, bullets


def _held_again(position: Position, stints: tuple[Span, ...]) -> list[Position]:
    """The post again for each later stint its date line wrote after a real gap (the same
    title, employer and place; its bullets stay with the first stint)."""
    return [
        dataclasses.replace(
            position,
            start=s.start,
            end=s.end,
            current=s.current,
            precision=s.precision,
            bullets=(),
        )
        for s in stints
    ]


# a paid post a student holds beside clubs under "Leadership": "Graduate Assistant, Center for
# Cybersecurity, NYU" is a job there, "Vice Chairman, IBM Technical Club" is not
_ASSISTANTSHIP = compiled(r"(?i:\b(?:graduate|undergraduate|research)\s+assistant\b)")
_NOT_A_TITLE = compiled(r"[:\d]|\.$")  # "Primary Investigator: ...", a sentence, a figure


@dataclass
class EntryState:
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
    single: bool = False  # the open position's dates were one date, written once
    loose: bool = False  # the heading names no jobs ("Research"): a title must name a role
    stacked: bool = False  # ... each on its own line over a line of dates alone (LinkedIn's older)
    glued: bool = False  # the open position's title and company had nothing between them
    labelled: bool = False  # the open position's title was given after a label ("Role: ...")
    group: Position | None = None  # the employer whose labelled titles are being read
    trained: bool = False  # the entry just closed was training set out like a job
    described: bool = False  # employers head their roles over a sentence on what they do
    last: Line | None = None  # the line fed before this one
    looks: Looks = field(default_factory=Looks)  # where its heads start on the page
    opener: Line | None = None  # the dated line that opened the last position
    clubs: bool = False  # the section holds club roles ("Leadership" after the jobs)
    stints: tuple[Span, ...] = ()  # the open position's later stints, written on its date line

    def set_above(self, line: Line) -> bool:
        """The line is in a larger type than the line before it: it starts something (a
        heading line), it goes on with nothing ("iOS Application Pentesting Intern" in the
        titles' size under a job's last line of description)."""
        last = self.last
        return bool(line.size and last is not None and line.size > last.size + 0.3 > 0.3)

    def origin(self, line: Line) -> Origin:
        return Origin(self.source, line.number, line.where)

    def _continue_bullet(self, text: str) -> None:
        last = self.bullets[-1]
        joined = join_hyphenated(last.text, text)
        self.bullets[-1] = Bullet(joined, last.origin, self.channel, last.position)
        self.open_bullet = _continues(joined)

    def _add_bullet(self, text: str, line: Line) -> None:
        if not text:
            return  # a lone mark ("#", "-") says nothing
        label = self.header.label if self.header else None
        self.bullets.append(Bullet(text, self.origin(line), self.channel, label))
        self.open_bullet = _continues(text)

    def _employer_above(self, header: Position) -> Position:
        """ "■ Senior Engineer  2020 – 2022" under the role above it, with no employer line of
        its own: another role at the employer above (simple-resume-cv lists roles as bullets
        under the employer's name)."""
        if header.company or self.at_form or not self.positions or role_score(header.title) <= 0:
            return header
        above = self.positions[-1]
        if not above.company or self.lead or not self.inheritable():
            return header
        self.inherited = True
        return dataclasses.replace(header, company=above.company)

    def _titled_as_above(self, header: Position) -> Position:
        """ "Software Engineer, Oracle Applications" under "Senior Software Engineer, Oracle
        Applications" at the same employer: the words after the comma end the title above too,
        so they are part of this title (its product line or team), not another employer."""
        if not header.company or not self.positions or not self.inheritable():
            return header
        above = self.positions[-1]
        if not above.company or not above.title.endswith(f", {header.company}"):
            return header
        if _INSTITUTION.search(header.company):
            return header  # ", Universidad Espíritu Santo" after both titles: the employer
        if above.title == f"{header.title}, {header.company}":
            return header  # the same title again: no second role to read
        title = f"{header.title}, {header.company}"
        place = header.location or above.location
        return dataclasses.replace(header, title=title, company=above.company, location=place)

    def inheritable(self) -> bool:
        """A position above whose employer a role below may take: not a bootcamp's name, and
        not across a training entry left out (the role is not at the job above it)."""
        return bool(self.positions) and not self.trained and not names_training(self.positions[-1])

    def _place_above(self, header: Position) -> Position:
        """A role that took the company of the entry above, with no place of its own, is at
        that entry's place ("Safaricom PLC, Nairobi" over two dated titles)."""
        if not self.inherited or header.location or not self.positions:
            return header
        above = self.positions[-1]
        same = above.company == header.company
        return dataclasses.replace(header, location=above.location) if same else header

    def _unglued_at_close(self, header: Position) -> Position:
        """ "Systems Developer DIRAM" with no employer found anywhere in its entry: a title with
        its employer glued on, read apart where the title's role words end."""
        if header.company:
            return header
        title, company = title_then_employer(header.title)
        self.glued = self.glued or bool(company)
        return dataclasses.replace(header, title=title, company=company) if company else header

    def _drawn_again(self, header: Position) -> bool:
        """The position just read has the title, employer and dates of the one read before it:
        one job whose heading the page repeats (Canva draws it again over its last bullets)."""
        if not self.positions or header.start is None:
            return False
        last = self.positions[-1]
        same = (last.title, last.company, last.start, last.end, last.current)
        return same == (header.title, header.company, header.start, header.end, header.current)

    def _set_apart(self) -> bool:
        """The dated line that opened the entry begins in bold ("**Mentor** The Orbital
        Outreach Trust  August 2019"): its face, not its words, told the title apart; or it
        reads as a reference does ("Lockheed Martin. (Summer 2022)"): the name is the
        employer's."""
        opener = self.opener
        return opener is not None and (opener.bold or CITED.search(opener.text) is not None)

    def _bulleted_roleless(self) -> bool:
        """A bullet that opened the entry with its own dates, no line above it taken, and
        neither an employer nor a role ("- Introductory Sociology (May-June 2020)" under a
        teaching post): a thing done within a post, not a post."""
        opener = self.opener
        bulleted = opener is not None and is_bullet(opener.text) and not self.pending_used
        return bulleted and self.header is not None and roleless(self.header)

    def _close_position(self) -> None:
        if self.header is not None:
            self.header, self.bullets = _title_in_bullet(self.header, self.bullets)
        if self.header is not None and (
            not named(self.header)
            or (_DEGREE.match(self.header.title) and not _DEGREE_ROLE.match(self.header.title))
            or _DEGREE.match(self.header.company)  # "Stanford University | B.S. Economics"
            or (names_degree(self.header) and not _DEGREE_ROLE.match(self.header.title))
            or club_office(self.header)  # "President | International Club"
            or no_job(self.header)
            or unfounded(self.header, self.single)
            or (doubted(self.header, self.single) and not self._set_apart())
            or self._bulleted_roleless()
        ):  # dates alone, or a degree set out like a job, are no position: its lines stay text
            self.header = None  # (its bullets go to the extra lines below)
        if self.header is not None and self.loose and not names_role(self.header.title):
            self.header = None  # "Offline RL for Building Control" under "Research": a project
        if self.header is not None and self.clubs and not _ASSISTANTSHIP.search(self.header.title):
            self.header, self.bullets = None, []  # "Vice Chairman, IBM Club": a club's office
        if self.header is not None and _PERSON.fullmatch(self.header.title):
            self.header = None  # "Professor Geoffrey Fox, PhD" over a study: its supervisor
        if self.header is not None and is_training(self.header, (b.text for b in self.bullets)):
            self.header, self.trained = None, True  # a bootcamp or training programme
        if self.header is not None:
            label = self.header.label
            bullets = tuple(Bullet(b.text, b.origin, b.channel, label) for b in self.bullets)
            header = self._unglued_at_close(_unadvised(self.header))
            header = self._employer_above(self._titled_as_above(header))
            found = guesses(header, self.single) + (INHERITED,) * self.inherited
            found += (GLUED,) * self.glued
            found = tuple(g for g in found if not (self.labelled and g == UNDECIDED))
            header = self._place_above(header)
            self.inherited = False
            if self._drawn_again(header):  # a job's heading set again atop the next page
                last = self.positions[-1]
                self.positions[-1] = dataclasses.replace(last, bullets=last.bullets + bullets)
            else:
                self.positions.append(dataclasses.replace(header, bullets=bullets, guesses=found))
                self.positions.extend(_held_again(self.positions[-1], self.stints))
            self.trained = False
        elif self.bullets:
            self.extra.extend(self.bullets)
        self.header, self.bullets, self.open_bullet = None, [], False
        self.labelled = self.glued = False
        self.stints = ()
