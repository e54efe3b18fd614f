"""How a résumé's lines look: where its entry heads start, how its bullets are indented.

A word processor sets every entry head of a résumé alike: at one left edge, often in bold,
with its dates pushed to the right margin by a tab; the lines of a job's description sit
deeper (a list's indent), and so do any dates written inside them. Words alone cannot tell
"Organised the 2019 Hackathon   2019" under a job from the next job's heading; where the
line stands on the page can. `Looks` reads those habits from a PDF's lines once, and the
entry reader asks it about each dated line. Lines with no place on a page (plain text,
DOCX) show no habit, and every answer is then "not known".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from levelset.proof.lines import Line, is_bullet
from levelset.proof.sections import section_of

_SAME_X = 2.5  # points: two lines that start this close start at one edge
_DEEPER = 8.0  # points: a line that starts this far right of the heads' edge is indented
_MIN_HEADS = 3  # dated heads needed to say where heads start
_SHARE = 0.75  # ... of which this share must start at one edge
_SAME_SIZE = 0.2  # points: two font sizes closer than this are one size
_HEADING_WORDS = 5  # a section heading runs to no more words than this
_JOBS_HEADING_WORDS = 8  # ... and a heading of jobs that names their field, than this


@dataclass(frozen=True)
class Looks:
    """The habits of a résumé's layout; 0 and False where its lines show none."""

    head_x: float = 0.0  # where its dated entry heads start, in points from the left edge
    heads_bold: bool = False  # its dated entry heads are set in bold (three in four or more)
    heading: tuple[float, bool, bool] | None = None  # its section headings' size, bold, capitals
    heading_face: float | None = None  # the size of its named headings, all bold capitals
    # where a section's heads keep a face of their own: (first line number, bold), in order
    faces: tuple[tuple[int, bool], ...] = ()
    head_size: float = 0.0  # the size its dated heads share, where that is above the body's

    @classmethod
    def of(cls, lines: list[Line]) -> Looks:
        """The habits shown by dated lines that are no bullets: their dates set apart from
        their words (a tab or a right margin), as a heading's are."""
        heading, face = _heading_look(lines), _bold_capitals(lines)
        heads = [ln for ln in lines if ln.x0 > 0 and ln.dates and ln.text]
        heads = [ln for ln in heads if not is_bullet(ln.text)]
        if len(heads) < _MIN_HEADS:
            return cls(heading=heading, heading_face=face)
        edge, count = _edge([ln.x0 for ln in heads])
        if count < _SHARE * len(heads):
            return cls(heading=heading, heading_face=face)
        bold = sum(ln.bold for ln in heads) >= _SHARE * len(heads)
        faces = _section_faces(lines, heads, bold)
        return cls(edge, bold, heading, face, faces, _head_size(lines, heads))

    def bold_heads(self, line: Line) -> bool:
        """The entry heads of the line's section are set in bold: as its own heads show where
        they show one face (bold employers over the jobs, plain degrees under "Education"),
        else as the résumé's heads do."""
        bold = self.heads_bold
        for first, section_bold in self.faces:
            if line.number is None or first > line.number:
                break
            bold = section_bold
        return bold

    def jobs_heading(self, line: Line) -> bool:
        """A line in the bold capitals of the résumé's named headings, and their size, that
        ends on "EXPERIENCE" or "EMPLOYMENT" however many words come before it ("ELECTRICAL
        ENGINEERING AND COMPUTER SCIENCE EXPERIENCE"): the heading of its jobs."""
        if self.heading_face is None or line.dates or line.place or not line.x0 or not line.bold:
            return False
        text = line.text.strip()
        words = text.split()
        if not text.isupper() or not 1 < len(words) <= _JOBS_HEADING_WORDS or is_bullet(text):
            return False
        if abs(line.size - self.heading_face) >= _SAME_SIZE or any(c.isdigit() for c in text):
            return False
        return words[-1].strip(":") in {"EXPERIENCE", "EXPERIENCES", "EMPLOYMENT"}

    def heading_like(self, line: Line) -> bool:
        """A short line in capitals, without dates or digits, in the look of the résumé's
        section headings (their size and face, and capitals), where those stand apart from its
        body by size: a heading whose words are not known ("EDUCATIONAL BACKGROUND"). (Headings
        in small letters are left to their words: a headline looks like them.)"""
        if self.heading is None or line.dates or line.place or not line.x0:
            return False
        text = line.text.strip()
        if is_bullet(text) or len(text.split()) > _HEADING_WORDS or any(c.isdigit() for c in text):
            return False
        size, bold, capitals = self.heading
        looks_so = abs(line.size - size) < _SAME_SIZE and line.bold == bold
        return capitals and text.isupper() and looks_so

    def shouted_like(self, line: Line) -> bool:
        """A short line in the bold capitals of the résumé's named headings and their size,
        whatever the body's size ("PREPRINTS", "COURSE PROJECTS" where "EXPERIENCE" and
        "EDUCATION" are set so): a heading whose words are not known. Where headings are set
        in the body's size, `heading_like` does not see them."""
        if self.heading_face is None or line.dates or line.place or not line.x0 or not line.bold:
            return False
        text = line.text.strip()
        if not text.isupper() or len(text.split()) > _HEADING_WORDS or is_bullet(text):
            return False
        return abs(line.size - self.heading_face) < _SAME_SIZE and not any(
            c.isdigit() for c in text
        )

    def indented(self, line: Line) -> bool:
        """The line starts well right of where the entry heads start (a description's or a
        list's indent), where the heads keep to one edge."""
        return bool(self.head_x) and line.x0 > 0 and line.x0 - self.head_x >= _DEEPER

    def unlike_heads(self, line: Line) -> bool:
        """The line is set deeper than the heads, or in a plain face where they are bold."""
        plain = self.bold_heads(line) and line.x0 > 0 and not line.bold
        sized = bool(self.head_size) and abs(line.size - self.head_size) < _SAME_SIZE
        return self.indented(line) or (plain and not sized)

    def at_heads(self, line: Line) -> bool:
        """The line starts at the entry heads' edge."""
        return bool(self.head_x) and line.x0 > 0 and abs(line.x0 - self.head_x) <= _SAME_X


def _section_faces(
    lines: list[Line], heads: list[Line], bold: bool
) -> tuple[tuple[int, bool], ...]:
    """Each section (from a line naming one, "Experience", to the next) whose two or more
    dated heads keep one face (three in four of them) other than the résumé's: its first
    line's number and that face, then the next section's where the résumé's face comes back.
    A section with fewer heads, or mixed ones, goes by the résumé's."""
    dated = {id(ln) for ln in heads}
    sections: list[tuple[int, list[Line]]] = []
    for ln in lines:
        if ln.number is None:
            continue
        if not ln.dates and not is_bullet(ln.text) and section_of(ln.text) is not None:
            sections.append((ln.number, []))
        elif id(ln) in dated and sections:
            sections[-1][1].append(ln)
    faces: list[tuple[int, bool]] = []
    for first, own in sections:
        shown, face = sum(ln.bold for ln in own), bold
        if len(own) >= 2 and shown >= _SHARE * len(own):
            face = True
        elif len(own) >= 2 and len(own) - shown >= _SHARE * len(own):
            face = False
        if face != (faces[-1][1] if faces else bold):
            faces.append((first, face))
    return tuple(faces)


def _head_size(lines: list[Line], heads: list[Line]) -> float:
    """The size three in four dated heads share, where it stands a point or more above the
    body's (the commonest size): a plain line set so is set like a head, not a description.
    Where some heads are bold, their size is the one read."""
    heads = [ln for ln in heads if ln.bold] or heads
    size, count = Counter(round(ln.size, 1) for ln in heads).most_common(1)[0]
    body = Counter(round(ln.size, 1) for ln in lines if ln.size).most_common(1)[0][0]
    return size if count >= _SHARE * len(heads) and size - body >= 1.0 else 0.0


def _edge(xs: list[float]) -> tuple[float, int]:
    """The left edge most lines start at, and how many start within reach of it."""
    counts = Counter(round(x) for x in xs)
    best = max(counts, key=lambda x: (sum(n for y, n in counts.items() if abs(y - x) <= 2), -x))
    near = [x for x in xs if abs(x - best) <= _SAME_X]
    return min(near), len(near)


def _heading_look(lines: list[Line]) -> tuple[float, bool, bool] | None:
    """The size, face and capitals that two or more named section headings share (three in
    four of them or more), where that size is a point or more above the body's."""
    sizes = Counter(ln.size for ln in lines if ln.size)
    named = [
        ln
        for ln in lines
        if ln.size and not ln.dates and not is_bullet(ln.text) and section_of(ln.text) is not None
    ]
    if len(named) < 2 or not sizes:
        return None
    looks = Counter((round(ln.size, 1), ln.bold, ln.text.strip().isupper()) for ln in named)
    look, count = looks.most_common(1)[0]
    body = sizes.most_common(1)[0][0]
    if count < 2 or count < _SHARE * len(named) or look[0] - body < 1.0:
        return None
    return look


def _bold_capitals(lines: list[Line]) -> float | None:
    """The size of the résumé's named section headings where two or more are set in bold
    capitals, all in one size (whatever the body's size)."""
    named = [
        ln
        for ln in lines
        if ln.size and not ln.dates and not is_bullet(ln.text) and section_of(ln.text) is not None
    ]
    shouted = [ln for ln in named if ln.bold and ln.text.strip().isupper()]
    if len(shouted) < 2 or len(shouted) < _SHARE * len(named):
        return None
    sizes = {round(ln.size, 1) for ln in shouted}
    return sizes.pop() if len(sizes) == 1 else None
