"""The employer a job posting's prose names, when no labelled field or front matter does.

An organisation written with its initials in brackets, a name whose initials the text also
writes, "About Acme", "Acme is hiring" and the like. A posting speaks of its employer more than
of any other body, so a name is taken only when its initials are not outnumbered by another
organisation's: "the Treasury Board Secretariat" named once in a Canadian Digital Service
posting that says "CDS" eleven times is the parent department, not the employer.
"""

from __future__ import annotations

import re
from collections import Counter

from levelset.patterns import compiled

ROLE_WORDS = compiled(
    r"engineer|scientist|developer|manager|director|designer|analyst|specialist|architect|"
    r"researcher|lead|strategist|advisor|consultant|recruiter|head of|officer|fellow|"
    r"programmer|administrator|expert",
    re.IGNORECASE,
)
_CAPITALISED = compiled(
    r"\b((?:The )?[A-Z][a-z][\w'-]*(?: (?:of |and |for )?[A-Z][a-z][\w'-]*){1,5})"
)
_NAME_WORD = r"(?:[A-Z][\w.&'-]*|of|and|for|the|de|du|des)"
_NAMED = compiled(rf"((?:[A-Z][\w.&'-]*)(?: {_NAME_WORD}){{1,7}}) \(([A-Za-z]{{2,8}})\)")
_INITIALISM = compiled(r"(?<![\w./-])([A-Z]{3,6})(?![\w-])")
# an initialism used as the posting's own organisation: "About CDS", "at CDS", "CDS's teams"
_AS_EMPLOYER = (
    r"^\s*#*\s*About {0}\s*$",
    r"\b(?:at|join|joining) {0}\b(?![\w-])",
    r"\b{0}[’']s\b",
)
_LINK = compiled(r"\[[^\]]*\]\([^)]*\)")
_NOT_NAMES = {"us", "our team", "the team", "you", "we"}
OUTNUMBERED = 3  # another initialism said this many times as often marks the real employer
# the phrases that name the employer around a name, in the order they are trusted
_PATTERNS = tuple(
    compiled(pattern, re.MULTILINE)
    for pattern in (
        r"^\s*#*\s*About (?:the )?([A-Z][\w.&' -]{1,60}?)\s*$",
        r"\b([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}) is (?:hiring|looking|seeking)\b",
        r"\b[Hh]iring (?:a|an) [^.\n]{3,80}? (?:for|at) "
        r"([A-Z0-9][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})",
        r"\b[Jj]oin (?:the )?([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})(?= team| as|[.,!])",
        r"\bin the Office of ([A-Z0-9][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})",
        r"^([A-Z0-9][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}) (?:will (?:soon )?be|is) accepting "
        r"applications\b",
    )
)


def company_in(body: str) -> str | None:
    """The employer the first paragraphs name, or None: a name with its initials ("The
    Canadian Digital Service (CDS) works..."), else "About Acme", "Acme is hiring", "Join Acme",
    "in the Office of Acme", "Acme will soon be accepting applications"; a name outnumbered by
    another organisation's initials gives way to that organisation ("About CDS", "CDS's")."""
    head = body[:3000]
    counts = Counter(_INITIALISM.findall(body))
    employers = _employer_counts(body, counts)
    named = _named_with_initials(head, employers) or _name_of_initials(head, counts, employers)
    if named:
        return named
    for pattern in _PATTERNS:
        match = pattern.search(head)
        if match and match.group(1).lower() not in _NOT_NAMES:
            return match.group(1)
    return _own_initials(employers)


def _outnumbered(
    initials: str, employers: Counter[str], counts: Counter[str] | None = None
) -> bool:
    """Whether another initialism the text uses as its employer is said far more often."""
    mine = (counts or employers)[initials.upper()]
    others = (n for word, n in employers.items() if word != initials.upper())
    return any(n >= OUTNUMBERED * max(mine, 1) for n in others)


def _named_with_initials(text: str, employers: Counter[str]) -> str | None:
    """The first organisation written with its initials in brackets, the initials standing for
    the name's words in order (small words may be left out): "Canadian Digital Service (CDS)",
    "the TTS Centers of Excellence (CoE)" -> "Centers of Excellence", "Treasury Board of Canada
    Secretariat (TBS)"."""
    for match in _NAMED.finditer(text):
        if text.rfind("[", 0, match.start()) > text.rfind("]", 0, match.start()):
            continue  # a link's words ("[General Schedule (GS) Salary Calculator](...)")
        words, initials = match.group(1).split(), match.group(2).lower()
        for start in range(len(words)):
            name = words[start:]
            if name[0][0].islower() or not _stands_for(initials, [w[0].lower() for w in name]):
                continue
            if _outnumbered(match.group(2), employers):
                break
            return " ".join(name)
    return None


_THE = compiled(r"^The ")


def _name_of_initials(head: str, counts: Counter[str], employers: Counter[str]) -> str | None:
    """A name of two to six capitalised words whose initials the text also writes as a word of
    their own ("The Canadian Digital Service is..." and "...at CDS"), not a job's name, and not
    outnumbered by another organisation's initials."""
    for match in _CAPITALISED.finditer(head):
        name = _THE.sub("", match.group(1))
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        if len(initials) < 3 or ROLE_WORDS.search(name):
            continue
        if counts[initials] and not _outnumbered(initials, employers, counts):
            return name
    return None


def _employer_counts(body: str, counts: Counter[str]) -> Counter[str]:
    """How often each initialism is said, for those the text also uses as its employer outside
    its links ("[OPM's Salaries & Wages page](...)" names the page of another body)."""
    prose = _LINK.sub(" ", body)
    return Counter({word: n for word, n in counts.items() if _as_employer(prose, word)})


def _as_employer(body: str, initials: str) -> bool:
    # built from the text's own initials, so not a shipped pattern (re keeps the last 512)
    return any(
        re.search(form.format(re.escape(initials)), body, re.MULTILINE) for form in _AS_EMPLOYER
    )


def _own_initials(employers: Counter[str]) -> str | None:
    """The initialism the text uses most as its own organisation, said three times or more."""
    top = employers.most_common(1)
    return top[0][0] if top and top[0][1] >= OUTNUMBERED else None


def _stands_for(initials: str, firsts: list[str]) -> bool:
    """Whether `initials` are the first letters of the words in order, beginning with the first
    word and ending with the last (the words between may be skipped)."""
    if len(initials) < 2 or initials[0] != firsts[0] or initials[-1] != firsts[-1]:
        return False
    letters = iter(firsts[1:-1])
    return all(any(letter == first for first in letters) for letter in initials[1:-1])
