"""`levelset proof report` of a two-page résumé in a cold process, against `python -c pass`.

The résumé is imported once into a temporary home; each timed run is a fresh process that
reads it back, scores every bullet with the learned scorer and prints the JSON report, next to
a run of bare Python (so both see the same load). The goal (issue 12): a report within 0.3 s of
bare Python start-up, judged on CPU time as in bench_startup (wall time shown beside it).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_proof import _two_page_resume
from benchmarks.bench_startup import GOAL, ROOT, TARGET, Timing, _levelset, _timed
from benchmarks.harness import Figure

REPEAT = int(os.environ.get("LEVELSET_BENCH_COLD_REPEAT", "9"))


def _paired(env: dict[str, str]) -> tuple[Timing, Timing]:
    ours: list[Timing] = []
    python: list[Timing] = []
    for _ in range(REPEAT):
        python.append(_timed([sys.executable, "-c", "pass"], env, None))
        ours.append(_timed([*_levelset(), "proof", "report", "--json"], env, None))
    return _median(ours), _median(python)


def _median(timings: list[Timing]) -> Timing:
    return statistics.median(t[0] for t in timings), statistics.median(t[1] for t in timings)


def run() -> list[Figure]:
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="levelset-bench-cold-") as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["LEVELSET_HOME"] = str(Path(tmp) / "home")
        resume = Path(tmp) / "resume.md"
        resume.write_text(_two_page_resume())
        subprocess.run([*_levelset(), "proof", "import", str(resume)], check=True, env=env)
        ours, python = _paired(env)
    print(
        f"proof report: CPU {ours[1]:.3f} s vs python {python[1]:.3f} s "
        f"(+{ours[1] - python[1]:.3f} s); wall {ours[0]:.3f} s vs {python[0]:.3f} s",
        file=sys.stderr,
    )
    return [
        Figure(
            name="proof report of a two-page resume, cold process",
            value=ours[0], unit="s",
            baseline_name="python -c pass", baseline_value=python[0],
            target=TARGET, met=ours[1] - python[1] <= GOAL,
            cpu=ours[1], baseline_cpu=python[1],
        )
    ]  # fmt: skip
