"""Read-only tools over the user's progress: pipeline_summary, experiment_report,
next_actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.mcp.door import plain
from levelset.mcp.hints import read_only, tool

if TYPE_CHECKING:
    import datetime as dt
    from typing import Annotated

    from pydantic import Field

    from levelset.mcp import models
    from levelset.mcp.door import Door
    from levelset.mcp.hints import Tools


def register(tools: Tools, door: Door) -> None:
    """Add the tracking, experiment and plan tools to `tools`."""

    @tool(tools, read_only("Pipeline summary"))
    def pipeline_summary(
        since: Annotated[
            str | None, Field(description="Only attempts on or after this date (YYYY-MM-DD).")
        ] = None,
    ) -> models.Pipeline:
        """The application funnel, response rates by channel, variant and résumé (each with
        its n and 95% interval), the weekly trend and negotiation results, from the user's
        tracked events. Same as `levelset metrics --json`."""
        from levelset.app.tracking import metrics

        start = door.pure(_day, since) if since else None
        found = door.call(metrics, since=start, since_name="since")
        return plain(found.to_dict())

    @tool(tools, read_only("Experiment report"))
    def experiment_report(
        name: Annotated[str | None, Field(description="One experiment; default all.")] = None,
    ) -> models.Experiments:
        """Where each experiment stands: both arms with their n, the probability that the
        change is better, and the verdict so far (keep, revert or not enough data)."""
        from levelset.app.experiments import experiment_status
        from levelset.tracking.experiment_report import result_data

        results = door.call(experiment_status, name)
        return plain({"experiments": [result_data(r) for r in results]})

    @tool(tools, read_only("Next actions"))
    def next_actions() -> models.NextActions:
        """This week's open items of the user's 30-day plan, the signal to fix first, and the
        week's numbers. Says so when there is no plan yet."""
        from levelset.app.plan import next_actions as actions

        return plain(door.call(actions))


def _day(text: str) -> dt.date:
    from levelset.tracking import typed_date

    return typed_date(text)
