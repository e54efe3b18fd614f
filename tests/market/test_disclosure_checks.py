"""The small-set check of market/disclosure.py, rewritten for speed (issue 15), decides as the
first reading did: a reference copy of that reading against the module on random rows."""

from __future__ import annotations

import random
from collections import Counter

from levelset.market.disclosure import PRIME, _rank, _rests_on


def _rests_on_first_reading(rows: list[dict[int, int]], few: frozenset[int]) -> bool:
    while True:
        outside = Counter(c for r in rows for c in r if c not in few)
        taking = [r for r in rows if all(outside[c] > 1 for c in r if c not in few)]
        if len(taking) == len(rows):
            break
        rows = taking
    if not rows:
        return False
    kept = [{c: v for c, v in r.items() if c not in few} for r in rows]
    return _rank(kept) < len(rows)


def test_the_small_set_check_decides_as_its_first_reading() -> None:
    rng = random.Random(15)
    decided: Counter[bool] = Counter()
    for _ in range(20_000):
        columns = rng.randint(1, 9)
        rows = [
            {
                c: rng.choice((1, 2, PRIME - 1, rng.randrange(1, PRIME)))
                for c in rng.sample(range(columns), rng.randint(1, columns))
            }
            for _ in range(rng.randint(0, 4))
        ]
        few = frozenset(rng.sample(range(columns), rng.randint(0, columns)))
        expected = _rests_on_first_reading(rows, few)
        assert _rests_on(rows, few) is expected, (rows, few)
        decided[expected] += 1
    assert min(decided.values()) > 2_000  # both answers are common among the inputs
