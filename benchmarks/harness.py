"""What a benchmark reports, and a timer that takes the median of several runs."""

from __future__ import annotations

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

    @property
    def ratio(self) -> float:
        """How many times better than the baseline (>1 means better)."""
        if self.value == 0 or self.baseline_value == 0:
            return float("inf")
        if self.higher_is_better:
            return self.value / self.baseline_value
        return self.baseline_value / self.value


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
