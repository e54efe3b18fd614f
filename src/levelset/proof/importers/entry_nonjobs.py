"""Entries set out like jobs whose words say they are none: a degree read for, an office held
in a club.

Both shapes came from blind reads of older tuning batches (each read by the reader of the
commit that added the batch, before any rule was fitted to it): a degree whose name sits
anywhere in the heading ("BACHELOR OF ENGINEERING (SOFTWARE)(HONS)", "Electrical Engineering
Sc. B.", "Expected Degree: Bachelor of Engineering", a Chinese CV's "经济学硕士"), and a
student's office in a club or committee ("President | International Club").
"""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.headers import names_role
from levelset.proof.model import Position

# a degree named in words, wherever it stands: "Bachelor of", "Master's in", "Sc. B.", "A.B.",
# and the Chinese 学士 / 硕士 / 博士 (bachelor, master, doctor; 博士后, a postdoc, is a post)
_DEGREE_NAMED = compiled(
    r"\b(?:bachelor|master)(?:'s|’s|s)?\s+(?:of|in|degree)\b"
    r"|(?<![\w.])(?:sc\.\s?b|a\.\s?b|b\.\s?sc|m\.\s?sc)\.(?!\w)"
    r"|(?:学士|硕士|博士)(?!后)",
    re.IGNORECASE,
)
# a degree in brackets after a field ("UCL | Natural Language Processing (MSc)"): a module or
# a course of study, unless the title names a role ("Research Assistant (MSc)")
_DEGREE_TAGGED = compiled(
    r"\((?:[BM]\.?\s?(?:Sc|S|A|Eng|Phil)\.?|BSc|MSc|BEng|MEng|MPhil|PhD|MBA)\)",
    re.IGNORECASE,
)

# the offices of a club or society: the whole title is one or more of them
_OFFICE_WORD = (
    r"(?:co-?\s?|vice[- ]?)?(?:president|treasurer|secretary|chair(?:person|man|woman)?|"
    r"member|officer|organi[sz]er|captain|social chair|web ?master|committee member)"
)
_OFFICE = compiled(
    rf"{_OFFICE_WORD}(?:\s*(?:[/&,]|and)\s*{_OFFICE_WORD})*",
    re.IGNORECASE,
)
# a body of students or members, not an employer ("Pittsburgh Chapter" of a professional
# association and a "Red Team" stay employers: members of those are paid or appointed)
_CLUB = compiled(
    r"\b(?:club|fraternity|sorority|committee|"
    r"students?'?\s+(?:chapter|council|association|union|government|society|branch))\b",
    re.IGNORECASE,
)


def names_degree(position: Position) -> bool:
    """The heading names a degree read for, not a post held: "Bachelor of", "Master's in",
    "Sc. B." or a Chinese degree anywhere in its title or employer, or a degree in brackets
    where the title names no role."""
    texts = (position.title, position.company)
    if any(_DEGREE_NAMED.search(text) for text in texts):
        return True
    tagged = any(_DEGREE_TAGGED.search(text) for text in texts)
    return tagged and not names_role(position.title)


def club_office(position: Position) -> bool:
    """ "President | International Club", "Member | Research committee": an office held in a
    club, a committee or a student body, whose title is that office alone or is not given
    ("Students Union, Department of Psychology" over its dates)."""
    title = position.title.strip()
    office = not title or _OFFICE.fullmatch(title) is not None
    return office and bool(_CLUB.search(position.company))
