"""scripts/evaluate_market_names.py explains itself on --help instead of measuring everything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    script = str(ROOT / "scripts" / "evaluate_market_names.py")
    return subprocess.run(
        [sys.executable, script, *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_help_lists_the_options_and_measures_nothing() -> None:
    shown = _run("--help")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("usage: scripts/evaluate_market_names.py")
    for option in ("--misses", "--tuning", "--places"):
        assert option in shown.stdout
    assert "places heldout" not in shown.stdout and "titles" not in shown.stdout.split("\n")[0]


def test_an_unknown_option_is_refused() -> None:
    refused = _run("--heldout-misses")
    assert refused.returncode == 2 and "unrecognized arguments: --heldout-misses" in refused.stderr
