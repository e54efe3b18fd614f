"""`levelset proof report` of a two-page résumé in a cold process, against `python -c pass`.

The résumé is imported once into a temporary home; each timed run is a fresh process that
reads it back, scores every bullet with the learned scorer and prints the JSON report. The
goal (issue 12) is a report within 0.3 s of bare Python start-up.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_proof import _two_page_resume
from benchmarks.harness import Figure

REPEAT = 7
GOAL = 0.3  # seconds above `python -c pass`


def _levelset() -> list[str]:
    script = Path(sys.executable).parent / "levelset"
    return [str(script)] if script.exists() else [sys.executable, "-m", "levelset.cli.main"]


def _cold(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of fresh processes."""
    times, cpus = [], []
    for _ in range(REPEAT):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times), statistics.median(cpus)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="levelset-bench-cold-") as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["LEVELSET_HOME"] = str(Path(tmp) / "home")
        resume = Path(tmp) / "resume.md"
        resume.write_text(_two_page_resume())
        subprocess.run([*_levelset(), "proof", "import", str(resume)], check=True, env=env)
        ours = _cold([*_levelset(), "proof", "report", "--json"], env)
        python = _cold([sys.executable, "-c", "pass"], env)
    return [
        Figure(
            name="proof report of a two-page resume, cold process",
            value=ours[0], unit="s",
            baseline_name="python -c pass", baseline_value=python[0],
            target=f"within {GOAL} s of python start-up", met=ours[0] - python[0] <= GOAL,
            cpu=ours[1], baseline_cpu=python[1],
        )
    ]  # fmt: skip
