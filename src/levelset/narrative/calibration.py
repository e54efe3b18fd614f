"""Checking the scorer against hand-graded emails: Spearman rank correlation of scores vs grades.

Reproduce the figure in docs/narrative.md with:
    python -m levelset.narrative.calibration tests/narrative/labelled/emails.yaml
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from levelset.errors import Problem, validation_failed
from levelset.narrative.scorer import score_message


@dataclass(frozen=True)
class Graded:
    """One hand-graded email and the score the scorer gave it."""

    id: str
    grade: int
    score: int


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks; tied values share the average of their ranks."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            result[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return result


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rank correlation (Pearson correlation of the tie-averaged ranks)."""
    if len(xs) != len(ys) or len(xs) < 2:
        raise ValueError("spearman needs two sequences of the same length, at least 2 long")
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = math.sqrt(sum((a - mx) ** 2 for a in rx))
    vy = math.sqrt(sum((b - my) ** 2 for b in ry))
    return cov / (vx * vy) if vx and vy else 0.0


def score_labelled(path: Path) -> list[Graded]:
    """Score every email of a labelled YAML file (see tests/narrative/labelled/emails.yaml)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    problems, graded = [], []
    for index, item in enumerate(data.get("emails") or []):
        if not isinstance(item, dict) or "text" not in item or "grade" not in item:
            problems.append(
                Problem("needs text and grade", file=str(path), field=f"emails[{index}]")
            )
            continue
        result = score_message(item["text"], item.get("stage"), item.get("prior") or ())
        graded.append(Graded(str(item.get("id", index)), int(item["grade"]), result.score))
    if problems:
        raise validation_failed(str(path), problems)
    return graded


def main(argv: Sequence[str]) -> int:
    graded = score_labelled(Path(argv[0]))
    rho = spearman([g.grade for g in graded], [g.score for g in graded])
    print(f"{len(graded)} emails, Spearman rank correlation of score vs grade: {rho:.3f}")
    for grade in sorted({g.grade for g in graded}):
        scores = sorted(g.score for g in graded if g.grade == grade)
        print(
            f"  grade {grade}: n={len(scores)}, scores {scores[0]}-{scores[-1]}, "
            f"median {scores[len(scores) // 2]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
