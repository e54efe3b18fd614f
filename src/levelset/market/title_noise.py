"""What job boards add to a title that says nothing of the job: where and how it is worked
("Remote -", "(Onsite)", "Hybrid Schedule"), the contract ("Full-time / Part-time", "Contract to
Hire", "W2", "C2C"), the pay ("$165k-$175k + bonus"), relocation ("relo authorized"), the
clearance ("TS/SCI"), the year and season of an internship ("2023 ... Summer Intern Program"),
"Now Hiring", and the skills, clients or employer after "with", "for", "at" or "@" ("Senior
Backend Engineer with Python"), what the job is "to" do, and the language it asks for
("(Mandarin Speaker)")."""

from __future__ import annotations

import re

from levelset.patterns import compiled

_NOISE = compiled(
    r"\b(?:19|20)\d\d\b"
    r"|\$\s?[\d,.]+\s?k?(?:\s*[-–]\s*\$?\s?[\d,.]+\s?k?)?(?:\s*/\s*(?:hr|hour|yr|year))?"
    r"(?:\s*\+\s*bonus)?(?:\s+on\s+c2c)?"
    r"|\b(?:100\s?%\s+)?remote(?:\s+friendly)?\b|\bwfh\b|\bhybrid(?:\s+(?:schedule|role))?\b"
    r"|\bon-?\s?site(?:\s+work)?\b|\boffice[- ]based\b"
    r"|\bfull[- ]?time\b|\bpart[- ]?time\b|\b(?:in\s+)?(?:voll|teil)zeit\b|\b(?:un)?befristet\b"
    r"|\bfestanstellung\b|\btiempo\s+completo\b|\btempo\s+integral\b|\bcontract(?:\s+to\s+hire)?\b|\bc2[ch]\b|\bw-?2\b"
    r"|\bnow\s+hiring\b|\bin\s+residence\b|\bvacancy\b|\bopportunity\b|\bclearance\s+required\b|\brelo(?:cation)?\s+(?:authorized|assistance|available|offered)\b|\bts\s?/\s?sci\b|\btop\s+secret\b"
    r"|\b(?:summer|fall|spring|winter|autumn)\s+(?=(?:\S+\s+){0,3}?(?:intern|internship|co-?op)\b)"
    r"|(?<=intern)\s+program\b|(?<=internship)\s+program\b"
    # a board's word for the posting after the job: "Data Modeller Role", "... Jobs", "Wanted"
    r"|(?<=\w)\s+(?:role|position|jobs|wanted)\s*$"
    # the language the job asks for: "(Mandarin Speaker)", "- Japanese speaking"
    r"|\b[\w-]+[- ]speak(?:er|ers|ing)\b(?:\s+preferred)?",
    re.I,
)
# "with", "for" or "at" and what follows: the skills, the client or the employer
_TAIL = compiled(r"\s+(?:with|for|at|to)\s+.*$|\s*@\s*.*$", re.I)
# separators and brackets the removals leave empty or doubled
_EMPTY = compiled(r"\(\s*[/&+,|-]*\s*\)|\[\s*\]")
_DOUBLED = compiled(r"\s*(?:[-–—|/,:&+]\s*){2,}")
_EDGES = " -–—|/,:&+."


def without_board_noise(text: str) -> str | None:
    """The title without the board's additions, or None when it has none to take away."""
    plain = _tidy(_NOISE.sub(" ", text))
    if len(plain.split()) >= 2:
        plain = _tidy(_TAIL.sub("", plain)) if len(_TAIL.sub("", plain).split()) >= 2 else plain
    return plain if plain and plain != text.strip() else None


def _tidy(text: str) -> str:
    """Empty brackets and doubled separators gone, spaces collapsed, no separator at either
    end: "Remote -  Data Lake Engineer - " is "Data Lake Engineer"."""
    text = _EMPTY.sub(" ", text)
    text = _DOUBLED.sub(lambda m: f" {m.group(0).strip()[0]} ", text)
    return " ".join(text.split()).strip(_EDGES)
