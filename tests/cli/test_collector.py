"""The `levelset` command collects its youngest objects rarely (issue 15): a cold command keeps
nearly all it makes, and the collector's frequent passes over them cost a start 10-16 ms."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESUME = str(ROOT / "examples" / "resume" / "resume.md")
PROBE = (
    "import gc, sys\n"
    "from levelset.cli.main import run\n"
    "passes = []\n"
    "gc.callbacks.append(lambda phase, info: passes.append(phase) if phase == 'stop' else None)\n"
    "sys.argv = ['levelset', *sys.argv[1:]]\n"
    "try:\n"
    "    run()\n"
    "except SystemExit as done:\n"
    "    print('passes', len(passes), 'exit', done.code)\n"
)


def _passes(home: Path, *args: str) -> str:
    env = {**os.environ, "LEVELSET_HOME": str(home), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, cwd=ROOT
    )
    return done.stdout.splitlines()[-1]


def test_a_cold_command_runs_without_collecting(levelset_home: Path) -> None:
    assert _passes(levelset_home, "proof", "import", RESUME, "--json").endswith("exit 0")
    assert _passes(levelset_home, "proof", "report", "--json") == "passes 0 exit 0"  # 37 at 700
