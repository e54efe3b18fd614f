"""Experiment use cases: start one change to test, see where each stands, close with a verdict.

Each takes the Workspace and judges the experiments on the workspace's today.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from levelset.app.workspace import Workspace
from levelset.errors import Conflict
from levelset.tracking import Experiment, ExperimentResult, close, evaluate, new_experiment


@dataclass(frozen=True)
class ExperimentFields:
    """A change to test, as a person declares it."""

    name: str
    change: str
    start: dt.date | None = None  # default: the workspace's today
    design: str = "variants"
    field: str = "variant"
    baseline: str = ""
    candidate: str = ""
    metric: str = "responded"
    window_days: int = 14


def start_experiment(ws: Workspace, fields: ExperimentFields) -> ExperimentResult:
    """Store a new experiment (Conflict when the name is taken); return where it stands."""
    from levelset.store.tracking import add_experiment, load_events

    experiment = new_experiment(
        fields.name.strip(), fields.change, fields.start or ws.today(), design=fields.design,
        field=fields.field, baseline=fields.baseline.strip(),
        candidate=fields.candidate.strip(), metric=fields.metric,
        window_days=fields.window_days,
    )  # fmt: skip
    add_experiment(ws.store, experiment)
    return evaluate(experiment, load_events(ws.store), ws.today())


def experiment_status(ws: Workspace, name: str | None = None) -> list[ExperimentResult]:
    """Where the named experiment (NotFound if none), or every experiment, stands today."""
    from levelset.store.tracking import load_events, load_experiment, load_experiments

    chosen = [load_experiment(ws.store, name)] if name else load_experiments(ws.store)
    events, today = load_events(ws.store), ws.today()
    return [evaluate(e, events, today) for e in chosen]


def close_experiment(ws: Workspace, name: str) -> ExperimentResult:
    """Close an open experiment with the verdict reached today, keeping its final numbers.

    Conflict when it is closed already. The result's `as_of` before the experiment's `end`
    means it was closed before its window ended.
    """
    from levelset.store.tracking import load_events, load_experiment, save_closed
    from levelset.tracking.experiment_report import result_data

    experiment: Experiment = load_experiment(ws.store, name)
    if experiment.status == "closed":
        raise Conflict(
            f"experiment {name!r} was closed on {experiment.closed_on}",
            hint="see its status for the verdict it reached",
        )
    today = ws.today()
    result = evaluate(experiment, load_events(ws.store), today)
    final = dataclasses.replace(result, experiment=close(experiment, result, today))
    numbers = {k: str(v) if isinstance(v, dt.date) else v for k, v in result_data(final).items()}
    save_closed(ws.store, final.experiment, numbers)
    return final
