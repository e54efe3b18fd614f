"""When a close spelling is another title, not a typo: a short word that names another field
(QA, BI, SQL against ML), a word with letters added or taken away (search / research), another
word altogether (project / product), another job word (manager / engineer). Both the curated
map's and O*NET's typo matchers ask these before taking a title as a misspelling."""

from __future__ import annotations

from levelset.market.title_words import ROLE_WORDS


def acronym_swap(text: str, other: str) -> bool:
    """True when the two titles differ in a word of three letters or fewer (QA, BI, UI, AV,
    SQL, XML against ML): such a word is a different field, not a misspelling."""
    mine, theirs = set(text.split()), set(other.split())
    return any(len(w) <= 3 for w in (mine ^ theirs))


def affix_swap(text: str, other: str) -> bool:
    """True when a word of one title is a word of the other with two letters or more added or
    taken away (search / research, data / database): another word, not a misspelling."""
    mine, theirs = text.split(), other.split()
    if len(mine) != len(theirs):
        return False
    return any(a != b and abs(len(a) - len(b)) > 1 for a, b in zip(mine, theirs, strict=True))


def word_swap(text: str, other: str) -> bool:
    """True when a word of one title is another word of the other, not a slip of it: more than
    one letter apart in a word of eight letters or fewer ("project" / "product")."""
    from rapidfuzz.distance import OSA

    mine, theirs = text.split(), other.split()
    if len(mine) != len(theirs):
        return False
    return any(
        OSA.distance(a, b) > (1 if max(len(a), len(b)) <= 8 else 2)
        for a, b in zip(mine, theirs, strict=True)
    )


def role_word_swap(text: str, other: str) -> bool:
    """True when the titles differ in a job word ("Business Intelligence Manager" against
    "... Engineer"): close spelling, different job."""
    mine, theirs = set(text.split()), set(other.split())
    return bool((mine - theirs) & ROLE_WORDS) and bool((theirs - mine) & ROLE_WORDS)
