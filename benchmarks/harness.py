"""What a benchmark reports, and a timer that takes the median of several runs."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure, compared with a baseline measured in the same run."""

    name: str
    value: float
    unit: str
    baseline_name: str
    baseline_value: float
    target: str  # the goal in words, e.g. ">= 20x faster than pandas, median < 5 ms"
    met: bool | None = None  # None when the figure has no pass/fail goal
    higher_is_better: bool = False
    # CPU seconds (user + system) of the same work and of the baseline, when measured: on a
    # busy machine a process waits for a core, and wall time says more about the load than
    # about the code; CPU time stays close to what a quiet machine would show
    cpu: float | None = None
    baseline_cpu: float | None = None

    @property
    def ratio(self) -> float:
        """How many times better than the baseline (>1 means better)."""
        if self.value == 0 or self.baseline_value == 0:
            return float("inf")
        if self.higher_is_better:
            return self.value / self.baseline_value
        return self.baseline_value / self.value


def wall_clock() -> dt.datetime:
    """This run's time: a benchmark, like a door, may read the clock it hands the market build."""
    return dt.datetime.now(dt.UTC)


def median_seconds(fn: Callable[[], object], *, repeat: int = 15, warmup: int = 2) -> float:
    """Median wall time of fn() over `repeat` runs after `warmup` untimed runs."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def machine() -> dict[str, object]:
    """What the figures were measured on: cores, CPU model, memory, Python, load average."""
    import os
    import platform

    return {
        "cores": os.cpu_count(),
        "cpu": _cpu_model() or platform.processor() or platform.machine(),
        "memory_gib": _memory_gib(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _cpu_model() -> str | None:
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def _memory_gib() -> float | None:
    try:
        with open("/proc/meminfo") as info:
            kib = int(info.readline().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return round(kib / 1024 / 1024, 1)
