"""`levelset metrics`: the funnel, response rates with intervals, negotiation results and
practice scores over time."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from levelset.tracking import Metrics


def metrics_command(
    since: str | None = typer.Option(
        None, "--since", help="Only attempts on or after this date (YYYY-MM-DD)."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
    charts: Path | None = typer.Option(
        None, "--charts", help="Write the funnel and weekly response-rate charts (SVG) here."
    ),
) -> None:
    """Funnel, response rates by channel, variant and resume, weekly trend, negotiation results,
    and practice over time: rehearsals kept and each scored part's latest, best and trend."""
    from levelset.app.tracking import metrics
    from levelset.cli.workspace import workspace
    from levelset.tracking import typed_date

    start = typed_date(since, "--since") if since else None
    found = metrics(workspace(), since=start, since_name="--since")
    written = _charts(found, charts) if charts else []
    if json_output:
        from levelset.cli.output import print_json

        print_json(found.to_dict() | {"charts": [str(p) for p in written]})
        return
    from levelset.cli.metrics_view import render

    render(found, written)


def _charts(metrics: Metrics, folder: Path) -> list[Path]:
    from levelset.cli.metrics_charts import write_charts

    return write_charts(metrics, folder)
