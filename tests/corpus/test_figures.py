"""docs/proof.md shows the figures that scripts/evaluate_bullets.py measures today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "evaluate_bullets.py"


def test_the_docs_figures_are_current() -> None:
    spec = importlib.util.spec_from_file_location("evaluate_bullets", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "run: PYTHONPATH=src:. python scripts/evaluate_bullets.py"
