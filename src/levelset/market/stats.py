"""Statistics of ranges: percentiles (plain, weighted, from published points), a confidence
interval for a median, and the mixture of several published distributions.

Floats only here: money becomes Decimal again when it leaves the market package.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from functools import lru_cache

# re-exported: the market package reads it here
from levelset.percentiles import percentile_of as percentile_of

Points = Sequence[tuple[float, float]]  # (percentile 0-100, value), percentiles increasing


def quantile(ordered: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) of sorted values, interpolating linearly between neighbours.

    The same definition as DuckDB's quantile_cont and numpy's default ("type 7").
    """
    if not ordered:
        raise ValueError("no values")
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def weighted_quantile(values: Sequence[float], weights: Sequence[float], q: float) -> float:
    """The smallest value whose cumulative weight reaches q of the total weight (0 < q <= 1).

    With equal weights this is the lower empirical quantile, value number ceil(q * n).
    """
    pairs = sorted((v, w) for v, w in zip(values, weights, strict=True) if w > 0)
    if not pairs:
        raise ValueError("no positive weights")
    target = q * sum(w for _, w in pairs)
    running = 0.0
    for value, weight in pairs:
        running += weight
        if running >= target * (1 - 1e-12):
            return value
    return pairs[-1][0]


def median_interval(
    ordered: Sequence[float], confidence: float = 0.95
) -> tuple[float, float, float] | None:
    """A distribution-free interval for the median: two order statistics of the sample.

    Returns (low, high, coverage) with coverage >= confidence, or None when the sample is too
    small for any pair of order statistics to reach it (n < 6 at 95%).
    """
    n = len(ordered)
    rank = _lower_rank(n, 1 - confidence)
    if rank is None:
        return None
    coverage = 1 - 2 * _binomial_half_cdf(n, rank - 1)
    return ordered[rank - 1], ordered[n - rank], coverage


def _lower_rank(n: int, alpha: float) -> int | None:
    """The largest j with P(Binomial(n, 1/2) <= j - 1) <= alpha / 2 (1-based), or None."""
    if n < 1 or _binomial_half_cdf(n, 0) > alpha / 2:
        return None
    # start near the answer (normal approximation) for large n, then nudge to the exact rule
    j = max(1, math.floor(n / 2 - 0.5 - _z(alpha) * math.sqrt(n) / 2)) if n > 200 else 1
    while _binomial_half_cdf(n, j) <= alpha / 2:
        j += 1
    while j > 1 and _binomial_half_cdf(n, j - 1) > alpha / 2:
        j -= 1
    return j


def _binomial_half_cdf(n: int, k: int) -> float:
    """P(Binomial(n, 1/2) <= k): exact (in log space) up to n = 200, normal beyond."""
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    if n > 200:  # continuity-corrected normal approximation; exact sums get slow
        z = (k + 0.5 - n / 2) / (math.sqrt(n) / 2)
        return 0.5 * (1 + math.erf(z / math.sqrt(2)))
    log_half = n * math.log(0.5)
    logs = [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) for i in range(k + 1)]
    top = max(logs)
    return math.exp(top + log_half) * sum(math.exp(x - top) for x in logs)


_Z = {0.10: 1.6449, 0.05: 1.9600, 0.01: 2.5758}


def _z(alpha: float) -> float:
    """The two-sided normal quantile for the usual confidence levels."""
    return _Z.get(round(alpha, 2), 1.96)


def value_at(points: Points, percentile: float) -> float | None:
    """The value at a percentile, interpolating linearly between published points.

    None outside the published points: we never extrapolate a tail.
    """
    for (p0, v0), (p1, v1) in itertools.pairwise(points):
        if p0 <= percentile <= p1:
            return v0 if p1 == p0 else v0 + (v1 - v0) * (percentile - p0) / (p1 - p0)
    if points and percentile == points[0][0]:
        return points[0][1]
    return None


def empirical_percentile(ordered: Sequence[float], value: float) -> float:
    """The share of a sample (0-100) below a value, counting ties as half."""
    import bisect

    below = bisect.bisect_left(ordered, value)
    ties = bisect.bisect_right(ordered, value) - below
    return 100.0 * (below + ties / 2) / len(ordered)


def _cdf(points: Points, x: float, *, left: bool = False) -> float:
    """A published distribution's CDF (0..1): linear between points, extended linearly beyond.

    Where several percentiles share one value (BLS publishes P25 = P50 = P75 when many earn
    the same wage) the CDF jumps there: right-continuous by default, its left limit when
    `left` is set.
    """
    same = [p for p, v in points if v == x]
    if same:
        return (min(same) if left else max(same)) / 100
    index = 0
    while index < len(points) - 2 and x > points[index + 1][1]:
        index += 1
    (p0, v0), (p1, v1) = points[index], points[index + 1]
    share = p0 if v1 == v0 else p0 + (p1 - p0) * (x - v0) / (v1 - v0)
    return min(1.0, max(0.0, share / 100))


def _knots(points: Points) -> list[float]:
    """Where a published CDF bends: its points and where its linear ends reach 0 and 1."""
    knots = [v for _, v in points]
    for (p0, v0), (p1, v1) in (points[:2], points[-2:]):
        if v1 != v0:
            slope = (p1 - p0) / (v1 - v0)
            knots += [v0 - p0 / slope, v0 + (100 - p0) / slope]
    return knots


def mixture_quantile(parts: Sequence[tuple[float, Points]], percentile: float) -> float:
    """The percentile of a weighted mixture of published distributions."""
    return mixture_quantiles(parts, [percentile])[0]


def mixture_quantiles(
    parts: Sequence[tuple[float, Points]], percentiles: Sequence[float]
) -> list[float]:
    """Percentiles of a weighted mixture of published distributions.

    Each part's CDF is piecewise linear, so the mixture's is too, with the parts' knots as
    corners: evaluate it there once and invert exactly.
    """
    frozen = tuple((w, tuple(p)) for w, p in parts)
    return list(_mixture_quantiles(frozen, tuple(percentiles)))


@lru_cache(maxsize=4096)
def _mixture_quantiles(
    parts: tuple[tuple[float, tuple[tuple[float, float], ...]], ...],
    percentiles: tuple[float, ...],
) -> tuple[float, ...]:
    """`mixture_quantiles` on hashable inputs, kept: a warm query asks the same blends again."""
    total = sum(w for w, _ in parts)
    knots = sorted({k for _, p in parts for k in _knots(p)})
    table = [
        (x, sum(w * _cdf(p, x, left=side) for w, p in parts) / total)
        for x in knots
        for side in (True, False)  # a jump at x: its left limit, then its value
    ]
    return tuple(_invert(table, q / 100) for q in percentiles)


def _invert(table: Sequence[tuple[float, float]], target: float) -> float:
    previous: tuple[float, float] | None = None
    for x, value in table:
        if value >= target:
            if previous is None or value == previous[1]:
                return x
            x0, f0 = previous
            return x0 + (x - x0) * (target - f0) / (value - f0)
        previous = (x, value)
    return table[-1][0]
