"""Cold start of every command, each in a fresh process, against `python -c pass` (issue 15).

Two tables. The first runs every command for real (benchmarks/startup_cases.py: one
invocation per command, in a prepared demo home; a server until it says it is ready). The
second asks every command path's `--help` (from the registry, so a new command is measured the
day it is added). The goal: each within 0.3 s of bare Python start-up.

Bare Python is measured next to each command, run for run, so both see the same load. Each
figure has the median wall time and the median CPU time (user + system, from the children's
resource usage); the goal is judged on CPU time, which a loaded machine stretches far less than
wall time (a process waiting for a core), and the count met on wall time is printed too.
Sources are compiled to bytecode first, as an installed package is.
"""

from __future__ import annotations

import compileall
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.harness import Figure
from benchmarks.startup_cases import CASES, Case, prepare

ROOT = Path(__file__).resolve().parents[1]
GOAL = 0.3  # seconds above `python -c pass`
REPEAT = int(os.environ.get("LEVELSET_BENCH_STARTUP_REPEAT", "5"))
HELP_REPEAT = int(os.environ.get("LEVELSET_BENCH_STARTUP_HELP_REPEAT", "3"))
TARGET = f"CPU within {GOAL} s of python's (wall shown)"
Timing = tuple[float, float]  # wall seconds, CPU seconds


def _levelset() -> list[str]:
    script = Path(sys.executable).parent / "levelset"
    return [str(script)] if script.exists() else [sys.executable, "-m", "levelset.cli.main"]


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"LEVELSET_HOME": str(home), "COLUMNS": "100", "NO_COLOR": "1"}


class Bench:
    """One prepared home and the way each case is run against it."""

    def __init__(self, tmp: Path) -> None:
        self.template = tmp / "home"
        self.scratch = tmp / "scratch"
        self.env = _environment(self.template)
        prepare(self.template, self._setup)

    def _setup(self, args: list[str], home: Path) -> subprocess.CompletedProcess[bytes]:
        env = self.env | {"LEVELSET_HOME": str(home)}
        return subprocess.run([*_levelset(), *args], check=True, capture_output=True, env=env)

    def home_for(self, case: Case) -> Path:
        """The template home, or for a command that writes a fresh copy of it."""
        if not case.writes:
            return self.template
        run_home = self.scratch / "home"
        shutil.rmtree(self.scratch, ignore_errors=True)
        shutil.copytree(self.template, run_home)
        return run_home

    def command(self, case: Case, home: Path) -> list[str]:
        tmp = str(self.scratch)
        self.scratch.mkdir(exist_ok=True)
        port = str(_free_port())
        other = str(self.template.parent / "other")
        args = [
            a.replace("{home}", str(home)).replace("{tmp}", tmp).replace("{other}", other)
            for a in case.args
        ]
        return [*_levelset(), *(a.replace("{port}", port) for a in args)]

    def once(self, case: Case) -> Timing:
        home = self.home_for(case)
        command = self.command(case, home)
        env = self.env | {"LEVELSET_HOME": str(home)}
        if case.first:
            self._setup(list(case.first), home)
        if case.ready is not None:
            return _until_ready(command, env, case.ready)
        return _timed(command, env, case.stdin)

    def python(self) -> Timing:
        return _timed([sys.executable, "-c", "pass"], self.env, None)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], env: dict[str, str], stdin: str | None) -> Timing:
    before, start = _children_cpu(), time.perf_counter()
    done = subprocess.run(
        command, input=(stdin or "").encode(), capture_output=True, env=env, cwd=ROOT
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command[1:]} failed: {done.stderr.decode()[-400:]}")
    return wall, _children_cpu() - before


def _until_ready(command: list[str], env: dict[str, str], ready: str) -> Timing:
    """A server: the time until it prints `ready`, then it is stopped (its CPU counted)."""
    before, start = _children_cpu(), time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    ) as server:
        assert server.stdout is not None
        for line in server.stdout:
            if ready.encode() in line:
                break
        else:
            raise RuntimeError(f"{command[1:]} stopped before it was ready")
        wall = time.perf_counter() - start
        server.terminate()
        server.wait()
    return wall, _children_cpu() - before


def _paired(bench: Bench, case: Case, repeat: int) -> tuple[Timing, Timing]:
    """Medians of the command and of bare Python, run alternately."""
    ours, python = [], []
    for _ in range(repeat):
        python.append(bench.python())
        ours.append(bench.once(case))
    return _medians(ours), _medians(python)


def _medians(timings: list[Timing]) -> Timing:
    return statistics.median(t[0] for t in timings), statistics.median(t[1] for t in timings)


def _figure(label: str, ours: Timing, python: Timing) -> Figure:
    return Figure(
        name=f"levelset {label}".strip(),
        value=ours[0],
        unit="s",
        baseline_name="python -c pass",
        baseline_value=python[0],
        target=TARGET,
        met=ours[1] - python[1] <= GOAL,
        cpu=ours[1],
        baseline_cpu=python[1],
    )


def _label(case: Case) -> str:
    names = {str(ROOT / "examples"): "examples"}
    shown = []
    for arg in case.args:
        for path, short in names.items():
            arg = arg.replace(path, short)
        shown.append(f"'{arg}'" if " " in arg else arg)
    return " ".join(shown) + (f" (after {' '.join(case.first)})" if case.first else "")


def _help_paths() -> Iterator[tuple[str, ...]]:
    from levelset.cli.docgen import command_paths

    yield ()
    yield from command_paths()


def _summary(title: str, figures: list[Figure]) -> None:
    on_cpu = sum(bool(f.met) for f in figures)
    on_wall = sum(f.value - f.baseline_value <= GOAL for f in figures)
    worst = sorted(figures, key=lambda f: (f.cpu or 0) - (f.baseline_cpu or 0), reverse=True)
    print(
        f"{title}: {on_cpu} of {len(figures)} within {GOAL} s of python -c pass on CPU time, "
        f"{on_wall} on wall time; slowest on CPU: "
        + "; ".join(f"{f.name} (+{(f.cpu or 0) - (f.baseline_cpu or 0):.3f} s)" for f in worst[:5]),
        file=sys.stderr,
    )


def _measured(bench: Bench, case: Case, repeat: int, label: str) -> list[Figure]:
    """The case's figure; a case that fails is named on stderr (the table goes on)."""
    try:
        return [_figure(label, *_paired(bench, case, repeat))]
    except RuntimeError as failed:
        print(f"not measured: {failed}", file=sys.stderr)
        return []


def run() -> list[Figure]:
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    only = os.environ.get("LEVELSET_BENCH_STARTUP_ONLY")  # e.g. "proof" to run a few cases
    with tempfile.TemporaryDirectory(prefix="levelset-bench-startup-") as tmp:
        bench = Bench(Path(tmp))
        commands = [
            figure
            for case in CASES
            if not only or only in " ".join(case.args)
            for figure in _measured(bench, case, REPEAT, _label(case))
        ]
        helps = [
            _figure(
                " ".join((*path, "--help")), *_paired(bench, Case((*path, "--help")), HELP_REPEAT)
            )
            for path in _help_paths()
            if not only or only in " ".join(path)
        ]
    _summary("commands run for real", commands)
    _summary("--help of every command path", helps)
    return commands + helps
