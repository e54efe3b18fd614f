"""The first market build: the store of a fresh home, in-process and in a cold command.

1. The first use of a fresh home (`open_market`): the prebuilt store shipped with the package
   unpacked and checked (market/prebuilt.py), against the floor for building: DuckDB's own CSV
   reader copying each shipped file into a table of a fresh database, nothing checked.
   Goal (issue 15): under 1 s.
2. A full build from the shipped files (`rebuild`, what `data rebuild` does and what a stale or
   missing prebuilt store falls back to: every dataset staged, checked row by row, typed,
   stored and checkpointed), against the same floor; reported.
3. The first `levelset range` in a fresh home, a cold process, against `python -c pass`;
   reported. A home without imports reads the shipped copy (market/shipped_copy.py), so this
   range makes no store.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure, wall_clock

REPEAT = int(os.environ.get("LEVELSET_BENCH_BUILD_REPEAT", "5"))
GOAL_SECONDS = 1.0
RANGE = ("range", "Machine Learning Engineer", "--level", "senior", "--location", "Seattle")


def _median(times: list[float]) -> float:
    return statistics.median(times)


def _medians(timings: list[Timing]) -> Timing:
    return _median([t[0] for t in timings]), _median([t[1] for t in timings])


Timing = tuple[float, float]  # (wall seconds, CPU seconds of the whole process)


def _build_once(tmp: Path, index: int) -> Timing:
    from levelset.market.build import rebuild
    from levelset.paths import Paths

    paths = Paths(tmp / f"home-{index}").ensure()
    start, cpu = time.perf_counter(), time.process_time()
    rebuild(paths, now=wall_clock)
    return time.perf_counter() - start, time.process_time() - cpu


def _first_use_once(tmp: Path, index: int) -> Timing:
    from levelset.market.build import open_market
    from levelset.paths import Paths

    paths = Paths(tmp / f"first-{index}").ensure()
    start, cpu = time.perf_counter(), time.process_time()
    open_market(paths, now=wall_clock).close()
    return time.perf_counter() - start, time.process_time() - cpu


def _floor_once(tmp: Path, index: int) -> Timing:
    """DuckDB's CSV reader over the shipped files into a fresh file, nothing checked."""
    import duckdb

    from levelset.market.build import SHIPPED_DIR

    files = sorted(p for p in SHIPPED_DIR.iterdir() if p.name.endswith((".csv.gz", ".txt.gz")))
    files += sorted(SHIPPED_DIR.glob("*.csv"))
    start, cpu = time.perf_counter(), time.process_time()
    con = duckdb.connect(str(tmp / f"floor-{index}.duckdb"))
    for number, file in enumerate(files):
        delim = "\t" if ".txt" in file.name else ","
        con.execute(
            f"CREATE TABLE t{number} AS SELECT * FROM read_csv(?, delim = ?, header = true, "
            "all_varchar = true)",
            [str(file), delim],
        )
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - start, time.process_time() - cpu


def _levelset() -> list[str]:
    script = Path(sys.executable).parent / "levelset"
    return [str(script)] if script.exists() else [sys.executable, "-m", "levelset.cli.main"]


def _cold(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def _first_range(tmp: Path) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    firsts, pythons = [], []
    for index in range(max(REPEAT // 2, 1) + 1):
        home = {**env, "LEVELSET_HOME": str(tmp / f"cold-{index}")}
        firsts.append(_cold([*_levelset(), *RANGE], home))
        pythons.append(_cold([sys.executable, "-c", "pass"], home))
    return _median(firsts[1:] or firsts), _median(pythons)  # the first run compiles bytecode


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="levelset-bench-build-") as tmp:
        root = Path(tmp)
        uses = [_first_use_once(root, i) for i in range(REPEAT)]
        builds = [_build_once(root, i) for i in range(REPEAT)]
        floors = [_floor_once(root, i) for i in range(REPEAT)]
        first, python = _first_range(root)
    use, build, floor = _medians(uses), _medians(builds), _medians(floors)
    floor_name = "DuckDB read_csv of the same files, unchecked"
    return [
        Figure(
            name="first use of a fresh home: the market store made (prebuilt, in-process)",
            value=use[0], unit="s", baseline_name=floor_name, baseline_value=floor[0],
            target=f"under {GOAL_SECONDS:g} s", met=use[0] < GOAL_SECONDS,
            cpu=use[1], baseline_cpu=floor[1],
        ),
        Figure(
            name="full build from the shipped files (rebuild, in-process)",
            value=build[0], unit="s", baseline_name=floor_name, baseline_value=floor[0],
            target="reported", cpu=build[1], baseline_cpu=floor[1],
        ),
        Figure(
            name="first `levelset range` in a fresh home (cold process, reads the shipped copy)",
            value=first, unit="s", baseline_name="python -c pass", baseline_value=python,
            target="reported",
        ),
    ]  # fmt: skip
