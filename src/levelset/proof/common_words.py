"""English common words, so a capitalised one is not taken for a place ("Google, Search").

`common_words.txt.gz` lists WordNet 3.0's single-word lemmas written in lower case (written by
scripts/make_common_words.py, WordNet's notice on its first line). A word WordNet writes only
capitalised ("Manchester") is not in it. Read on the first question only.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

from levelset.patterns import compiled

_LETTERS = compiled(r"[^\W\d_]+")


def is_common_word(word: str) -> bool:
    """Whether a word, or its singular, is an English common word ("Payments", "Growth")."""
    folded = word.casefold()
    known = _words()
    if folded in known:
        return True
    for ending, swap in (("ies", "y"), ("es", ""), ("s", "")):
        if folded.endswith(ending) and folded[: -len(ending)] + swap in known:
            return True
    return False


def all_common(text: str) -> bool:
    """Whether every word of a text is a common word ("Medical Affairs", "Trend Micro"); a
    text with no words is not."""
    words = _LETTERS.findall(text)
    return bool(words) and all(is_common_word(w) for w in words)


@cache
def _words() -> frozenset[str]:
    path = Path(__file__).with_name("common_words.txt.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as stream:
        lines = stream.read().split("\n")
    return frozenset(line for line in lines if line and not line.startswith("#"))
