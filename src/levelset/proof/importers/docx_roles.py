"""An entry's employer and title known by their paragraph style's name in a Word résumé.

Word's résumé templates name the styles of an entry's parts: "Company", "Organization",
"Employer", "Org" for the employer, "Job Title", "Position", "Role" for the title. Where the
reader took such a line for the other part (an employer alone over its dates read as a title),
the style's name puts it back. Word's own "Title" style sets the document's name, so a style
named "Title" alone says nothing here."""

from __future__ import annotations

import dataclasses
import re

from levelset.patterns import compiled
from levelset.proof.importers.docx_looks import Look
from levelset.proof.model import Document, Position

_EMPLOYER = compiled(r"(?:company|organi[sz]ation|org|employer|firm)(?:\s*name)?\s*\d*", re.I)
_TITLE = compiled(r"(?:job\s*title|position|role)(?:\s*title)?\s*\d*", re.I)


def _styled(paragraphs: list[tuple[str, Look]], style: re.Pattern[str]) -> set[str]:
    """The styled paragraphs' texts, and each part a tab stop sets apart ("Graduate Student
    Instructor <tab> 2019-2020"), as the reader takes a title from such a line."""
    found = set()
    for text, look in paragraphs:
        if text.strip() and style.fullmatch(look[3].strip()):
            found |= {_key(t) for t in (text, *text.split("\t")) if t.strip()}
    return found


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def parts_by_style(document: Document, paragraphs: list[tuple[str, Look]]) -> Document:
    """The positions with title and employer swapped where the paragraph styles say the reader
    took one for the other (see the module)."""
    employers = _styled(paragraphs, _EMPLOYER)
    titles = _styled(paragraphs, _TITLE)
    if not employers and not titles:
        return document
    positions = tuple(_placed(p, employers, titles) for p in document.positions)
    return dataclasses.replace(document, positions=positions)


def _placed(position: Position, employers: set[str], titles: set[str]) -> Position:
    title, company = _key(position.title), _key(position.company)
    employer_as_title = title in employers and company not in employers
    title_as_employer = company in titles and title not in titles
    if title and (employer_as_title or title_as_employer):
        return dataclasses.replace(position, title=position.company, company=position.title)
    return position
