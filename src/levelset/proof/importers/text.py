"""Resumes as lines of text (Markdown, plain text, or text taken out of a PDF or DOCX).

The layout is read from common resume habits: a name and headline on top, section headings
(Summary, Experience, Skills, Projects...), positions as a title and company with a date
range, and bullets under each position.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from levelset.proof.dates import find_span
from levelset.proof.model import Bullet, Channel, Document, Origin, Position
from levelset.proof.safety import read_text


@dataclass(frozen=True)
class Line:
    """One line of a resume and where it was: line number, and a page or paragraph label."""

    number: int | None
    text: str
    where: str | None = None


_SECTIONS = {
    "summary": "summary",
    "profile": "summary",
    "about": "summary",
    "about me": "summary",
    "professional summary": "summary",
    "experience": "experience",
    "work experience": "experience",
    "professional experience": "experience",
    "employment": "experience",
    "employment history": "experience",
    "work history": "experience",
    "skills": "skills",
    "technical skills": "skills",
    "core skills": "skills",
    "projects": "projects",
    "selected projects": "projects",
    "publications": "projects",
    "open source": "projects",
    "achievements": "projects",
    "education": "other",
    "certifications": "other",
    "awards": "other",
    "interests": "other",
    "languages": "other",
    "contact": "other",
}
_BULLET = re.compile(r"^\s*(?:[-*•▪◦●‣+]|\d{1,2}[.)])\s+")
_CONTACT = re.compile(r"@|https?://|www\.|linkedin\.com|github\.com|\+?\d[\d ()-]{7,}")
_SPLIT = re.compile(r"\s+at\s+|\s*[|—–·@]\s*|\s+-\s+|,\s*|\s{2,}|\t")


def import_text_file(path: Path) -> Document:
    """A Markdown or plain-text resume."""
    text = read_text(path)
    lines = [Line(i, raw) for i, raw in enumerate(text.splitlines(), start=1)]
    return parse_resume(lines, path.name)


def parse_resume(lines: list[Line], source: str, channel: Channel = Channel.RESUME) -> Document:
    """Read a resume's structure from its lines."""
    clean = [Line(ln.number, _plain(ln.text), ln.where) for ln in lines]
    clean = [ln for ln in clean if ln.text]
    builder = _Builder(source, channel)
    for index, line in enumerate(clean):
        builder.feed(line, clean[index + 1] if index + 1 < len(clean) else None)
    return builder.finish()


def _plain(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # Markdown links keep their words
    text = text.replace("**", "").replace("__", "").replace("`", "")
    return text.strip()


def section_of(text: str) -> str | None:
    """The section a heading line opens, or None if it is not a heading."""
    key = text.lstrip("#").strip().rstrip(":").strip().lower()
    if len(key.split()) > 4:
        return None
    return _SECTIONS.get(key)


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def split_title_company(text: str) -> tuple[str, str]:
    """("Senior ML Engineer", "Acme") from "Senior ML Engineer, Acme" and similar."""
    parts = [p.strip(" ()[]") for p in _SPLIT.split(text) if p and p.strip(" ()[]")]
    if not parts:
        return "", ""
    return parts[0], parts[1] if len(parts) > 1 else ""


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
    open_bullet: bool = False

    def origin(self, line: Line) -> Origin:
        return Origin(self.source, line.number, line.where)

    def feed(self, line: Line, following: Line | None) -> None:
        heading = section_of(line.text) if not is_bullet(line.text) else None
        if heading is not None or (
            line.text.startswith("#") and self.section == "top" and self.top
        ):
            self._close_position()
            self.section = heading or "other"
            return
        handler = getattr(self, f"_in_{self.section}")
        handler(line, following)

    def _in_top(self, line: Line, following: Line | None) -> None:
        text = line.text.lstrip("#").strip()
        if find_span(text) and self.top:  # a resume without headings: experience starts here
            self.section = "experience"
            self._in_experience(line, following)
        elif not _CONTACT.search(text) or not self.top:
            self.top.append(_BULLET.sub("", text))

    def _in_summary(self, line: Line, following: Line | None) -> None:
        self.summary.append(_BULLET.sub("", line.text))

    def _in_skills(self, line: Line, following: Line | None) -> None:
        text = _BULLET.sub("", line.text)
        text = text.split(":", 1)[1] if ":" in text[:30] else text
        self.skills.extend(s.strip() for s in re.split(r"[,;|•·]", text) if s.strip())

    def _in_other(self, line: Line, following: Line | None) -> None:
        return None

    def _in_projects(self, line: Line, following: Line | None) -> None:
        if is_bullet(line.text):
            self.extra.append(Bullet(_BULLET.sub("", line.text), self.origin(line), self.channel))
        elif self.extra and not line.text.startswith("#") and _continues(self.extra[-1].text):
            last = self.extra[-1]
            self.extra[-1] = Bullet(f"{last.text} {line.text}", last.origin, self.channel)

    def _in_experience(self, line: Line, following: Line | None) -> None:
        text = line.text.lstrip("#").strip()
        if is_bullet(text):
            self._add_bullet(_BULLET.sub("", text), line)
        elif self.bullets and self.open_bullet and text[:1].islower():
            self._continue_bullet(text)
        elif find_span(text):
            self._start_position(text, line)
        elif following is not None and find_span(following.text) and not is_bullet(following.text):
            self._close_position()
            self.pending.append(Line(line.number, text, line.where))
        elif self.bullets and self.open_bullet:
            self._continue_bullet(text)
        elif self.header is not None and not self.bullets and _short_label(text):
            self._header_detail(text)
        elif self.header is not None:
            self._add_bullet(text, line)  # a description paragraph without a bullet sign

    def _continue_bullet(self, text: str) -> None:
        last = self.bullets[-1]
        self.bullets[-1] = Bullet(f"{last.text} {text}", last.origin, self.channel, last.position)
        self.open_bullet = _continues(self.bullets[-1].text)

    def _header_detail(self, text: str) -> None:
        """A short line under a position header: its company if missing, else a location."""
        assert self.header is not None
        if not self.header.company:
            company = split_title_company(text)[0]
            self.header = dataclasses.replace(self.header, company=company)

    def _add_bullet(self, text: str, line: Line) -> None:
        label = self.header.label if self.header else None
        self.bullets.append(Bullet(text, self.origin(line), self.channel, label))
        self.open_bullet = _continues(text)

    def _start_position(self, text: str, line: Line) -> None:
        self._close_position()
        found = find_span(text)
        assert found is not None
        span, match = found
        rest = (text[: match.start()] + " " + text[match.end() :]).strip(" ()[],|—–-")
        rest = re.sub(r"\(\s*\)", "", rest).strip(" ()[],|—–-")
        if self.pending:
            title, company = self._pending_header(rest)
            origin = self.origin(self.pending[0])
        else:
            title, company = split_title_company(rest)
            origin = self.origin(line)
        if company and _ROLE_WORD.search(company) and not _ROLE_WORD.search(title):
            title, company = company, split_title_company(title)[0]  # "Company" above "Title"
        self.pending = []
        self.header = Position(title, company, origin, span.start, span.end, span.current)

    def _pending_header(self, rest: str) -> tuple[str, str]:
        """Title and company from the lines above a date line ("Title, Company" on one line)."""
        first = self.pending[0].text
        if len(self.pending) > 1:
            return first, self.pending[1].text
        if rest:
            return first, split_title_company(rest)[0]
        return split_title_company(first)

    def _close_position(self) -> None:
        if self.header is not None:
            label = self.header.label
            bullets = tuple(Bullet(b.text, b.origin, b.channel, label) for b in self.bullets)
            self.positions.append(
                Position(
                    self.header.title,
                    self.header.company,
                    self.header.origin,
                    self.header.start,
                    self.header.end,
                    self.header.current,
                    bullets,
                )
            )
        elif self.bullets:
            self.extra.extend(self.bullets)
        self.header, self.bullets, self.open_bullet = None, [], False

    def finish(self) -> Document:
        self._close_position()
        name = self.top[0].lstrip("#").strip() if self.top else None
        headline = self.top[1] if len(self.top) > 1 else None
        summary_lines = self.summary or self.top[2:]
        return Document(
            source=self.source,
            channel=self.channel,
            name=name,
            headline=headline,
            summary=" ".join(summary_lines) or None,
            positions=tuple(self.positions),
            skills=tuple(dict.fromkeys(self.skills)),
            extra_bullets=tuple(self.extra),
        )


_ROLE_WORD = re.compile(
    r"\b(?:engineer|scientist|manager|analyst|developer|lead|director|researcher|intern|"
    r"architect|consultant|head|vp|specialist|designer|officer|founder|sre|programmer)s?\b",
    re.IGNORECASE,
)


def _short_label(text: str) -> bool:
    """A company, team or location line: a few words, no sentence, no number-led claim."""
    return len(text.split()) <= 8 and not text.rstrip().endswith((".", "!", "?"))


def _continues(text: str) -> bool:
    """A bullet that does not end a sentence probably wraps onto the next line."""
    return not text.rstrip().endswith((".", "!", "?", ";"))
