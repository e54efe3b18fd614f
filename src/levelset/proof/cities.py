"""City names the résumé reader knows, to tell "Lake Forest, California" (a place) from
"Microsoft, Azure ML" or "Deutsche Bank, Corporate Banking" (an employer and its division).

`city_names.txt.gz` lists every city of 100,000 people or more outside the US and every US
town of 10,000 or more, by name, one a line, written by scripts/make_city_names.py from the
market's shipped tables (GeoNames, CC BY 4.0, and US postal data; see
data/market/ATTRIBUTION.md). It is read on the first question only.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from pathlib import Path

from levelset.patterns import compiled

NAMES_FILE = "city_names.txt.gz"


_NOT_NAME_CHARS = compiled(r"[^\w'’-]+")


def fold(name: str) -> str:
    """Lower case, no accents, one space between words: "São  Paulo" -> "sao paulo"."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_NAME_CHARS.sub(" ", text).split())


def is_city(name: str) -> bool:
    """A city or town the reader knows by this name ("Huntington Beach", "São Paulo")."""
    folded = fold(name)
    if folded.endswith(" city") and folded[:-5] in _names():
        return True  # "Québec City", "Cebu City": the city by its name and the word
    return bool(folded) and folded in _names()


@cache
def _names() -> frozenset[str]:
    path = Path(__file__).with_name(NAMES_FILE)
    with gzip.open(str(path), "rt", encoding="utf-8") as stream:
        return frozenset(stream.read().split("\n")) - {""}
