"""Tracking the job search: dated events, spreadsheet import, metrics and experiments.

plan = plan_import(csv_text, "applications.csv", stored_events, today)
metrics = compute_metrics(events, today, negotiations=records)
result = evaluate(experiment, events, today)   # keep / revert / not enough data yet
"""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

# `threads` is both a module and a function of it: bound here, the name stays the function.
from levelset.tracking.threads import Measure, Thread, threads

if TYPE_CHECKING:
    from levelset.tracking.csv_import import ImportPlan, plan_import
    from levelset.tracking.date_order import typed_date
    from levelset.tracking.events import (
        Channel,
        Event,
        EventKind,
        Outcome,
        attempt_ref,
        parse_channel,
        parse_date,
        parse_kind,
        parse_outcome,
    )
    from levelset.tracking.experiments import (
        Arm,
        Design,
        Experiment,
        ExperimentResult,
        Verdict,
        close,
        evaluate,
        new_experiment,
    )
    from levelset.tracking.export import to_csv, to_json_data
    from levelset.tracking.metrics import Metrics, Rate, ScorePoint, WeekPoint, compute_metrics
    from levelset.tracking.validation import Located, check_events, resolve_attempt

_WHERE = {
    "ImportPlan": "csv_import",
    "plan_import": "csv_import",
    "Channel": "events",
    "Event": "events",
    "EventKind": "events",
    "Outcome": "events",
    "attempt_ref": "events",
    "parse_channel": "events",
    "parse_date": "events",
    "typed_date": "date_order",
    "parse_kind": "events",
    "parse_outcome": "events",
    "Arm": "experiments",
    "Design": "experiments",
    "Experiment": "experiments",
    "ExperimentResult": "experiments",
    "Verdict": "experiments",
    "close": "experiments",
    "evaluate": "experiments",
    "new_experiment": "experiments",
    "to_csv": "export",
    "to_json_data": "export",
    "Metrics": "metrics",
    "Rate": "metrics",
    "ScorePoint": "metrics",
    "WeekPoint": "metrics",
    "compute_metrics": "metrics",
    "Located": "validation",
    "check_events": "validation",
    "resolve_attempt": "validation",
}

__all__ = [
    "Arm",
    "Channel",
    "Design",
    "Event",
    "EventKind",
    "Experiment",
    "ExperimentResult",
    "ImportPlan",
    "Located",
    "Measure",
    "Metrics",
    "Outcome",
    "Rate",
    "ScorePoint",
    "Thread",
    "Verdict",
    "WeekPoint",
    "attempt_ref",
    "check_events",
    "close",
    "compute_metrics",
    "evaluate",
    "new_experiment",
    "parse_channel",
    "parse_date",
    "parse_kind",
    "parse_outcome",
    "plan_import",
    "resolve_attempt",
    "threads",
    "to_csv",
    "to_json_data",
    "typed_date",
]


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
