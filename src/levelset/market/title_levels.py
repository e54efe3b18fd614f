"""Which of a title's level words say its band: a numeral after the job, and the level words
that rank an executive or name the job itself rather than a band."""

from __future__ import annotations

import re
from itertools import pairwise

from levelset.patterns import compiled

# heads above the manager: a level word beside one ranks it among executives ("Senior Director"),
# never on the engineers' bands
EXECUTIVES = frozenset(("director", "head", "vp", "vice", "chief", "cto", "cdo"))

_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v"}


def no_band(words: list[str], i: int) -> bool:
    """A level word that says no band: one before an executive's word ranks the executive
    ("Associate Director", "Senior VP"), and "associate" ending a title after a word that is no
    job is the job itself ("Technical Support Associate", "Marketing Associate")."""
    from levelset.market.title_words import JOB_NOUNS

    if words[i:] == ["associate"] and i and words[i - 1] not in JOB_NOUNS:
        return True
    return i + 1 < len(words) and words[i + 1] in EXECUTIVES


# short forms of a job that a grade follows as it follows the job: "MLE 3", "MTS 2", "SDET 2"
_SHORT_JOBS = frozenset(("mle", "mts", "sdet"))


def as_numeral(words: list[str], i: int) -> str:
    """A level word, a number right after a job noun written as the Roman numeral it stands for:
    "Machine Learning Engineer 2" is "... Engineer II" (a bare "2" names no ladder)."""
    from levelset.market.title_words import JOB_NOUNS

    word = words[i]
    if word in _ROMAN and i and (words[i - 1] in JOB_NOUNS or words[i - 1] in _SHORT_JOBS):
        return _ROMAN[word]
    # "Software Engineer Level 2": the job's level, never a support desk's "Level 2 Support"
    if word in _ROMAN and i > 1 and words[i - 1] == "level" and words[i - 2] in JOB_NOUNS:
        return _ROMAN[word]
    return word


# the level words a typist misspells, with the words of titles one slip from them that are
# words of their own ("seniors", "señor" as "senor", "juniors")
_SPELT = ("senior", "junior", "principal", "staff", "distinguished", "associate")
_REAL = frozenset((
    "seniors", "senor", "juniors", "stiff", "stuff", "principals", "staffs", "associates",
    "associated",
))  # fmt: skip


def misspelt_level(word: str) -> str:
    """The level word a misspelt one means ("Senoir Staff" is senior staff, "Principle
    Engineer" a principal, "Juinor", "Pricipal", "Staf"): one letter left out, added or two
    swapped (never another letter put in its place, which makes other words), or "principle".
    Any other word is returned as it is."""
    if word == "principle":
        return "principal"
    if len(word) < 4 or word in _REAL or word in _SPELT:
        return word
    for level in _SPELT:
        if word[0] == level[0] and _one_slip(word, level):
            return level
    return word


def _one_slip(word: str, level: str) -> bool:
    """Whether word is level with one letter dropped, one added, or two neighbours swapped."""
    if len(word) == len(level):
        diff = [i for i, (a, b) in enumerate(zip(word, level, strict=True)) if a != b]
        if len(diff) != 2 or diff[1] != diff[0] + 1:
            return False
        return (word[diff[0]], word[diff[1]]) == (level[diff[1]], level[diff[0]])
    short, long = sorted((word, level), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# a lone "I" between two words, neither after a job nor before a closing part: a separator
# ("Europe-based Contractor I Mid-level Analytics Engineer"), never a grade ("Engineer I Payments")
_LONE_I = compiled(r"\b([a-z0-9+#]+)(\s+)i\s+(?=[a-z(])")
_GRADED = frozenset(("level", "grade", "mle", "mts", "sdet"))


def separator_i(lowered: str) -> str:
    """A lowered title with each lone "i" that separates two parts of it, rather than grading
    the job before it, turned into a dash."""
    from levelset.market.title_words import JOB_NOUNS

    def one(match: re.Match[str]) -> str:
        before = match.group(1)
        if before in JOB_NOUNS or before in _GRADED:
            return match.group(0)
        return f"{before} - "

    return _LONE_I.sub(one, lowered) if " i " in lowered else lowered


_NAMED = frozenset(("entry", "mid", "senior", "junior", "intermediate"))


def named_level(words: list[str]) -> str | None:
    """A level named as one anywhere among words after a job ("Data Engineer
    Developer-Bilingual Mid level-Canada", "... - Senior Level - Remote")."""
    return next((w for w, n in pairwise(words) if n == "level" and w in _NAMED), None)
