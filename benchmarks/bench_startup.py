"""Cold start of every command, each in a fresh process, against `python -c pass` (issue 15).

Every command path's `--help` (from the registry, so a new command is measured the day it is
added) and the commands that do real reading against a prepared home: a market store built
beforehand, an imported résumé and tracked events (other files come from examples/). The
goal: each within 0.3 s of bare Python start-up, measured in the same run.

Sources are compiled to bytecode first, as an installed package is: an environment that
sets PYTHONDONTWRITEBYTECODE would otherwise measure the compiler, not the start-up.
"""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.harness import Figure

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOAL = 0.3  # seconds above `python -c pass`
REPEAT = int(os.environ.get("LEVELSET_BENCH_STARTUP_REPEAT", "5"))
HELP_REPEAT = int(os.environ.get("LEVELSET_BENCH_STARTUP_HELP_REPEAT", "3"))

# Commands that read or compute, each a tiny valid invocation in the prepared home.
READING: tuple[tuple[str, ...], ...] = (
    ("--version",),
    ("paths",),
    ("range", "Machine Learning Engineer", "--level", "senior", "--location", "San Francisco"),
    ("range", "MLE", "--level", "senior", "--location", "Seattle", "--json"),
    ("roles", "Sr. ML Eng"),
    ("levels", "L5"),
    ("places", "SF"),
    ("data", "status"),
    ("offer", "value", "examples/offers/bigco-rsu.yaml"),
    ("offer", "list"),
    ("score", "examples/emails/strong_counter.txt"),
    ("proof", "list"),
    ("proof", "report"),
    ("proof", "report", "--json"),
    ("level", "estimate"),
    ("track", "list"),
    ("metrics",),
    ("profile", "show"),
    ("negotiate", "status"),
    ("plan", "show"),
    ("client", "list"),
)


def _levelset() -> list[str]:
    script = Path(sys.executable).parent / "levelset"
    return [str(script)] if script.exists() else [sys.executable, "-m", "levelset.cli.main"]


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"LEVELSET_HOME": str(home), "COLUMNS": "100", "NO_COLOR": "1"}


def _cold(command: list[str], env: dict[str, str], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time of `command` in a fresh process."""
    times, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, env=env, check=False, cwd=ROOT)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if done.returncode != 0:
            raise RuntimeError(f"{command} failed: {done.stderr.decode()[-400:]}")
    return statistics.median(times), statistics.median(cpus)


def _prepare(tmp: Path, env: dict[str, str]) -> None:
    """A home with a built market store, an imported résumé, tracked events, a plan."""
    from benchmarks.bench_proof import _two_page_resume

    resume = tmp / "resume.md"
    resume.write_text(_two_page_resume())
    steps = (
        ("range", "Machine Learning Engineer", "--level", "senior", "--location", "Seattle"),
        ("proof", "import", str(resume)),
        ("track", "import", str(EXAMPLES / "tracking" / "applications.csv")),
        ("plan",),
    )
    for step in steps:
        subprocess.run([*_levelset(), *step], check=True, capture_output=True, env=env)


def _help_paths() -> Iterator[tuple[str, ...]]:
    from levelset.cli.docgen import command_paths

    yield ()
    yield from command_paths()


def _figure(
    args: tuple[str, ...], ours: tuple[float, float], python: tuple[float, float]
) -> Figure:
    return Figure(
        name=f"levelset {' '.join(args)}".strip(),
        value=ours[0],
        unit="s",
        baseline_name="python -c pass",
        baseline_value=python[0],
        target=f"within {GOAL} s of python start-up",
        met=ours[0] - python[0] <= GOAL,
        cpu=ours[1],
        baseline_cpu=python[1],
    )


def run() -> list[Figure]:
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="levelset-bench-startup-") as tmp:
        env = _environment(Path(tmp) / "home")
        _prepare(Path(tmp), env)
        python = _cold([sys.executable, "-c", "pass"], env, REPEAT * 2)
        for args in READING:
            value = _cold([*_levelset(), *args], env, REPEAT)
            figures.append(_figure(args, value, python))
        for path in _help_paths():
            value = _cold([*_levelset(), *path, "--help"], env, HELP_REPEAT)
            figures.append(_figure((*path, "--help"), value, python))
    return figures
