"""Section headings of a Word résumé known by their paragraph style, not their words.

Its author sets every section heading in one style ("Heading 1", a "Section Heading" of their
own) and the reader knows some of them by their words ("Experience", "Education"). A style is
the document's heading style where two or more of its paragraphs are known headings and they
are half of its paragraphs or more. A paragraph in that style whose words name no known
section ("Fellowships & Traineeships", "奖学金", "Code") is a heading all the same: once the
jobs have been read, the dated lines under it are the items of some other list (fellowships,
scholarships, talks), not jobs. A position read there is dropped and its words kept as loose
bullets. Before any job (an unknown heading over the first jobs) nothing changes."""

from __future__ import annotations

import dataclasses
from collections import Counter

from levelset.proof.dates import find_date
from levelset.proof.importers.docx_looks import Look
from levelset.proof.model import Bullet, Document, Position
from levelset.proof.sections import section_of

_HEADING_WORDS = 6  # a section heading runs to no more words than this
_KNOWN = 2  # known headings needed in one style before the style is the headings'


def _candidate(text: str) -> bool:
    """Short, undated, not a list item nor a tabbed line: shaped like a section heading."""
    return (
        bool(text.strip())
        and not text.startswith("- ")
        and "\t" not in text
        and len(text.split()) <= _HEADING_WORDS
        and find_date(text) is None
    )


def heading_styles(paragraphs: list[tuple[str, Look]]) -> set[str]:
    """The styles in which the document sets its section headings (see the module)."""
    found = Counter(look[3] for text, look in paragraphs if text.strip()).most_common(1)
    body = found[0][0] if found else ""  # the body's style heads nothing
    styles: dict[str, list[bool]] = {}
    for text, look in paragraphs:
        if look[3] and text.strip() and not text.startswith("- "):
            known = _candidate(text) and section_of(text) is not None
            styles.setdefault(look[3], []).append(known)
    return {
        style
        for style, known in styles.items()
        if style != body and sum(known) >= _KNOWN and sum(known) * 2 >= len(known)
    }


def _paragraph(position: Position) -> int | None:
    """The index (from 0) of the paragraph the position was read from ("paragraph 7")."""
    where = (position.origin.field or "").split()
    if len(where) == 2 and where[0] == "paragraph" and where[1].isdigit():
        return int(where[1]) - 1
    return None


def unknown_sections_dropped(document: Document, paragraphs: list[tuple[str, Look]]) -> Document:
    """The document without the positions read under a heading known by its style alone,
    after the first position read (see the module)."""
    styles = heading_styles(paragraphs)
    if not styles:
        return document
    unknown = [
        i
        for i, (text, look) in enumerate(paragraphs)
        if look[3] in styles and _candidate(text) and section_of(text) is None
    ]
    known = [
        i
        for i, (text, look) in enumerate(paragraphs)
        if look[3] in styles and _candidate(text) and section_of(text) is not None
    ]
    at = [_paragraph(p) for p in document.positions]
    first = min((a for a in at if a is not None), default=None)
    if not unknown or first is None:
        return document
    kept: list[Position] = []
    loose = list(document.extra_bullets)
    for position, where in zip(document.positions, at, strict=True):
        above = max((i for i in [*unknown, *known] if where is not None and i <= where), default=-1)
        if above in unknown and above > first:
            loose.append(Bullet(position.label, position.origin, document.channel))
            loose.extend(dataclasses.replace(b, position=None) for b in position.bullets)
        else:
            kept.append(position)
    return dataclasses.replace(document, positions=tuple(kept), extra_bullets=tuple(loose))


_FEWEST_DATED = 2  # dated lines under an unnamed heading before its entries are taken for jobs


def unnamed_jobs_heading(paragraphs: list[tuple[str, Look]]) -> list[tuple[str, Look]]:
    """ "Resume" (or "Career", "What I did") over the jobs of a résumé that has no heading the
    reader knows for them: of the headings set in the document's heading style whose words
    name no known section, the one with the most dated lines under it (two or more) heads the
    jobs, read as "Experience". Only where no line of the document names the jobs' section."""
    styles = heading_styles(paragraphs)
    if not styles or any(section_of(t) == "experience" for t, _ in paragraphs if _candidate(t)):
        return paragraphs
    heads = [i for i, (text, look) in enumerate(paragraphs) if look[3] in styles]
    heads = [i for i in heads if _candidate(paragraphs[i][0])]
    best, most = None, _FEWEST_DATED - 1
    for n, i in enumerate(heads):
        if section_of(paragraphs[i][0]) is not None:
            continue
        end = heads[n + 1] if n + 1 < len(heads) else len(paragraphs)
        under = [t for t, _ in paragraphs[i + 1 : end] if not t.startswith("- ")]
        dated = sum(find_date(t) is not None for t in under)
        if dated > most:
            best, most = i, dated
    if best is None:
        return paragraphs
    out = list(paragraphs)
    out[best] = ("Experience", out[best][1])
    return out
