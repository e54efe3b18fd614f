"""Is a message in English? The rules read English words, so other languages are out of reach."""

from __future__ import annotations

from levelset.patterns import compiled

# frequent English words that are not also everyday words in French, Spanish, German or Dutch
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "to",
        "of",
        "for",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "this",
        "that",
        "with",
        "you",
        "your",
        "my",
        "me",
        "we",
        "our",
        "it",
        "would",
        "could",
        "can",
        "will",
        "not",
        "but",
        "have",
        "has",
        "had",
        "if",
        "at",
        "from",
        "as",
        "by",
        "or",
        "so",
        "any",
        "about",
        "thank",
        "thanks",
        "i",
        "i'm",
        "i'd",
        "i've",
        "what",
        "when",
        "which",
        "there",
        "their",
        "they",
        "them",
        "do",
        "does",
    ]
)
_WORD = compiled(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MIN_WORDS = 12  # shorter texts are too short to judge
_MIN_SHARE = 0.12  # English emails run at 25-45% of these words; other languages near 0


def reads_as_english(text: str) -> bool:
    """True unless the text is long enough to judge and almost none of its words are English."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return True
    return sum(w in _ENGLISH for w in words) / len(words) >= _MIN_SHARE
