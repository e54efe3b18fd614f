"""Evaluating and printing experiments for `levelset experiment`."""

from __future__ import annotations

from collections.abc import Sequence

from levelset.cli.output import console, escape, print_json
from levelset.tracking import ExperimentResult
from levelset.tracking.experiment_report import result_data

VERDICT_TEXT = {"keep": "KEEP the change", "revert": "REVERT the change",
                "not_enough_data": "NOT ENOUGH DATA YET"}  # fmt: skip


def show_status(results: Sequence[ExperimentResult], json_output: bool) -> None:
    if json_output:
        print_json({"experiments": [result_data(r) for r in results]})
        return
    if not results:
        console().print("No experiments yet: start one with `levelset experiment start`.")
    for result in results:
        render(result)


def show_closed(final: ExperimentResult, json_output: bool) -> None:
    if json_output:
        print_json(result_data(final))
        return
    render(final)
    experiment = final.experiment
    if final.as_of < experiment.end:
        day = max(0, (final.as_of - experiment.start).days + 1)  # 0: closed before it started
        console().print(
            f"note: closed on day {day} of {experiment.window_days}, before its window ended "
            f"on {experiment.last_day}; the verdict covers only the attempts counted so far."
        )


def render(result: ExperimentResult) -> None:
    from rich.panel import Panel
    from rich.table import Table

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
    from levelset.cli.table_fit import stacked_if_narrow

    out.print(stacked_if_narrow(table, out.width))
    verdict = (e.verdict or result.verdict).value  # a closed experiment keeps its verdict
    colour = {"keep": "green", "revert": "red"}.get(verdict, "yellow")
    out.print(
        Panel(escape(result.summary), title=f"[{colour}]{VERDICT_TEXT[verdict]}[/]", expand=False)
    )
