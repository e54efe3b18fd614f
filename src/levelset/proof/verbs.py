"""What a bullet's verbs say, by class: a change (less, more, better, ended) or people led.

"Trimmed", "curbed", "shrank", "tutored" and "swayed" say what "reduced" and "coached" say,
though a fixed list of verbs misses them. The classes (word_classes.json, built from WordNet by
scripts/make_lexicon.py, with every inflection) are signals with the bullet's own words; their
weights are learned with the rest (levelset.proof.signals).
"""

from __future__ import annotations

import re

from levelset.once import once
from levelset.patterns import compiled
from levelset.proof.who import word_classes

KINDS = ("less", "more", "better", "end", "lead")
_TOKEN = compiled(r"[a-z]+(?:-[a-z]+)*", re.IGNORECASE)


@once
def _verbs() -> dict[str, str]:
    data = word_classes()
    return {form: kind for kind in KINDS for form in data[f"verb:{kind}"]}


def verb_signals(text: str) -> dict[str, str]:
    """Each class of verb the bullet uses, with the first words that raised it."""
    verbs = _verbs()
    raw = _TOKEN.findall(text)
    words = [w.lower() for w in raw]
    found: dict[str, str] = {}
    i = 0
    while i < len(words):
        size = 2 if " ".join(words[i : i + 2]) in verbs else 1
        kind = verbs.get(" ".join(words[i : i + size]))
        if kind is not None:
            found.setdefault(f"verb:{kind}", " ".join(raw[i : i + size]))
        i += size
    return found
