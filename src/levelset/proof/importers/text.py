"""Resumes as lines of text (Markdown, plain text, or text taken out of a PDF or DOCX).

The layout is read from common resume habits: a name and headline on top, section headings
(Summary, Experience, Skills, Projects...), positions as a title and company with a date
range (on the heading line, beside it, or on the line below), and bullets or short paragraphs
under each position.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from levelset.proof.dates import (
    Span,
    find_date,
    find_span,
    is_date_text,
    is_location,
    strip_durations,
)
from levelset.proof.glyphs import join_hyphenated
from levelset.proof.habit import INHERITED, UNDECIDED, follow_habit
from levelset.proof.headers import (
    looks_like_place,
    order,
    parts_of,
    place_part,
    role_score,
    split_title_company,
    tidy,
    without_place,
)
from levelset.proof.line_kinds import AREA as _AREA
from levelset.proof.line_kinds import continues as _continues
from levelset.proof.line_kinds import sentence as _sentence
from levelset.proof.line_kinds import short_label as _short_label
from levelset.proof.lines import BULLET, Line, is_bullet
from levelset.proof.model import Bullet, Channel, Document, Origin, Position
from levelset.proof.safety import read_text, refuse
from levelset.proof.sections import section_of

__all__ = ["Line", "import_text_file", "is_bullet", "parse_resume", "split_title_company"]

_SEPARATED = re.compile(r"\s*[|•·—–]\s*|\s{2,}")
_LENGTH = re.compile(r"\(\s*(?:\d+\s+(?:years?|months?)|less than a)[^)]*\)", re.I)
_AT_FORM = re.compile(r"\S\s+at\s+[A-Z0-9]")  # "Title at Company", as LinkedIn writes it
_CONTACT = re.compile(r"@|https?://|www\.|linkedin\.com|github\.com|\+?\d[\d ()-]{7,}")


def import_text_file(path: Path) -> Document:
    """A Markdown or plain-text resume."""
    text = read_text(path)
    if not text.strip():
        raise refuse(path, "the file is empty: nothing to import", "a resume with text")
    lines = [Line(i, raw) for i, raw in enumerate(text.splitlines(), start=1)]
    return parse_resume(lines, path.name)


def parse_resume(lines: list[Line], source: str, channel: Channel = Channel.RESUME) -> Document:
    """Read a resume's structure from its lines."""
    clean = [dataclasses.replace(ln, text=_plain(ln.text)) for ln in lines]
    clean = [ln for ln in clean if ln.text or ln.dates]
    builder = _Builder(source, channel)
    builder.first_lines = {ln.number: ln.text for ln in clean if ln.number is not None}
    for index, line in enumerate(clean):
        builder.after = clean[index + 2] if index + 2 < len(clean) else None
        builder.feed(line, clean[index + 1] if index + 1 < len(clean) else None)
    return builder.finish()


def _plain(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # Markdown links keep their words
    text = text.replace("**", "").replace("__", "").replace("`", "")
    return text.strip()


def span_of(line: Line) -> tuple[Span, str] | None:
    """The line's dates and the heading text left beside them, if the line is dated."""
    if line.dates:
        found = find_date(line.dates)
        return (found[0], line.text) if found else None
    text = line.text.lstrip("#").strip()
    found = find_span(text)
    if found is None and not is_bullet(text) and len(text.split()) <= 12:
        found = _trailing_date(text)
    if found is None:
        return None
    span, match = found
    return span, (text[: match.start()] + "  " + text[match.end() :]).strip()


def _trailing_date(text: str) -> tuple[Span, re.Match[str]] | None:
    """A single date closing a short heading ("Software Engineer Intern  Summer 2022")."""
    found = find_date(text)
    if found is None or text[found[1].end() :].strip(" )|,."):
        return None
    before = text[: found[1].start()]
    return found if (not before.strip() or re.search(r"(\s{2}|[|,•·–—-])\s*$", before)) else None


@dataclass
class _Builder:
    source: str
    channel: Channel
    section: str = "top"
    top: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
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
    first_lines: dict[int, str] = field(default_factory=dict)  # each line's text by number

    def origin(self, line: Line) -> Origin:
        return Origin(self.source, line.number, line.where)

    def feed(self, line: Line, following: Line | None) -> None:
        heading = section_of(line.text) if not is_bullet(line.text) and not line.dates else None
        if heading is not None and self.open_bullet and line.text[:1].islower():
            heading = None  # "interests" wrapped from the line above is no section heading
        if heading is not None or (
            line.text.startswith("#") and self.section == "top" and self.top and not line.dates
        ):
            self._close_position()
            self.pending = []
            self.section = heading or "other"
            return
        handler = getattr(self, f"_in_{self.section}")
        handler(line, following)

    def _in_top(self, line: Line, following: Line | None) -> None:
        text = line.text.lstrip("#").strip()
        if self.top and span_of(line):
            self.section = "experience"  # a resume without headings: experience starts here
            self._in_experience(line, following)
        elif not _CONTACT.search(text) or not self.top:
            self.top.append(BULLET.sub("", text))

    def _in_summary(self, line: Line, following: Line | None) -> None:
        self.summary.append(BULLET.sub("", line.text))

    def _in_skills(self, line: Line, following: Line | None) -> None:
        text = BULLET.sub("", line.text)
        text = text.split(":", 1)[1] if ":" in text[:30] else text
        self.skills.extend(s.strip() for s in re.split(r"[,;|•·]", text) if s.strip())

    def _in_other(self, line: Line, following: Line | None) -> None:
        return None

    def _in_projects(self, line: Line, following: Line | None) -> None:
        if is_bullet(line.text):
            self.extra.append(Bullet(BULLET.sub("", line.text), self.origin(line), self.channel))
        elif self.extra and not line.text.startswith("#") and _continues(self.extra[-1].text):
            last = self.extra[-1]
            text = join_hyphenated(last.text, line.text)
            self.extra[-1] = Bullet(text, last.origin, self.channel)

    def _in_experience(self, line: Line, following: Line | None) -> None:
        self.following = following
        if line.number is not None and line.number == self.swallowed:
            return  # the second half of a wrapped heading, already joined to the first
        self.after_dates, after_dates = False, self.after_dates
        text = line.text.lstrip("#").strip()
        dated = span_of(line)
        if self.bullets and self.open_bullet and text[:1].islower() and dated is None:
            self._continue_bullet(text)
        elif dated is not None and not (is_bullet(text) and not line.place and self.header):
            self._start_position(dated, line)
        elif self._place_line(text, after_dates):
            assert self.header is not None
            self.header = dataclasses.replace(self.header, location=text)
        elif following is not None and self._heads_wrapped(line, following):
            self._close_position()
            joined = f"{text} {following.text.strip()}"
            self.pending.append(Line(line.number, joined, line.where, "", line.place))
            self.swallowed = following.number
        elif _heads_entry(line, following) or self._heads_two_line_entry(line, following):
            self._close_position()
            self.pending.append(Line(line.number, BULLET.sub("", text), line.where, "", line.place))
        elif is_bullet(text):
            self._add_bullet(BULLET.sub("", text), line)
        elif self.bullets and self.open_bullet:
            self._continue_bullet(text)
        elif self.header is not None and not self.bullets and _short_label(text):
            self._header_detail(text, line.place)
        elif self.header is not None:
            self._add_bullet(text, line)  # a description paragraph without a bullet sign

    def _place_line(self, text: str, after_dates: bool = False) -> bool:
        """The city under a stacked heading: "2018–2024 Siemens" / "Data Scientist" / "Erlangen"."""
        header = self.header
        if header is None or self.bullets or header.location:
            return False
        if not self.details:  # "Jan 2020 - Present (5 years)" over "San Francisco, California"
            return after_dates and (is_location(text) or bool(_AREA.fullmatch(text)))
        return looks_like_place(text) or is_location(text)

    def _heads_two_line_entry(self, line: Line, following: Line | None) -> bool:
        """ "Company • City" over "Title" over the dates: the first of two heading lines."""
        if following is None or self.after is None or span_of(following) is not None:
            return False
        if self.header is not None and not self.bullets and not self.header.company:
            return False  # the heading above still wants its title or company: this line
        label = not is_bullet(following.text) and _short_label(following.text)
        placed = bool(line.place) or len(parts_of(line.text)) < len(_SEPARATED.split(line.text))
        alone = all(split_title_company(following.text))  # "Title at Company" needs no line above
        ended = bool(self.bullets) and not self.open_bullet and not _CONTACT.search(line.text)
        closed = not alone or ended  # the paragraph above ended: this line is a company
        placed = placed or (_short_label(line.text) and _bare_dates(self.after) and closed)
        return label and placed and not is_bullet(line.text) and _heads_entry(following, self.after)

    def _heads_wrapped(self, line: Line, following: Line | None) -> bool:
        """ "Engineer at The Aerospace" / "Corporation" / the dates: one heading in two lines."""
        after = self.after
        if following is None or after is None or span_of(following) or not span_of(after):
            return False
        if is_bullet(following.text) or len(following.text.split()) > 4:
            return False
        text = line.text
        return bool(_AT_FORM.search(text)) and not is_bullet(text) and not _sentence(text)

    def _continue_bullet(self, text: str) -> None:
        last = self.bullets[-1]
        joined = join_hyphenated(last.text, text)
        self.bullets[-1] = Bullet(joined, last.origin, self.channel, last.position)
        self.open_bullet = _continues(joined)

    def _header_detail(self, text: str, beside: str = "") -> None:
        """A short line under a position heading: its title, its company, or its place."""
        assert self.header is not None
        label, tail = without_place(text)
        if not label or is_date_text(label):
            return
        if not self.header.location and (beside or tail):  # "Klarna      Stockholm, Sweden"
            self.header = dataclasses.replace(self.header, location=beside or tail)
        header = self.header
        if not header.company:
            title, company = order(header.title, label)
            self.header = _with(header, title, company)
        elif not self.pending_used and role_score(label) > role_score(header.title):
            self.header = _with(header, label, without_place(self.header_text)[0])
        elif not self.pending_used and not self.details and _named_below(header, label, beside):
            self.header = _with(header, without_place(self.header_text)[0], label)
        self.pending_used = True
        self.details += 1

    pending_used: bool = False
    details: int = 0  # short lines under the heading taken as its title or company

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
        name, tail = without_place(rest)
        place, rest = (tail, name) if tail and name else (line.place, rest)
        if is_location(rest) or (len(self.pending) > 1 and looks_like_place(rest)):
            place, rest = rest, ""  # "Jan 2021 – Present | Berlin": the date line's place
        place = place or next((p.place for p in self.pending if p.place), "")
        place = place or next(filter(None, (place_part(p.text) for p in self.pending)), "")
        if self.pending:
            title, company = self._pending_header(rest)
            origin = self.origin(self.pending[0])
        else:
            title, company = split_title_company(rest)
            origin = self.origin(line)
            place = place or without_place(rest)[1] or place_part(rest)
        self.after_dates = bool(_LENGTH.search(f"{line.text} {line.dates}"))  # LinkedIn's form
        if (
            self.after_dates
            and not company
            and self.positions
            and role_score(title) > 0
            and len(self.pending) < 2
            and not _company_follows(self.following, self.after)
        ):
            company, self.inherited = self.positions[-1].company, True  # a role in a group
        self.pending_used = bool(self.pending)
        self.pending = []
        self.details = 0
        self.header_text = rest
        self.header = Position(
            title, company, origin, span.start, span.end, span.current, (), place, span.precision
        )

    def _pending_header(self, rest: str) -> tuple[str, str]:
        """Title and company from the lines above a date line, and the date line's own text."""
        first = self.pending[-2] if len(self.pending) > 1 and not rest else self.pending[-1]
        second = self.pending[-1].text if first is not self.pending[-1] else rest
        if not second:
            return split_title_company(first.text)
        name = without_place((parts_of(first.text) or [first.text])[0])[0]
        other, _ = without_place(second)
        return order(name, other, first_is_title=not first.place)

    def _close_position(self) -> None:
        if self.header is not None:
            label = self.header.label
            bullets = tuple(Bullet(b.text, b.origin, b.channel, label) for b in self.bullets)
            header = self.header
            guesses = _guesses(header) + (INHERITED,) * self.inherited
            self.inherited = False
            self.positions.append(dataclasses.replace(header, bullets=bullets, guesses=guesses))
        elif self.bullets:
            self.extra.extend(self.bullets)
        self.header, self.bullets, self.open_bullet = None, [], False

    def finish(self) -> Document:
        self._close_position()
        name = _name(self.top[0]) if self.top else None
        headline = _headline(self.top[1:4])
        rest = [t for t in self.top[1:] if t != headline]
        summary_lines = self.summary or [t for t in rest if len(t.split()) > 6]
        return Document(
            source=self.source,
            channel=self.channel,
            name=name,
            headline=headline,
            summary=" ".join(summary_lines) or None,
            positions=follow_habit(self.positions, self.first_lines),
            skills=tuple(dict.fromkeys(self.skills)),
            extra_bullets=tuple(self.extra),
        )


def _name(line: str) -> str:
    """The first line without the contact details set beside the name."""
    first = re.split(r"\s{2,}|\s[|·•]\s", line.lstrip("#").strip())[0]
    return first.strip() or line.strip()


def _headline(candidates: list[str]) -> str | None:
    """The line under the name that says what the person does, not a lone skill or a place."""
    for text in candidates:
        if role_score(text) > 0:
            return text
    wordy = [t for t in candidates if len(t.split()) >= 3 and not is_date_text(t)]
    return wordy[0] if wordy else None


def _with(position: Position, title: str, company: str) -> Position:
    return dataclasses.replace(position, title=title, company=company)


def _guesses(position: Position) -> tuple[str, ...]:
    """What the reader decided without plain evidence, for the user to check."""
    found = []
    if not position.company:
        found.append("no company found")
    elif role_score(position.title) == role_score(position.company):
        found.append(UNDECIDED)
    if not position.title:
        found.append("no title found")
    return tuple(found)


def _named_below(header: Position, label: str, beside: str = "") -> bool:
    """ "Staff Engineer, Payments" over "Paystack   Lagos": the comma was inside the title, and
    the company is the line below (with its place beside it), not a place or a team."""
    title, company = header.title, header.company
    if not company or role_score(company) != 0 or role_score(title) <= 0:
        return False
    place = is_location(label) or (looks_like_place(label) and not beside)
    if not header.label.endswith(company) or place:
        return False
    if len(label.split()) > 5 or any(c.isdigit() for c in label) or not label[:1].isupper():
        return False  # a line of the description, not a name
    return role_score(label) <= 0 and not _TEAM_WORD.search(label)


_TEAM_WORD = re.compile(r"\b(?:team|group|squad|division|department|unit)\b", re.IGNORECASE)


def _company_follows(following: Line | None, after: Line | None) -> bool:
    """The line under a title's dates names its company: a short label over the entry's text."""
    if following is None or is_bullet(following.text) or span_of(following):
        return False
    if is_location(following.text) or not _short_label(following.text):
        return False
    return after is None or is_bullet(after.text) or not _short_label(after.text)


def _bare_dates(line: Line) -> bool:
    """A line that holds an entry's dates and perhaps its place, but no title or company."""
    dated = span_of(line)
    if dated is None or is_bullet(line.text):
        return False
    rest = tidy(strip_durations(dated[1]))
    return not rest or is_location(rest) or looks_like_place(rest)


def _heads_entry(line: Line, following: Line | None) -> bool:
    """A heading line whose dates come on the next line ("Company" over "Title  2019 – 2021")."""
    if following is None or span_of(following) is None:
        return False
    if is_bullet(following.text) and not following.place:
        return False
    text = BULLET.sub("", line.text)
    if not text or len(text.split()) > 14 or _sentence(text):
        return False
    return not is_bullet(line.text) or bool(line.place)
