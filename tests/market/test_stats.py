"""Statistics of ranges, checked against independent definitions with hypothesis."""

from __future__ import annotations

import math
import statistics
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from levelset.market.stats import (
    empirical_percentile,
    median_interval,
    mixture_quantiles,
    percentile_of,
    quantile,
    value_at,
    weighted_quantile,
)

FAST = settings(max_examples=60, deadline=None)  # the whole market test folder stays quick

salaries = st.lists(
    st.floats(min_value=1_000, max_value=2_000_000, allow_nan=False), min_size=2, max_size=200
)
# Published percentiles are whole dollars: floats a few ulps apart would make the inverse
# ill-conditioned (a percentile read back from a value 1e-12 wide), which no source publishes.
published = st.lists(
    st.integers(min_value=10_000, max_value=500_000).map(float),
    min_size=5,
    max_size=5,
    unique=True,
).map(lambda v: list(zip((10.0, 25.0, 50.0, 75.0, 90.0), sorted(v), strict=True)))


@FAST
@given(salaries, st.sampled_from([0.1, 0.25, 0.5, 0.75, 0.9]))
def test_quantile_is_the_inclusive_definition(values: list[float], q: float) -> None:
    ordered = sorted(values)
    cuts = statistics.quantiles(ordered, n=100, method="inclusive")
    assert math.isclose(quantile(ordered, q), cuts[round(q * 100) - 1], rel_tol=1e-9)


@FAST
@given(salaries, st.floats(min_value=0.01, max_value=1.0))
def test_equal_weights_give_the_lower_empirical_quantile(values: list[float], q: float) -> None:
    ordered = sorted(values)
    expected = ordered[max(0, math.ceil(q * len(ordered) - 1e-9) - 1)]
    assert weighted_quantile(values, [1.0] * len(values), q) == expected


@FAST
@given(salaries, st.lists(st.integers(1, 5), min_size=200, max_size=200), st.floats(0.05, 1.0))
def test_integer_weights_equal_repeating_the_values(
    values: list[float], counts: list[int], q: float
) -> None:
    weights = counts[: len(values)]
    repeated = [v for v, w in zip(values, weights, strict=True) for _ in range(w)]
    assert weighted_quantile(values, weights, q) == weighted_quantile(
        repeated, [1.0] * len(repeated), q
    )


@FAST
@given(salaries)
def test_median_interval_brackets_the_median_with_its_coverage(values: list[float]) -> None:
    ordered = sorted(values)
    found = median_interval(ordered)
    if len(ordered) < 6:
        assert found is None
        return
    assert found is not None
    low, high, coverage = found
    assert low <= statistics.median(ordered) <= high
    assert coverage >= 0.95 - (0.005 if len(ordered) > 200 else 0)


def test_median_interval_ranks_match_the_binomial_rule_for_small_samples() -> None:
    for n in range(6, 60):
        ordered = [float(i) for i in range(1, n + 1)]
        low, high, coverage = median_interval(ordered)  # type: ignore[misc]
        j = int(low)  # values equal their ranks
        tail = sum(math.comb(n, i) for i in range(j)) / 2**n
        assert tail <= 0.025 < sum(math.comb(n, i) for i in range(j + 1)) / 2**n
        assert high == n + 1 - j
        assert math.isclose(coverage, 1 - 2 * tail)


@FAST
@given(published, st.floats(min_value=10, max_value=90))
def test_value_at_and_percentile_of_invert_each_other(points: list, pct: float) -> None:
    value = value_at(points, pct)
    assert value is not None
    back = percentile_of(points, value)
    assert back is not None and math.isclose(back, pct, abs_tol=1e-6)


@FAST
@given(published)
def test_a_mixture_of_one_distribution_is_that_distribution(points: list) -> None:
    found = mixture_quantiles([(1.0, points)], [10, 25, 50, 75, 90])
    for (_, value), mixed in zip(points, found, strict=True):
        assert math.isclose(mixed, value, rel_tol=1e-9)


@FAST
@given(published, published, st.floats(0.1, 0.9))
def test_mixture_percentiles_are_ordered_and_between_the_parts(a: list, b: list, w: float) -> None:
    found = mixture_quantiles([(w, a), (1 - w, b)], [10, 25, 50, 75, 90])
    assert all(x <= y + 1e-6 for x, y in pairwise(found))
    for index, mixed in enumerate(found):
        low, high = sorted((a[index][1], b[index][1]))
        assert low - 1e-6 <= mixed <= high + 1e-6


@FAST
@given(salaries, st.floats(min_value=1_000, max_value=2_000_000))
def test_empirical_percentile_counts_the_share_below(values: list[float], offer: float) -> None:
    ordered = sorted(values)
    below = sum(v < offer for v in ordered) + sum(v == offer for v in ordered) / 2
    assert math.isclose(empirical_percentile(ordered, offer), 100 * below / len(ordered))
