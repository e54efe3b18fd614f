"""How often the practice scoring agrees with the hand labels of tests/corpus/practice/.

Run: PYTHONPATH=src python -m tests.corpus.practice_agreement
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from levelset.practice import Case, Pushback, Turn, answer

FILE = Path(__file__).parent / "practice" / "answers.jsonl"
STRONG = 60  # a move scoring this or more reads as a strong answer
CASE = Case(
    "Northwind Cloud", "USD", Decimal(192000), anchor=Decimal(215000),
    basis="the 75th percentile of the market range", levers=("a sign-on bonus",),
)  # fmt: skip


def rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line]


def judged(row: dict[str, object]) -> tuple[str, bool]:
    """The scorer's stance and strong/weak call for one labelled answer."""
    move = answer(CASE, Turn(Pushback(str(row["pushback"])), "line"), str(row["answer"]))
    return move.stance.value, move.score >= STRONG


BATCHES = {  # each written and labelled at once, before the scorer was run on it
    "first": range(1, 65),  # 2026-12-04
    "second": range(65, 97),  # 2026-12-05: its held-out rows were scored once, after tuning
}


def agreement(split: str, batch: str | None = None) -> dict[str, float | int]:
    """Agreement on one split, of every row or of one batch."""
    ids = BATCHES[batch] if batch else None
    chosen = [r for r in rows() if r["split"] == split and (ids is None or r["id"] in ids)]
    calls = [judged(r) for r in chosen]
    stance = sum(c[0] == r["stance"] for c, r in zip(calls, chosen, strict=True))
    strong = sum(c[1] == r["strong"] for c, r in zip(calls, chosen, strict=True))
    conceded = [(c, r) for c, r in zip(calls, chosen, strict=True) if r["stance"] == "concede"]
    caught = sum(c[0] == "concede" for c, _ in conceded)
    return {
        "n": len(chosen),
        "stance": round(stance / len(chosen), 3),
        "strong": round(strong / len(chosen), 3),
        "concessions_caught": round(caught / len(conceded), 3) if conceded else 0.0,
    }


def main() -> None:
    for split in ("tune", "held_out"):
        print(split, json.dumps(agreement(split)))
        for batch in BATCHES:
            print(f"  {batch} batch", json.dumps(agreement(split, batch)))


if __name__ == "__main__":
    main()
