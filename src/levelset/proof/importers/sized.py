"""Entries told apart by font size: the company, the title and the dates each in its own size.

LinkedIn's own profile PDF (its 2025 layout) stacks every entry as the company (a line or two,
the largest), the title (a line or two, a size smaller) and the dates and place in the body
size; several roles at one company share one company line. Some Chromium templates
(best-resume-ever's "cool") stack the title over the company the same way. Words alone cannot
tell a title that wraps onto a second line from a company over its title, nor a company from
a place; the sizes can. Where every dated entry of the experience section shows two heading
sizes over body-size dates, its positions are read by size: which of the two sizes is the
title is read from the words of all the entries together. Any other résumé is left to the
reader of words.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from levelset.proof.dates import find_span, strip_durations
from levelset.proof.glyphs import join_hyphenated
from levelset.proof.headers import role_score
from levelset.proof.importers.entry_heads import guesses, named, no_job
from levelset.proof.importers.entry_training import is_training
from levelset.proof.line_kinds import AREA, continues
from levelset.proof.lines import BULLET, Line, is_bullet
from levelset.proof.locations import is_location
from levelset.proof.model import Bullet, Channel, Origin, Position
from levelset.proof.sections import section_of

_SAME = 0.2  # points: two sizes closer than this are one size
_MIN_ENTRIES = 2


@dataclass(frozen=True)
class _Sizes:
    upper: float  # the first heading line of an entry (LinkedIn: the company)
    lower: float  # the heading line just over the dates (LinkedIn: the title)
    body: float
    title_first: bool = False  # the upper size is the title's


def sized_positions(
    lines: list[Line], source: str, channel: Channel = Channel.RESUME
) -> tuple[Position, ...] | None:
    """The experience section's positions read by size, or None where the sizes do not tell."""
    section = _experience(lines)
    if section is None:
        return None
    sizes = _sizes(section)
    if sizes is None:
        return None
    return tuple(_Reader(source, channel, sizes).read(section))


def _experience(lines: list[Line]) -> list[Line] | None:
    """The lines under the experience heading, up to the next heading of the same size.

    The heading is the largest line that names the section ("Research" in a list of skills
    is not it)."""
    found = [i for i, ln in enumerate(lines) if ln.size and section_of(ln.text) == "experience"]
    if not found:
        return None
    start = max(found, key=lambda i: (lines[i].size, -i))
    heading = lines[start].size
    out = []
    for line in lines[start + 1 :]:
        if abs(line.size - heading) < _SAME and section_of(line.text) is not None:
            break
        out.append(line)
    return out


def _bare_span(line: Line) -> bool:
    """A line that is a date range and nothing else ("May 2010 - Present (15 years)")."""
    text = line.dates or line.text
    found = find_span(text)
    if found is None or line.place or (line.dates and line.text):
        return False
    rest = text[: found[1].start()] + text[found[1].end() :]
    return not strip_durations(rest).strip(" ·-–—()")


def _sizes(section: list[Line]) -> _Sizes | None:
    """The company, title and body sizes, if every dated entry shows them."""
    dated = [i for i, ln in enumerate(section) if _bare_span(ln)]
    if len(dated) < _MIN_ENTRIES or dated[0] == 0:
        return None
    body = Counter(section[i].size for i in dated).most_common(1)[0][0]
    lowers = [section[i - 1].size for i in dated]
    lower = Counter(lowers).most_common(1)[0][0]
    if body <= 0 or lower - body < _SAME or any(abs(t - lower) >= _SAME for t in lowers):
        return None
    if any(abs(section[i].size - body) >= _SAME for i in dated):
        return None
    above = [section[i].size for i in range(len(section)) if section[i].size - lower >= _SAME]
    if not above:
        return None
    upper = Counter(above).most_common(1)[0][0]
    heads = [i for i in range(len(section)) if abs(section[i].size - upper) < _SAME]
    if not heads or heads[0] != 0 or len(heads) > 2 * len(dated):
        return None  # the section opens with an entry's heading, and headings are not text
    words = {
        level: sum(role_score(ln.text) for ln in section if abs(ln.size - level) < _SAME)
        for level in (upper, lower)
    }
    return _Sizes(upper, lower, body, title_first=words[upper] > words[lower])


class _Reader:
    def __init__(self, source: str, channel: Channel, sizes: _Sizes) -> None:
        self.source, self.channel, self.sizes = source, channel, sizes
        self.upper = ""
        self.lower = ""
        self.head: Line | None = None  # the first heading line of the open entry
        self.open: Position | None = None
        self.bullets: list[str] = []
        self.bullet_lines: list[Line] = []
        self.placed = False  # the line after the dates was read (as a place or as text)

    def _is(self, line: Line, size: float) -> bool:
        return abs(line.size - size) < _SAME

    def read(self, section: list[Line]) -> Iterator[Position]:
        previous: str = ""
        for line in section:
            kind = self._kind(line)
            if kind == "upper":
                yield from self._close()
                joined = previous == "upper" and self.upper
                self.upper = join_hyphenated(self.upper, line.text) if joined else line.text
                self.lower = ""
                self.head = self.head if joined else line
            elif kind == "lower":
                yield from self._close()
                if previous == "lower" and self.lower:
                    self.lower = join_hyphenated(self.lower, line.text)
                else:
                    self.lower = line.text
                    self.head = self.head if previous == "upper" else line
            elif kind == "dates":
                yield from self._close()
                self._open(line)
            elif self.open is not None:
                self._text(line)
            previous = kind
        yield from self._close()

    def _kind(self, line: Line) -> str:
        if self._is(line, self.sizes.upper) and not _bare_span(line):
            return "upper"
        if self._is(line, self.sizes.lower) and not _bare_span(line):
            return "lower"
        if _bare_span(line) and self.lower:
            return "dates"
        return "text"

    def _open(self, line: Line) -> None:
        found = find_span(line.dates or line.text)
        assert found is not None
        span = found[0]
        head = self.head or line
        upper, lower = self.upper.strip(), self.lower.strip()
        title, company = (upper, lower) if self.sizes.title_first else (lower, upper)
        self.open = Position(
            title,
            company,
            Origin(self.source, head.number, head.where),
            span.start,
            span.end,
            span.current,
            (),
            "",
            span.precision,
        )
        self.open = dataclasses.replace(self.open, guesses=guesses(self.open))
        self.lower, self.head = "", None
        if self.sizes.title_first:
            self.upper = ""  # a title heads one entry; a company may head several
        self.placed = False

    def _text(self, line: Line) -> None:
        assert self.open is not None
        text = line.text.strip()
        if not self.placed:
            self.placed = True
            if is_location(text) or AREA.fullmatch(text):
                self.open = dataclasses.replace(self.open, location=text)
                return
        if is_bullet(text) or not self.bullets or not continues(self.bullets[-1]):
            self.bullets.append(BULLET.sub("", text))
            self.bullet_lines.append(line)
        else:
            self.bullets[-1] = join_hyphenated(self.bullets[-1], text)

    def _close(self) -> Iterator[Position]:
        if self.open is None:
            return
        position = self.open
        if not named(position) or no_job(position) or is_training(position, self.bullets):
            # dates alone, no job, or a bootcamp or training programme are no position
            self.open, self.bullets, self.bullet_lines = None, [], []
            return
        bullets = tuple(
            Bullet(text, Origin(self.source, ln.number, ln.where), self.channel, position.label)
            for text, ln in zip(self.bullets, self.bullet_lines, strict=True)
        )
        self.open, self.bullets, self.bullet_lines = None, [], []
        yield dataclasses.replace(position, bullets=bullets)
