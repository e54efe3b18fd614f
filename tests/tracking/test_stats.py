"""Wilson intervals, the beta-binomial probability and Fisher's exact test."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from levelset.tracking.stats import fisher_exact, prob_better, wilson

counts = st.integers(min_value=0, max_value=400).flatmap(
    lambda n: st.tuples(st.integers(min_value=0, max_value=n), st.just(n))
)


@given(counts)
def test_wilson_interval_is_inside_0_1_and_holds_the_observed_rate(pair: tuple[int, int]) -> None:
    successes, trials = pair
    low, high = wilson(successes, trials)
    assert 0.0 <= low <= high <= 1.0
    if trials:
        assert low - 1e-12 <= successes / trials <= high + 1e-12


@given(counts)
def test_wilson_interval_narrows_with_four_times_the_data(pair: tuple[int, int]) -> None:
    successes, trials = pair
    if trials == 0:
        return
    low, high = wilson(successes, trials)
    low4, high4 = wilson(4 * successes, 4 * trials)
    assert high4 - low4 < high - low


def test_wilson_matches_a_hand_computed_interval() -> None:
    # 3 of 20 with z=1.96: centre (0.15 + 0.096) / 1.192, half-width from the score formula
    low, high = wilson(3, 20)
    assert low == pytest.approx(0.0524, abs=1e-4)
    assert high == pytest.approx(0.3604, abs=1e-4)


@settings(max_examples=60)
@given(counts, counts)
def test_prob_better_of_a_and_b_add_up_to_one(a: tuple[int, int], b: tuple[int, int]) -> None:
    forward = prob_better(a[0], a[1], b[0], b[1])
    backward = prob_better(b[0], b[1], a[0], a[1])
    assert 0.0 <= forward <= 1.0
    assert forward + backward == pytest.approx(1.0, abs=1e-9)


@settings(max_examples=40)
@given(counts)
def test_more_successes_never_lower_the_probability(a: tuple[int, int]) -> None:
    successes, trials = a
    if successes == trials:
        return
    more = prob_better(5, 20, successes + 1, trials)
    assert more >= prob_better(5, 20, successes, trials) - 1e-12  # float noise near 1


def _numerical_prob(sa: int, na: int, sb: int, nb: int, steps: int = 4000) -> float:
    """P(pB > pA) by midpoint integration of pdf_B(x) * cdf_A(x)."""

    def pdf(x: float, s: int, n: int) -> float:
        a, b = s + 1, n - s + 1
        return math.exp(
            (a - 1) * math.log(x)
            + (b - 1) * math.log1p(-x)
            - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))
        )

    h = 1.0 / steps
    cdf_a, total = 0.0, 0.0
    for i in range(steps):
        x = (i + 0.5) * h
        cdf_a += pdf(x, sa, na) * h
        total += pdf(x, sb, nb) * (cdf_a - pdf(x, sa, na) * h / 2) * h
    return total


@pytest.mark.parametrize("table", [(2, 14, 9, 14), (0, 5, 1, 5), (10, 30, 12, 25), (7, 7, 3, 9)])
def test_prob_better_agrees_with_numerical_integration(table: tuple[int, int, int, int]) -> None:
    assert prob_better(*table) == pytest.approx(_numerical_prob(*table), abs=2e-3)


def test_fisher_matches_the_classic_tea_tasting_style_table() -> None:
    # [[1, 9], [11, 3]]: the two-sided p-value is 0.0027594561852200836 (published value)
    assert fisher_exact(1, 9, 11, 3) == pytest.approx(0.0027594561852200836, rel=1e-9)
    assert fisher_exact(3, 1, 1, 3) == pytest.approx(0.4857142857142857, rel=1e-9)


@settings(max_examples=60)
@given(st.tuples(*[st.integers(min_value=0, max_value=30)] * 4))
def test_fisher_is_a_probability_and_symmetric(cells: tuple[int, int, int, int]) -> None:
    a, b, c, d = cells
    p = fisher_exact(a, b, c, d)
    assert 0.0 <= p <= 1.0
    assert p == pytest.approx(fisher_exact(c, d, a, b), rel=1e-9, abs=1e-12)
    assert p == pytest.approx(fisher_exact(a, c, b, d), rel=1e-9, abs=1e-12)


def test_impossible_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        wilson(5, 3)
    with pytest.raises(ValueError):
        fisher_exact(-1, 2, 3, 4)
