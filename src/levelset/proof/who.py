"""Who a bullet names, by kind of word: the people and bodies its work was with, for or used by.

A reader knows that "the underwriters", "two insurers" and "the county's planners" are people
outside the author's team without having seen those words in a résumé before. The word classes
(word_classes.json, built from WordNet by scripts/make_lexicon.py) say which kind of people or
body a word names: `role` (a kind of working person), `org` (an organisation), `unit` (a unit
of one) or `client` (customers and buyers). Each name is a signal with its words, and so is its
place in the sentence: after a word of relation ("with", "for", "by", "across"), counted ("three
insurers"), possessive ("the planners' tool"), or inside a unit the author leads or belongs to
(not reach). levelset.proof.signals adds them to the rest; their weights are learned.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from levelset.once import once
from levelset.patterns import compiled

WORDS = Path(__file__).with_name("word_classes.json")


@once
def word_classes() -> dict[str, list[str]]:
    """The shipped word classes by name (word_classes.json), read once for all their readers."""
    data: dict[str, list[str]] = json.loads(WORDS.read_text(encoding="utf-8"))
    return data


def words(spaced: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(spaced.split())


_TOKEN = compiled(r"[a-z]+(?:-[a-z]+)*(?:['’]s?)?|\d[\d,.]*\+?", re.IGNORECASE)
_RELATION = words(
    "with for to by across between alongside among from serving serve serves served "
    "supporting supported help helped helping helps enabling enabled partnered "
    "partnering adopted used trusted onto"
)
_COUNT = words(
    "two three four five six seven eight nine ten eleven twelve dozen dozens several "
    "multiple many other every all each both"
)
# the people of another function named by their job: "the brand managers", "call-centre
# supervisors", "customer success leads" (the head word alone is too common to tell)
_JOB = words(
    "managers supervisors officers coordinators specialists administrators representatives "
    "reps associates directors planners leads owners agents staff"
)
_NOT_JOB = words("the a an our my their its his her and engineering team project")
_SKIP = words("the a an our their its of and & , their local regional external key")
# a unit the author leads or belongs to: its members are not reach
_HELD = words(
    "led leading lead manage managed managing manager head headed joined built grew hired "
    "our my own"
)


@once
def _lexicon() -> dict[str, str]:
    data = word_classes()
    kinds = ("person", "client", "unit", "org", "role")  # later kinds win: the more telling
    return {word: kind for kind in kinds for word in data[kind]}


def who_signals(text: str) -> dict[str, str]:
    """Each kind of people or body the bullet names, and where it stands, with its words."""
    lexicon = _lexicon()
    raw = [m.group(0) for m in _TOKEN.finditer(text)]
    tokens = [_bare(t) for t in raw]
    found: dict[str, str] = {}
    i = 0
    while i < len(tokens):
        size = 2 if i + 1 < len(tokens) and " ".join(tokens[i : i + 2]) in lexicon else 1
        kind = lexicon.get(" ".join(tokens[i : i + size]))
        if kind is None and tokens[i] in _JOB and i and _names_job(tokens[i - 1]):
            kind, size, i = "job", 2, i - 1  # the job with the word before it
        if kind is None:
            i += 1
            continue
        words = " ".join(raw[i : i + size])
        found.setdefault(f"who:{kind}", words)
        found.setdefault(f"who:{_place(tokens, raw, i, i + size)}>{kind}", words)
        if _acts(tokens, i + size):
            found.setdefault(f"who:acts>{kind}", words)
        i += size
    return found


# the named people then do something with the work: "the adjusters now use", "nurses stopped
# keeping a paper copy", "researchers outside the lab now cite", "35 nonprofits use"
_STILL = words("now still then all each also later finally who which they can could no longer")
_DO = words(
    "use uses used rely relies relied read reads open opens opened call calls called build "
    "builds cite cites cited trust trusts run runs close closes closed finish finishes "
    "finished sign signs signed find finds stopped dropped leave leaves pick picked ask "
    "asked agreed fixed adopted switched moved took take takes log check checks screen "
    "screens review reviews get got spend spent work"
)


def _acts(tokens: list[str], end: int) -> bool:
    """Whether the words after a name say those people did something with the work."""
    for token in tokens[end : end + 4]:
        if token in _DO:
            return True
        if token not in _STILL:
            return False
    return False


def _names_job(word: str) -> bool:
    """Whether the word before a job's head names the job ("brand" managers, not "three")."""
    return word not in _NOT_JOB and word not in _COUNT and not word[0].isdigit()


def _bare(token: str) -> str:
    """The word without its possessive ending, lower-case."""
    lower = token.lower()
    for end in ("'s", "’s", "'", "’"):
        if lower.endswith(end):
            return lower[: -len(end)]
    return lower


def _place(tokens: list[str], raw: list[str], start: int, end: int) -> str:
    """Where a name stands: possessive, held (a unit the author runs), counted, related, bare."""
    if raw[end - 1].lower().endswith(("'s", "’s", "s'", "s’")):
        return "poss"
    before = [t for t in tokens[max(0, start - 4) : start] if t not in _SKIP][-2:]
    if any(t in _HELD for t in before):
        return "held"
    if any(t in _COUNT or t[0].isdigit() for t in before):
        return "count"
    if any(t in _RELATION for t in before):
        return "rel"
    return "bare"
