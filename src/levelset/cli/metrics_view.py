"""Terminal tables for `levelset metrics`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.markup import escape
from rich.table import Table

from levelset.cli.output import console
from levelset.cli.table_fit import fit
from levelset.money import format_money
from levelset.tracking import Metrics, Rate
from levelset.tracking.metrics import THIN, negotiation_summary


def render(metrics: Metrics, charts: Sequence[Path]) -> None:
    out = console()
    since = f" since {metrics.since}" if metrics.since else ""
    out.print(
        f"[bold]Progress as of {metrics.as_of}{since}[/] - source: your tracked events "
        f"({metrics.events} events, {metrics.attempts} applications and outreach)"
    )
    if metrics.attempts:
        out.print(fit(_funnel(metrics), out.width))
        out.print(fit(_rates(metrics.rates), out.width))
        out.print(fit(_response_time(metrics), out.width))
        out.print(fit(_weekly(metrics), out.width))
    else:
        out.print(
            f"No applications or outreach tracked {since.strip() or 'yet'}: add them with "
            "`levelset track add application ...` or `levelset track import sheet.csv`."
        )
    if metrics.negotiations:
        out.print(fit(_negotiations(metrics), out.width))
        out.print(_summary_line(negotiation_summary(metrics.negotiations)))
    if metrics.narrative:
        out.print(fit(_narrative(metrics), out.width))
    if metrics.practice.total:
        from levelset.cli.metrics_practice import practice_line, practice_table

        out.print(practice_line(metrics.practice))
        out.print(fit(practice_table(metrics.practice), out.width))
    for text in metrics.notes:
        out.print(f"[dim]note: {escape(text)}[/]")
    for path in charts:
        out.print(f"chart: {path}", markup=False)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _funnel(metrics: Metrics) -> Table:
    table = Table(title="Funnel (applications)")
    for column in ("stage", "count", "of applied"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    first = metrics.funnel[0][1] if metrics.funnel else 0
    for stage, count in metrics.funnel:
        table.add_row(stage, str(count), _pct(count / first) if first else "—")
    return table


def _rates(rates: Sequence[Rate]) -> Table:
    table = Table(title="Rates with 95% Wilson intervals (attempts at least 7 days old)")
    for column in ("by", "value", "measure", "rate", "95% interval", "n", "note"):
        table.add_column(column, justify="right" if column in ("rate", "n") else "left")
    for r in rates:
        flag = "[yellow]thin sample[/]" if r.thin else ""
        table.add_row(
            r.group.replace("_", " "),  # "resume version", not the field's id
            escape(r.value.replace("_", " ") if r.group == "channel" else r.value),  # "job board"
            r.measure,
            _pct(r.rate),
            f"{r.low:.0%}-{r.high:.0%}",
            str(r.trials),
            flag,
        )
    return table


def _response_time(metrics: Metrics) -> Table:
    t = metrics.response_time
    table = Table(title="Days to first reply", show_header=True)
    for column in ("replies", "median", "mean", "fastest", "slowest", "note"):
        table.add_column(column, justify="right")
    table.add_row(
        str(t.n),
        *(
            ("—" if v is None else f"{v:g}")
            for v in (t.median_days, t.mean_days, t.fastest, t.slowest)
        ),
        "[yellow]thin sample[/]" if 0 < t.n < THIN else "",
    )
    return table


def _weekly(metrics: Metrics) -> Table:
    table = Table(title="Weekly trend (by week of the attempt)")
    for column in ("week", "from", "attempts", "replied", "rate", "95% interval", "note"):
        table.add_column(column)
    for run in _runs(metrics.weekly):
        w = run[0]
        if len(run) > 1:  # weeks with no attempt: one row, not a screen of "0%-100%"
            table.add_row(f"{w.week} to {run[-1].week}", str(w.starts), "0", "0", "—", "",
                          f"[dim]no attempts in {len(run)} weeks[/]")  # fmt: skip
            continue
        table.add_row(
            w.week,
            str(w.starts),
            str(w.attempts),
            str(w.responded),
            _pct(w.rate),
            f"{w.low:.0%}-{w.high:.0%}" if w.attempts else "",
            _week_flag(w.attempts, w.maturing) if w.attempts else "[dim]no attempts[/]",
        )
    return table


def _runs(weeks: Sequence[Any]) -> list[list[Any]]:
    """The weeks in order, each alone, except that weeks in a row with no attempt go together."""
    runs: list[list[Any]] = []
    for week in weeks:
        if runs and not week.attempts and not runs[-1][-1].attempts:
            runs[-1].append(week)
        else:
            runs.append([week])
    return runs


def _week_flag(attempts: int, maturing: bool) -> str:
    flags = ["[yellow]thin sample[/]"] if attempts < THIN else []
    flags += ["[dim]replies may still come[/]"] if maturing else []
    return ", ".join(flags)


def _negotiations(metrics: Metrics) -> Table:
    from levelset.negotiation.lever import Lever

    table = Table(title="Negotiations (from your negotiation records)")
    for column in (
        "company",
        "status",
        "base first -> last",
        "year-1 change",
        "levers improved",
        "days to signature",
    ):
        table.add_column(column)
    for o in metrics.negotiations:
        cur = o.currency or "USD"
        base = (
            f"{format_money(o.base.initial, cur)} -> {format_money(o.base.final, cur)}"
            if o.base
            else "no offer logged"
        )
        year1 = (
            f"{format_money(o.year1_total.absolute, cur)} ({o.year1_total.percent}%)"
            if o.year1_total
            else "—"
        )
        table.add_row(
            escape(o.company),
            o.status,
            base,
            year1,
            ", ".join(Lever(x).label for x in o.levers_improved) or "none",  # "sign-on"
            "—" if o.days_to_signature is None else str(o.days_to_signature),
        )
    return table


def _summary_line(summary: dict[str, object]) -> str:
    change = summary["median_base_change_pct"]
    days = summary["median_days_to_signature"]
    return (
        f"{summary['n']} negotiation{'' if summary['n'] == 1 else 's'}, {summary['signed']} "
        "signed; median base change "
        f"{'—' if change is None else f'{change:+g}%'}; median days to signature "
        f"{'—' if days is None else days}; levers improved in total "
        f"{summary['levers_improved_total']} (source: your negotiation records)"
    )


def _narrative(metrics: Metrics) -> Table:
    table = Table(title="Narrative scores over time")
    for column in ("date", "score", "step", "negotiation", "what"):
        table.add_column(column)
    for p in metrics.narrative:
        table.add_row(
            str(p.on), str(p.score), p.stage or "—", escape(p.company or "—"), escape(p.label)
        )
    return table
