"""docs/proof.md quotes the precision and recall the code measures on the labelled sets."""

from __future__ import annotations

import re
from pathlib import Path

from tests.proof.labelled import table

DOC = Path(__file__).resolve().parents[2] / "docs" / "proof.md"


def _doc_tables() -> list[list[str]]:
    text = DOC.read_text()
    found = []
    for heading in ("Tuned set", "Holdout set"):
        section = text.split(heading, 1)[1]
        rows = re.findall(r"^\| (\S+) \| ([\d.]+) \| ([\d.]+) \| (\d+) \|$", section, re.M)
        found.append([" ".join(r) for r in rows[: len(table())]])
    return found


def test_docs_tables_match_the_measured_figures() -> None:
    for which, rows in zip(("tuned", "holdout"), _doc_tables(), strict=True):
        measured = [f"{n} {p:.2f} {r:.2f} {s}" for n, p, r, s in table(which)]
        assert rows == measured, which
