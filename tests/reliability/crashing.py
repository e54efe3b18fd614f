"""Kill a process with SIGKILL at a random moment of its work, then look at what it left.

The child prints READY once its imports are done, so that the kill lands in the work being
tested (opening and migrating a store) and not in Python's start-up.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

SOAK_ENV = "LEVELSET_SOAK"  # `make soak` sets it: many more kills and fuzz cases
READY = "READY"
SRC = Path(__file__).resolve().parents[2] / "src"

OPEN_STORE = """
import sys
from pathlib import Path
from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from levelset.store import open_store
print("READY", flush=True)
open_store(Paths(Path(sys.argv[1])).ensure(), now=SystemClock().now).close()
print("DONE", flush=True)
"""


def soak() -> bool:
    return bool(os.environ.get(SOAK_ENV))


def count(ci: int, soaked: int) -> int:
    """How many rounds: a few in the ordinary test run, many under `make soak`."""
    return soaked if soak() else ci


@dataclass(frozen=True)
class Kill:
    finished: bool  # the child got to the end before the signal (the kill was too late)


def run_and_kill(script: str, args: list[str], delay: float) -> Kill:
    """Run `script` in a fresh interpreter, SIGKILL it `delay` seconds after READY."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == READY, f"the child did not start: {line!r}"
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read()
    child.stdout.close()
    child.wait()
    return Kill(finished="DONE" in rest)


def delays(rounds: int, longest: float, seed: int) -> list[float]:
    """Kill moments spread over [0, longest], reproducible from `seed`."""
    pick = random.Random(seed)
    return [pick.uniform(0, longest) for _ in range(rounds)]
