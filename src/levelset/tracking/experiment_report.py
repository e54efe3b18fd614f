"""An experiment's result as plain data: what `levelset experiment --json` prints and what a
closed experiment keeps as its final numbers."""

from __future__ import annotations

from typing import Any

from levelset.tracking.experiments import DECIDE, MIN_TRIALS, Arm, ExperimentResult


def result_data(result: ExperimentResult) -> dict[str, Any]:
    """The result with its arms, statistics, verdict and the method behind them."""
    e = result.experiment
    return {
        "name": e.name, "change": e.change, "design": e.design.value, "field": e.field,
        "metric": e.metric.value, "start": e.start, "end": e.end, "window_days": e.window_days,
        "status": e.status, "closed_on": e.closed_on, "as_of": result.as_of,
        "window": result.window, "baseline": arm_data(result.baseline),
        "candidate": arm_data(result.candidate), "prob_better": round(result.prob_better, 4),
        "fisher_p": round(result.fisher_p, 4), "verdict": result.verdict.value,
        "more_per_arm": result.more_per_arm, "settles": result.settles,
        "summary": result.summary,
        "method": {"posterior": "beta-binomial, uniform Beta(1,1) priors",
                   "decide_at": DECIDE, "min_per_arm": MIN_TRIALS,
                   "exact_test": "Fisher, two-sided", "wait_days": e.wait_days},
        "source": "your tracked events",
    }  # fmt: skip


def arm_data(arm: Arm) -> dict[str, Any]:
    return {
        "label": arm.label,
        "successes": arm.successes,
        "n": arm.trials,
        "rate": arm.rate,
        "low": round(arm.low, 4),
        "high": round(arm.high, 4),
        "pending": arm.pending,
    }
