"""`levelset experiment start|status|close`: test one change for two weeks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from levelset.tracking import ExperimentResult

app = typer.Typer(help="Test one change for two weeks.", no_args_is_help=True, add_completion=False)

JSON = typer.Option(False, "--json", help="Print JSON.")


@app.command("start")
def start(
    name: str = typer.Argument(..., help="A short name, e.g. outcome-first-opening-line."),
    change: str = typer.Option(..., "--change", help="What changed, in one sentence."),
    design: str = typer.Option(
        "variants", "--design", help="variants (old and new side by side) or before-after."
    ),
    field: str = typer.Option(
        "variant", "--field", help="What differs: variant, resume_version or channel."
    ),
    baseline: str = typer.Option("", "--baseline", help="Value of --field for the old way."),
    candidate: str = typer.Option("", "--candidate", help="Value of --field for the change."),
    metric: str = typer.Option(
        "responded", "--metric", help="Success: responded, positive, interviewed or offered."
    ),
    start_date: str | None = typer.Option(
        None, "--start", help="First day of the window (YYYY-MM-DD); default today."
    ),
    window: int = typer.Option(14, "--window", help="Length of the window in days."),
    json_output: bool = JSON,
) -> None:
    """Declare one change and the window to compare it in (two weeks by default)."""
    from levelset.app.experiments import ExperimentFields, start_experiment
    from levelset.cli.workspace import workspace
    from levelset.tracking import typed_date

    fields = ExperimentFields(
        name, change, typed_date(start_date, "--start") if start_date else None, design, field,
        baseline, candidate, metric, window,
    )  # fmt: skip
    _status([start_experiment(workspace(), fields)], json_output)


@app.command("status")
def status(
    name: str | None = typer.Argument(None, help="One experiment; default all of them."),
    json_output: bool = JSON,
) -> None:
    """Where each experiment stands: the two arms, the probability, the verdict so far."""
    from levelset.app.experiments import experiment_status
    from levelset.cli.workspace import workspace

    _status(experiment_status(workspace(), name), json_output)


@app.command("close")
def close_(
    name: str = typer.Argument(..., help="The experiment to close."),
    json_output: bool = JSON,
) -> None:
    """Close an experiment and record its verdict: keep, revert or not enough data yet."""
    from levelset.app.experiments import close_experiment
    from levelset.cli.experiment_view import show_closed
    from levelset.cli.workspace import workspace

    show_closed(close_experiment(workspace(), name), json_output)


def _status(results: Sequence[ExperimentResult], json_output: bool) -> None:
    from levelset.cli.experiment_view import show_status

    show_status(results, json_output)
