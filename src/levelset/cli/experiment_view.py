"""Evaluating and printing experiments for `levelset experiment`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from levelset.cli.output import console, print_json
from levelset.cli.workspace import workspace
from levelset.errors import Conflict
from levelset.store.tracking import load_events, load_experiment, save_closed
from levelset.tracking import Arm, Experiment, ExperimentResult, close, evaluate
from levelset.tracking.experiments import DECIDE, MIN_TRIALS

VERDICT_TEXT = {"keep": "KEEP the change", "revert": "REVERT the change",
                "not_enough_data": "NOT ENOUGH DATA YET"}  # fmt: skip


def result_data(result: ExperimentResult) -> dict[str, Any]:
    e = result.experiment
    return {
        "name": e.name, "change": e.change, "design": e.design.value, "field": e.field,
        "metric": e.metric.value, "start": e.start, "end": e.end, "window_days": e.window_days,
        "status": e.status, "closed_on": e.closed_on, "as_of": result.as_of,
        "window": result.window, "baseline": _arm(result.baseline),
        "candidate": _arm(result.candidate), "prob_better": round(result.prob_better, 4),
        "fisher_p": round(result.fisher_p, 4), "verdict": result.verdict.value,
        "more_per_arm": result.more_per_arm, "settles": result.settles,
        "summary": result.summary,
        "method": {"posterior": "beta-binomial, uniform Beta(1,1) priors",
                   "decide_at": DECIDE, "min_per_arm": MIN_TRIALS,
                   "exact_test": "Fisher, two-sided", "wait_days": e.wait_days},
        "source": "your tracked events",
    }  # fmt: skip


def _arm(arm: Arm) -> dict[str, Any]:
    return {
        "label": arm.label,
        "successes": arm.successes,
        "n": arm.trials,
        "rate": arm.rate,
        "low": round(arm.low, 4),
        "high": round(arm.high, 4),
        "pending": arm.pending,
    }


def show_status(experiments: Sequence[Any], json_output: bool) -> None:
    events = load_events(workspace().store)
    results = [evaluate(e, events, dt.date.today()) for e in experiments]
    if json_output:
        print_json({"experiments": [result_data(r) for r in results]})
        return
    if not results:
        console().print("No experiments yet: start one with `levelset experiment start`.")
    for result in results:
        render(result)


def close_and_show(name: str, json_output: bool) -> None:
    store = workspace().store
    experiment: Experiment = load_experiment(store, name)
    if experiment.status == "closed":
        raise Conflict(
            f"experiment {name!r} was closed on {experiment.closed_on}",
            hint=f"see `levelset experiment status {name}`",
        )
    today = dt.date.today()
    result = evaluate(experiment, load_events(store), today)
    closed = close(experiment, result, today)
    final = ExperimentResult(**{**result.__dict__, "experiment": closed})
    save_closed(
        store,
        closed,
        {k: str(v) if isinstance(v, dt.date) else v for k, v in result_data(final).items()},
    )
    if json_output:
        print_json(result_data(final))
        return
    render(final)
    if today < experiment.end:
        day = max(0, (today - experiment.start).days + 1)  # 0: closed before it started
        console().print(
            f"note: closed on day {day} of {experiment.window_days}, before its window ended "
            f"on {experiment.end}; the verdict covers only the attempts counted so far."
        )


def render(result: ExperimentResult) -> None:
    e = result.experiment
    out = console()
    state = f"closed {e.closed_on}" if e.status == "closed" else result.window
    out.print(
        f"[bold]{escape(e.name)}[/]: {escape(e.change)}  "
        f"[dim]({e.design.value}, {e.metric.value}, {state})[/]"
    )
    table = Table(show_header=True)
    for column in ("arm", "successes", "counted", "rate", "95% interval", "still too recent"):
        table.add_column(column)
    for arm in (result.baseline, result.candidate):
        rate = "—" if arm.rate is None else f"{arm.rate:.0%}"
        table.add_row(
            escape(arm.label or "—"),
            str(arm.successes),
            str(arm.trials),
            rate,
            f"{arm.low:.0%}-{arm.high:.0%}" if arm.trials else "—",
            str(arm.pending),
        )
    out.print(table)
    verdict = (e.verdict or result.verdict).value  # a closed experiment keeps its verdict
    colour = {"keep": "green", "revert": "red"}.get(verdict, "yellow")
    out.print(
        Panel(escape(result.summary), title=f"[{colour}]{VERDICT_TEXT[verdict]}[/]", expand=False)
    )
