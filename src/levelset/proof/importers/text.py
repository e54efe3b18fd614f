"""Resumes as lines of text (Markdown, plain text, or text taken out of a PDF or DOCX).

The layout is read from common resume habits: a name and headline on top, section headings
(Summary, Experience, Skills, Projects...), positions as a title and company with a date
range (on the heading line, beside it, or on the line below), and bullets or short paragraphs
under each position. This module reads the sections; levelset.proof.importers.entries reads
the entries of the experience section.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from levelset.patterns import compiled
from levelset.proof.dates import find_date, is_date_text, mend_months
from levelset.proof.glyphs import join_hyphenated
from levelset.proof.habit import follow_habit
from levelset.proof.headers import role_score
from levelset.proof.importers.entries import EntryReader, titled_at
from levelset.proof.importers.entry_heads import names_grade
from levelset.proof.importers.entry_items import posts_over_items
from levelset.proof.importers.entry_lines import (
    CONTACT,
    bare_dates,
    dated_sentence,
    join_wrapped_headings,
    lists_after_dates,
    roles_unbulleted,
    span_of,
)
from levelset.proof.importers.entry_wraps import join_broken_lines
from levelset.proof.line_kinds import continues as _continues
from levelset.proof.line_looks import Looks
from levelset.proof.lines import BULLET, Line, is_bullet
from levelset.proof.model import Bullet, Channel, Document
from levelset.proof.safety import read_text, refuse
from levelset.proof.sections import (
    field_projects,
    leadership,
    loose_heading,
    section_of,
    shouted_heading,
    volunteering,
)
from levelset.proof.title_company import split_title_company

__all__ = [
    "Line",
    "import_text_file",
    "is_bullet",
    "parse_resume",
    "span_of",
    "split_title_company",
]


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
    clean = join_wrapped_headings(join_broken_lines([ln for ln in clean if ln.text or ln.dates]))
    clean = posts_over_items(roles_unbulleted(lists_after_dates(clean)))
    builder = _Builder(source, channel, looks=Looks.of(clean))
    builder.first_lines = {ln.number: ln.text for ln in clean if ln.number is not None}
    builder.repeated = {text for text, n in Counter(ln.text for ln in clean).items() if n > 1}
    for index, line in enumerate(clean):
        builder.after = clean[index + 2] if index + 2 < len(clean) else None
        builder.feed(line, clean[index + 1] if index + 1 < len(clean) else None)
    return builder.finish()


# a heading that names posts held ("CURRENT POSITION", "ACADEMIC APPOINTMENTS"): jobs may follow
_POSTS_WORD = compiled(
    r"\b(?:POSITIONS?|EXPERIENCES?|EMPLOYMENT|WORK|JOBS?|CAREER|APPOINTMENTS?|ROLES?)\b"
)
_SHOUTED_LABEL = compiled(r"[A-Z]{4,}(?: [A-Z]{4,})?:")  # "CERTIFICATIONS:", "RELEVANT COURSEWORK:"
_L_BAR = compiled(r"(?<=[\w.)]) l (?=[A-Z])")
_TIGHT_BAR = compiled(r"(?<=[^\s|])\|(?=\s)")


# "Graduate Research Assistant | Advisor: Prof. Tur": the advisor named after a bar or dash
# is a note on the post, not part of its title or an employer
_ADVISOR = compiled(
    r"(?<=\w)\s+[|–—]\s*(?:(?:research\s+)?advis[eo]rs?|supervisors?|mentors?|PI)\s*:\s[^|]*"
    r"|(?<=\w)\s+[|–—]\s*(?:advised|supervised|mentored)\s+by\s[^|]*",
    re.IGNORECASE,
)


_MARKDOWN_LINK = compiled(r"\[([^\]]*)\]\([^)]*\)")


def _plain(text: str) -> str:
    text = _MARKDOWN_LINK.sub(r"\1", text)  # Markdown links keep their words
    if not is_bullet(text):
        text = _ADVISOR.sub("", text)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    text = _TIGHT_BAR.sub(" |", text)  # "Senior Consultant| Deloitte": the bar sets parts apart
    text = _L_BAR.sub(" | ", text)  # "Hong Leong Bank l Remote": a lone "l" drawn for the bar
    return mend_months(text.strip())


_SKILL_SEPARATORS = compiled(r"[,;|•·\t]")


@dataclass
class _Builder(EntryReader):
    """A résumé read section by section; the experience section by the entry reader."""

    section: str = "top"
    top: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    first_lines: dict[int, str] = field(default_factory=dict)  # each line's text by number
    repeated: set[str] = field(default_factory=set)  # the texts of lines that stand twice or more
    interrupted: bool = False  # the section was opened right after the jobs' own section
    listed: int = 0  # short lines of a list read since then (a side column's skills)
    emptied: bool = False  # the jobs' heading stood over nothing before the next heading

    heading_sizes: set[float] = field(default_factory=set)  # the font sizes of its headings
    unpaid: bool = False  # the section is one of unpaid roles ("Volunteer Experience")
    extra_open: bool = False  # the last bullet of a projects section may go on below

    def feed(self, line: Line, following: Line | None) -> None:
        try:
            self._feed(line, following)
        finally:
            self.last = line

    def _feed(self, line: Line, following: Line | None) -> None:
        heading = self._heading(line, following)
        if heading is not None or (
            line.text.startswith("#") and self.section == "top" and self.top and not line.dates
        ):
            jobs_read = bool(self.positions) or self.header is not None
            self._close_position()  # a heading ends the bullet before it, whatever the
            self.pending, self.fed, self.extra_open = [], 0, False  # section ("Publications")
            # "Leadership (Experience)" after the jobs: a student's club roles, where only an
            # assistantship is a post (EntryState.clubs)
            self.clubs = leadership(line.text) and (
                heading == "other" or (heading == "experience" and jobs_read)
            )
            heading = "experience" if self.clubs else heading
            if heading == "experience" and self.lead:
                self.lead = None  # dates first on every entry of one section ("2019-2020
                # <tab> Instructor, UCB") says nothing of the next one's entries
            went_on = self.interrupted or (self.section == "experience" and heading == "skills")
            # "EXPERIENCE" over "SKILLS" with nothing between: a side column's heading read
            # into the jobs' place, whose entries come after it
            self.emptied = (
                self.emptied
                if self.interrupted
                else (
                    self.section == "experience"
                    and self.fed == 0
                    and heading in ("skills", "other")
                )
            )
            self.listed = self.listed if self.interrupted else 0
            self.interrupted = went_on and heading in ("skills", "other")
            self.section = heading or "other"
            self.unpaid = heading == "other" and volunteering(line.text)
            self.loose = heading == "experience" and loose_heading(line.text)
            return
        if self._resumes_experience(line, following):
            self.section = "experience"  # a sidebar's list read into the middle of the jobs
        handler = getattr(self, f"_in_{self.section}")
        handler(line, following)

    def _heading(self, line: Line, following: Line | None) -> str | None:
        """The section the line opens, if it is a section heading."""
        if line.dates or (is_bullet(line.text) and not self._bulleted_heading(line, following)):
            return None
        heading = section_of(BULLET.sub("", line.text))
        if heading is not None and self._in_body_list(line):
            return None  # "Community Leadership" in a job's list, in the list's own size
        smaller = following is None or following.size < line.size
        sized = bool(line.size) and line.size in self.heading_sizes and smaller  # as the others
        if heading is None and line.size and smaller and field_projects(line.text):
            heading = "experience"  # "Data Science & ML Projects": only entries naming a role
        if heading is None and sized:
            heading = shouted_heading(line.text)  # in the headings' own size
        if heading is None and self.looks.jobs_heading(line):
            heading = "experience"  # "ELECTRICAL ENGINEERING AND COMPUTER SCIENCE EXPERIENCE"
        if (
            heading is None
            and (self.top or self.section != "top")
            and self.looks.heading_like(line)
        ):
            heading = "other"  # "EDUCATIONAL BACKGROUND" in the look of the named headings
        if heading is None and self._unknown_heading(line, following):
            heading = "other"  # "PREPRINTS" in the bold capitals of "EXPERIENCE", body-sized
        if heading is not None and line.size:
            self.heading_sizes.add(line.size)
        if heading is not None and self.open_bullet and line.text[:1].islower():
            heading = None  # "interests" wrapped from the line above is no section heading
        inside = ("other", "projects", "skills")
        shouted = _SHOUTED_LABEL.fullmatch(BULLET.sub("", line.text).strip()) is not None
        labelled = line.text.rstrip().endswith(":") and not shouted
        if heading in inside and labelled and self.header and (not sized or self._repeated(line)):
            heading = None  # "Honors:", "Achievements:", "Skills:" over a list inside an entry
            # ("CERTIFICATIONS:", in capitals and two words or fewer, heads its section), in
            # the headings' size too where it stands again under another entry
        if heading == "experience" and self.at_form and volunteering(line.text):
            heading = "other"  # LinkedIn's "Volunteer Experience": unpaid roles, not its jobs
        return heading

    def _repeated(self, line: Line) -> bool:
        """ "Key achievements:" under each of several entries: a label the entries share, as
        no section heading stands twice."""
        return line.text in self.repeated

    def _unknown_heading(self, line: Line, following: Line | None) -> bool:
        """A line in the bold capitals and size of the named headings, set in the body's size
        ("PREPRINTS", "COURSE PROJECTS"), whose words no heading list knows: it ends the section
        above, so its entries are not read as jobs. Not where it names posts ("CURRENT
        POSITION"), nor over a dated line that needs it for an employer ("NORTHFIELD ROBOTICS"
        over "Software Engineer  2017 – 2019", or over its dates alone): a dated line that
        names both a title and an employer ("Lead Developer, SaaS CRM System") needs none."""
        if not (self.top or self.section != "top") or not self.looks.shouted_like(line):
            return False
        if _POSTS_WORD.search(line.text) is not None or following is None:
            return False
        dated = span_of(following)
        if dated is None:  # a title line over its dates on the next line takes it as employer
            return self.after is None or span_of(self.after) is None
        title, company = split_title_company(dated[1])
        return bool(title and company)

    def _bulleted_heading(self, line: Line, following: Line | None) -> bool:
        """ "● Projects": a heading drawn with a bullet before it, in capitals, in the size of
        the other headings or larger than the line below; not "• Languages:" over a list, nor
        "• Leadership" among "• Teamwork" and "• Research" in a list of skills (a short line
        with the same mark above or below)."""
        text = BULLET.sub("", line.text).strip()
        if text.endswith(":") or len(text.split()) > 3 or section_of(text) is None:
            return False
        mark = line.text.lstrip()[:1]
        for other in (self.last, following):
            if other is None or other.text.lstrip()[:1] != mark or not is_bullet(other.text):
                continue
            if len(BULLET.sub("", other.text).split()) <= 3:
                return False
        if text.isupper() or not line.size:
            return text.isupper()  # "• PROJECTS": set in capitals, whatever the sizes say
        larger = following is None or line.size > following.size
        return line.size in self.heading_sizes or larger  # the headings' size, or set above

    def _in_body_list(self, line: Line) -> bool:
        """A line that names a section ("Community Leadership") in the size of the line above
        it, well under the size the résumé's headings were set in: an item of a list."""
        last = self.last
        if not line.size or not self.heading_sizes or last is None or not last.size:
            return False
        if line.size > min(self.heading_sizes) - 1 or abs(last.size - line.size) >= 0.2:
            return False
        return section_of(last.text) is None and not is_bullet(last.text)

    def _resumes_experience(self, line: Line, following: Line | None) -> bool:
        """A side column's heading and its list of single words ("Skills" / "Vue" / "PHP"...),
        read between two parts of the jobs, ends where the next "Title at Company" heading
        stands over its dates: the jobs go on there."""
        if not self.interrupted or self.section == "experience" or self.unpaid:
            return False  # (LinkedIn's "Volunteer Experience" holds no jobs: none resume there)
        if self._job_line(line):
            return True
        if self.section == "other" and is_bullet(line.text) and find_date(line.text):
            self.interrupted = False  # "- Scholarship Judge, Fulbright Ecuador (2020)": dated
            return False  # items of a section of its own ("Service"), no side column's list
        if self.emptied and not self.positions and span_of(line) and not dated_sentence(line):
            return True  # the first dated entry under the side column's list: the jobs
        text = line.text.strip()
        if len(text.split()) <= 3 and not span_of(line) and not text.endswith((".", ":")):
            self.listed += 1
            return False
        if self.listed < 5 or not self.at_form or following is None:
            return False
        return titled_at(line) and bare_dates(following)

    def _job_line(self, line: Line) -> bool:
        """ "Big Data Architect, AIG Commercial – Apr 2014 - Aug 2015" after a side column's
        list broke into the jobs: a title, an employer and dates, as no list holds them."""
        dated = span_of(line)
        if dated is None or len(self.positions) < 2 or dated_sentence(line):
            return False
        if names_grade(line.text):
            return False  # "Brown University | Electrical Engineering Sc. B. | GPA: 3.9/4.0"
        title, company = split_title_company(dated[1])
        return bool(title and company) and role_score(title) > 0 >= role_score(company)

    def _in_top(self, line: Line, following: Line | None) -> None:
        text = line.text.lstrip("#").strip()
        if self.top and span_of(line) and not dated_sentence(line):
            self.section = "experience"  # a resume without headings: experience starts here
            self.fed = 1  # not right under a heading: it shows no habit of dates first
            self._in_experience(line, following)
        elif not CONTACT.search(text) or not self.top:
            self.top.append(BULLET.sub("", text))

    def _in_summary(self, line: Line, following: Line | None) -> None:
        self.summary.append(BULLET.sub("", line.text))

    def _in_skills(self, line: Line, following: Line | None) -> None:
        text = BULLET.sub("", line.text)
        text = text.split(":", 1)[1] if ":" in text[:30] else text
        label, _, rest = text.partition("\t")  # "Languages <tab> Python, SQL": a table's row
        if rest and "," in rest and "," not in label and len(label.split()) <= 3:
            text = rest
        self.skills.extend(s.strip() for s in _SKILL_SEPARATORS.split(text) if s.strip())

    def _in_other(self, line: Line, following: Line | None) -> None:
        return None

    def _in_projects(self, line: Line, following: Line | None) -> None:
        if is_bullet(line.text):
            self.extra.append(Bullet(BULLET.sub("", line.text), self.origin(line), self.channel))
            self.extra_open = True
        elif self.extra_open and not line.text.startswith("#") and _continues(self.extra[-1].text):
            last = self.extra[-1]
            text = join_hyphenated(last.text, line.text)
            self.extra[-1] = Bullet(text, last.origin, self.channel)

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


_NAME_END = compiled(r"\s{2,}|\s[|·•]\s")


def _name(line: str) -> str:
    """The first line without the contact details set beside the name."""
    first = _NAME_END.split(line.lstrip("#").strip())[0]
    return first.strip() or line.strip()


def _headline(candidates: list[str]) -> str | None:
    """The line under the name that says what the person does, not a lone skill or a place."""
    for text in candidates:
        if role_score(text) > 0:
            return text
    wordy = [t for t in candidates if len(t.split()) >= 3 and not is_date_text(t)]
    return wordy[0] if wordy else None
