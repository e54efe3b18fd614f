"""Whole people of known level (tests/corpus/profiles, JSON Resume) and where they are placed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from levelset.bands import Band
from levelset.leveling.estimate import estimate_level
from levelset.proof.importers.jsonresume import import_json_resume
from levelset.proof.model import Materials

HERE = Path(__file__).parent / "profiles"


@dataclass(frozen=True)
class Placed:
    name: str
    known: Band
    estimated: Band

    @property
    def gap(self) -> int:
        return self.estimated.rank - self.known.rank


def placements() -> list[Placed]:
    """Every profile with its known band and the band levelset estimates."""
    found = []
    for path in sorted(HERE.glob("*.json")):
        known = Band(json.loads(path.read_text(encoding="utf-8"))["meta"]["levelset"]["known_band"])
        estimate = estimate_level(Materials((import_json_resume(path),)))
        found.append(Placed(path.stem, known, estimate.band))
    return found


def person_rows() -> list[str]:
    """The whole-person table for docs/proof.md."""
    placed = placements()
    exact = sum(p.gap == 0 for p in placed)
    worst = max(abs(p.gap) for p in placed)
    lines = [
        f"Whole people ({len(placed)} JSON Resume profiles of known level in "
        f"tests/corpus/profiles): {exact} of {len(placed)} placed exactly "
        f"({exact / len(placed):.0%}), at most {worst} band(s) off.",
        "",
        "| profile | known | estimated |",
        "|---|---|---|",
    ]
    lines += [f"| {p.name} | {p.known.value} | {p.estimated.value} |" for p in placed]
    return lines
