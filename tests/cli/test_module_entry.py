"""`python -m levelset` runs the same command line as the `levelset` script."""

from __future__ import annotations

import subprocess
import sys

from levelset import __version__


def test_python_dash_m_levelset_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "levelset", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"levelset {__version__}")


def test_python_dash_m_levelset_exits_with_the_commands_code() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "levelset", "no-such-command"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
