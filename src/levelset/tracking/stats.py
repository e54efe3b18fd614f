"""The statistics behind rates and experiments, in plain Python: Wilson intervals, the
beta-binomial probability that one rate beats another, and Fisher's exact test.
"""

from __future__ import annotations

import math

Z95 = 1.959963984540054


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion (95% by default); (0, 1) when there are no trials."""
    _check_counts(successes, trials)
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def prob_better(
    successes_a: int, trials_a: int, successes_b: int, trials_b: int, prior: int = 1
) -> float:
    """P(rate B > rate A) under independent Beta(prior, prior) priors, computed exactly.

    Uses the closed form for two beta posteriors with an integer first parameter for B.
    """
    _check_counts(successes_a, trials_a)
    _check_counts(successes_b, trials_b)
    alpha_a, beta_a = successes_a + prior, trials_a - successes_a + prior
    alpha_b, beta_b = successes_b + prior, trials_b - successes_b + prior
    total = 0.0
    for i in range(alpha_b):
        total += math.exp(
            log_beta(alpha_a + i, beta_a + beta_b)
            - math.log(beta_b + i)
            - log_beta(1 + i, beta_b)
            - log_beta(alpha_a, beta_a)
        )
    return min(1.0, max(0.0, total))


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p-value of Fisher's exact test for the table [[a, b], [c, d]].

    Sums the probabilities of every table with the same margins that is no more likely
    than the observed one.
    """
    for value in (a, b, c, d):
        if value < 0:
            raise ValueError("table cells must be non-negative")
    row1, col1, n = a + b, a + c, a + b + c + d
    if n == 0:
        return 1.0
    low, high = max(0, col1 - (n - row1)), min(row1, col1)
    observed = _hypergeometric(a, row1, col1, n)
    total = 0.0
    for x in range(low, high + 1):
        p = _hypergeometric(x, row1, col1, n)
        if p <= observed * (1 + 1e-7):  # tolerance: equal tables must count despite rounding
            total += p
    return min(1.0, total)


def _hypergeometric(x: int, row1: int, col1: int, n: int) -> float:
    return math.comb(row1, x) * math.comb(n - row1, col1 - x) / math.comb(n, col1)


def _check_counts(successes: int, trials: int) -> None:
    if trials < 0 or successes < 0 or successes > trials:
        raise ValueError(f"need 0 <= successes <= trials, got {successes}/{trials}")
