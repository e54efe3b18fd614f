"""The labelled bullet corpus (tests/corpus/bullets): rows, labels and the held-out split."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent / "bullets"
SALT = "levelset-bullets-v1"
FEATURES = ("has_metric", "outcome", "leadership", "cross_team")
BANDS = ("entry", "mid", "senior", "staff", "senior_staff", "principal")


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    split: str
    labels: dict[str, Any]  # the adjudicated labels when there are some, else labels_a
    raw: dict[str, Any]


def split_of(text: str) -> str:
    """`holdout` for half of the texts, fixed by a seeded hash; `tune` for the rest."""
    digest = hashlib.sha256(f"{SALT}|{text}".encode()).hexdigest()
    return "holdout" if int(digest, 16) % 2 else "tune"


def rows(split: str | None = None, *, pending: bool = False) -> list[Row]:
    """Every labelled row, or those of one split ("tune" or "holdout").

    A row of a batch still waiting for its second labeller (no `labels_b` yet, RULES.md) is
    left out: training, tuning and the figures read only rows labelled twice. `pending=True`
    adds those rows, with `labels_a`, for the checks of ids, splits and label shapes.
    """
    found = []
    for line in (HERE / "bullets.jsonl").read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if "labels_b" not in data and not pending:
            continue
        labels = data.get("labels") or data["labels_a"]
        found.append(Row(data["id"], data["text"], data["split"], labels, data))
    return [r for r in found if split is None or r.split == split]
