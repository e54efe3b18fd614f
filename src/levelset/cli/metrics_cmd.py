"""`levelset metrics`: the funnel, response rates with intervals, and negotiation results."""

from __future__ import annotations

from pathlib import Path

import typer


def metrics_command(
    since: str | None = typer.Option(
        None, "--since", help="Only attempts on or after this date (YYYY-MM-DD)."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
    charts: Path | None = typer.Option(
        None, "--charts", help="Write the funnel and weekly response-rate charts (SVG) here."
    ),
) -> None:
    """Funnel, response rates by channel, variant and resume, weekly trend, negotiation results."""
    import datetime as dt

    from levelset.cli.workspace import workspace
    from levelset.store.tracking import gather_metrics
    from levelset.tracking import parse_date

    today = dt.date.today()
    start = parse_date(since) if since else None
    if start is not None and start > today:
        from levelset.errors import InputError, Problem

        message = f"--since {start} is in the future (today is {today})"
        raise InputError(message, problems=[Problem(message, field="--since")])
    metrics = gather_metrics(workspace().store, today, since=start)
    written = _charts(metrics, charts) if charts else []
    if json_output:
        from levelset.cli.output import print_json

        print_json(metrics.to_dict() | {"charts": [str(p) for p in written]})
        return
    from levelset.cli.metrics_view import render

    render(metrics, written)


def _charts(metrics: object, folder: Path) -> list[Path]:
    from levelset.cli.metrics_charts import write_charts
    from levelset.tracking import Metrics

    assert isinstance(metrics, Metrics)
    return write_charts(metrics, folder)
