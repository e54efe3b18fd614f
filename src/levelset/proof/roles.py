"""Does a sentence name a job title? Loose matching that knows common abbreviations."""

from __future__ import annotations

from levelset.patterns import compiled

_ALIASES = [
    (r"\bmachine[- ]learning\b", "ml"),
    (r"\bartificial intelligence\b", "ai"),
    (r"\bsoftware development engineer\b", "software engineer"),
    (r"\bsde\b", "software engineer"),
    (r"\bswe\b", "software engineer"),
    (r"\bsr\.?\b", "senior"),
    (r"\bjr\.?\b", "junior"),
    (r"\bmle\b", "ml engineer"),
    (r"\bengineering\b", "engineer"),
    (r"\bscientists?\b", "scientist"),
    (r"\bengineers\b", "engineer"),
    (r"\bmgr\b", "manager"),
]
_ALIAS_RULES = tuple((compiled(pattern), replacement) for pattern, replacement in _ALIASES)
LEVEL_WORDS = {
    "junior",
    "senior",
    "staff",
    "principal",
    "lead",
    "distinguished",
    "intern",
    "associate",
}
_NOISE = {"and", "of", "the", "a", "an", "i", "ii", "iii", "iv", "&", "/", "-"}


_PUNCTUATION = compiled(r"[^a-z0-9+# ]+")


def normalise(text: str) -> str:
    """Lower case, abbreviations expanded the same way on both sides."""
    text = text.lower()
    for rule, replacement in _ALIAS_RULES:
        text = rule.sub(replacement, text)
    return _PUNCTUATION.sub(" ", text)


def title_tokens(title: str) -> set[str]:
    return {t for t in normalise(title).split() if t not in _NOISE}


def names_role(title: str, text: str, *, with_level: bool = False) -> bool:
    """True when every word of the title's role (and, if asked, its level) is in the text."""
    wanted = title_tokens(title)
    if not with_level:
        wanted -= LEVEL_WORDS
    have = set(normalise(text).split())
    return bool(wanted) and wanted <= have


def level_words(text: str) -> set[str]:
    """Seniority words in a title or headline ("senior", "staff"...)."""
    return set(normalise(text).split()) & LEVEL_WORDS


def matches_target(title: str, text: str) -> bool:
    """The text names the role, and any level it names is the target's ("Senior" vs "Staff").

    A target title without a level word accepts any level in the text.
    """
    if not names_role(title, text):
        return False
    said, wanted = level_words(text) - {"lead"}, level_words(title) - {"lead"}
    return not said or not wanted or said == wanted
