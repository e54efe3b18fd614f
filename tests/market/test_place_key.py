"""place_key, rewritten for speed (issue 15), gives the keys its first reading gave."""

from __future__ import annotations

import random
import re
import unicodedata

from levelset.market.us_areas import place_key


def _first_reading(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", plain.lower())).strip()


def test_place_keys_are_those_of_the_first_reading() -> None:
    rng = random.Random(15)
    alphabet = "aZ09 .,-'\t\n\u00a0\u2003ÉéüßøŁİ\u0301ﬁ²Ⅷ中-St. Simons"
    texts = ["", " ", "Zürich", "St. Simons, GA", "Winston-Salem", "São Paulo", "İzmir", "ﬁnland"]
    texts += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20_000)
    ]
    for text in texts:
        assert place_key(text) == _first_reading(text), repr(text)
