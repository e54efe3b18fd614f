"""Kill a process with SIGKILL during its work, then look at what it left.

The child prints READY once its imports are done, so that the kill lands in the work being
tested (opening and migrating a store) and not in Python's start-up. Two ways to choose the
moment: `run_and_kill`, a random delay after READY (any moment, even inside SQLite's own
code, but where it lands depends on the machine's speed and load), and `kill_at_point`, at the
n-th kill point of the store's SQL (before or after a statement, or before a commit), which
lands in the same place on any machine. Points are counted by SQLAlchemy's engine events in
the child script, not by the product.
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

# OPEN_STORE killing itself at kill point argv[2] (1 = the first; 0 = none: it prints how many
# points it passed after DONE). Its migrations, and so SQLAlchemy, are imported before READY.
OPEN_STORE_AT = """
import os, signal, sys
from pathlib import Path
from sqlalchemy import event
from sqlalchemy.engine import Engine
import levelset.store.migrations
from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from levelset.store import open_store
stop, passed = int(sys.argv[2]), 0
def point(*_args):
    global passed
    passed += 1
    if passed == stop:
        os.kill(os.getpid(), signal.SIGKILL)
for name in ("before_cursor_execute", "after_cursor_execute", "commit"):
    event.listen(Engine, name, point)
print("READY", flush=True)
open_store(Paths(Path(sys.argv[1])).ensure(), now=SystemClock().now).close()
print("DONE", passed, flush=True)
"""


def soak() -> bool:
    return bool(os.environ.get(SOAK_ENV))


def count(ci: int, soaked: int) -> int:
    """How many rounds: a few in the ordinary test run, many under `make soak`."""
    return soaked if soak() else ci


@dataclass(frozen=True)
class Kill:
    finished: bool  # the child got to the end before the signal (the kill was too late)


def _started(script: str, args: list[str]) -> subprocess.Popen[str]:
    """`script` running in a fresh interpreter, past READY."""
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
    return child


def _rest(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    rest = child.stdout.read()
    child.stdout.close()
    child.wait()
    return rest


def run_and_kill(script: str, args: list[str], delay: float) -> Kill:
    """Run `script` in a fresh interpreter, SIGKILL it `delay` seconds after READY."""
    child = _started(script, args)
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    return Kill(finished="DONE" in _rest(child))


def kill_points(home: Path) -> int:
    """How many kill points OPEN_STORE_AT passes opening the store of `home` (run to the end)."""
    child = _started(OPEN_STORE_AT, [str(home), "0"])
    done = _rest(child).split()
    assert child.returncode == 0 and done[:1] == ["DONE"], done
    return int(done[1])


def kill_at_point(home: Path, point: int) -> Kill:
    """OPEN_STORE_AT on `home`, killed by SIGKILL at kill point `point`."""
    child = _started(OPEN_STORE_AT, [str(home), str(point)])
    rest = _rest(child)
    return Kill(finished="DONE" in rest and child.returncode == 0)


def points(rounds: int, last: int, seed: int) -> list[int]:
    """Kill points for `rounds` rounds among 1..`last`, reproducible from `seed`: the last one
    (just before the commit) always, the others drawn."""
    pick = random.Random(seed)
    return [last, *(pick.randint(1, last) for _ in range(rounds - 1))]


def delays(rounds: int, longest: float, seed: int) -> list[float]:
    """Kill moments spread over [0, longest], reproducible from `seed`."""
    pick = random.Random(seed)
    return [pick.uniform(0, longest) for _ in range(rounds)]
