"""`levelset plan [--start DATE] [--focus ...]`, `plan show|tick|review|ics`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

app = typer.Typer(
    help=(
        "Your dated 30-day plan and weekly reviews. With --start or --focus (or no plan yet) "
        "make a new plan from your records; otherwise show the current one."
    ),
    invoke_without_command=True,
    add_completion=False,
)

JSON = typer.Option(False, "--json", help="Print JSON.")


@app.callback(invoke_without_command=True)
def plan(
    ctx: typer.Context,
    start: str | None = typer.Option(
        None, "--start", help="First day of the plan, YYYY-MM-DD (default: today)."
    ),
    focus: str | None = typer.Option(None, "--focus", help="salary, leveling or negotiation."),
    at: str | None = typer.Option(
        None, "--at", help="Time of day of the focus blocks, HH:MM (default 18:00)."
    ),
    json_output: bool = JSON,
) -> None:
    """Make a new plan from your records (with --start or --focus), or show the current one."""
    if ctx.invoked_subcommand is not None:
        return
    from levelset.app.plan import plan_or_show
    from levelset.cli.workspace import workspace

    stored, _ = plan_or_show(workspace(), start, focus, at)
    _print(stored, json_output)


@app.command("show")
def show(json_output: bool = JSON) -> None:
    """Show the current plan with the items you ticked."""
    from levelset.app.plan import show_plan
    from levelset.cli.workspace import workspace

    _print(show_plan(workspace()), json_output)


@app.command("tick")
def tick(
    item: str = typer.Argument(..., help="The item id shown in the plan, e.g. 2.1."),
    undo: bool = typer.Option(False, "--undo", help="Untick the item."),
    json_output: bool = JSON,
) -> None:
    """Mark one item of the current plan done (or not done with --undo)."""
    from levelset.app.plan import tick_item
    from levelset.cli.workspace import workspace

    ticked = tick_item(workspace(), item, not undo)
    _print_tick(ticked.plan, ticked.item.id, json_output)


@app.command("review")
def review(
    week: int | None = typer.Option(None, "--week", help="Week 1-4 (default: this week)."),
    changed: str | None = typer.Option(None, "--changed", help="What changed this week."),
    next_test: str | None = typer.Option(
        None, "--next", help="The single change you will test next."
    ),
    ask: bool | None = typer.Option(
        None, "--ask/--no-ask", help="Ask the two questions (default: in a terminal)."
    ),
    json_output: bool = JSON,
) -> None:
    """The weekly review: this week's numbers, what changed, what to test next."""
    from levelset.app.plan import review_week
    from levelset.cli.workspace import workspace

    result = review_week(workspace(), week, changed, next_test)
    if json_output:
        from levelset.cli.output import print_json

        print_json(result.review)
        return
    from levelset.cli.review_view import show_review

    show_review(result.review)
    given = changed is not None or next_test is not None
    if ask or (ask is None and not given and sys.stdin.isatty()):
        _ask(result.week, result.review)


def _ask(week: int, result: Any) -> None:
    """Prompt for both answers (Enter keeps the stored one) and store them."""
    from levelset.app.plan import answer_review
    from levelset.cli.output import note
    from levelset.cli.workspace import workspace

    old = result.answers
    changed = typer.prompt(result.questions[0], default=old.changed or "", show_default=False)
    next_test = typer.prompt(result.questions[1], default=old.next_test or "", show_default=False)
    if changed or next_test:
        answer_review(workspace(), week, changed, next_test)
        note(f"Saved your week {week} review.")


@app.command("ics")
def ics(
    output: Path | None = typer.Option(
        None, "-o", "--output", help="File to write (default: in the exports folder)."
    ),
    json_output: bool = JSON,
) -> None:
    """Export the focus blocks and weekly reviews as an iCalendar (.ics) file."""
    from levelset.app.plan import export_calendar
    from levelset.cli.output import note, print_json
    from levelset.cli.workspace import workspace

    target, calendar = export_calendar(workspace(), output)
    if json_output:
        print_json({"file": target, "events": calendar.events})
        return
    note(f"{calendar.events} events written; import the file into your calendar program.")
    typer.echo(str(target))


def _print(stored: Any, as_json: bool) -> None:
    if as_json:
        from levelset.cli.output import print_json

        print_json(stored.to_dict())
        return
    _print_plan(stored.plan)
    _print_checkin()
    if stored.out_of_date:
        from rich.markup import escape

        from levelset.cli.output import console
        from levelset.cli.workspace import as_typed

        console().print(
            f"[yellow]This plan is out of date: {escape(stored.out_of_date)}.[/] "
            + as_typed("`levelset plan --start YYYY-MM-DD` makes a new one (the old one keeps ")
            + "its ticks)."
        )


def _print_checkin() -> None:
    """For a coach's client: the coach's next check-in, when one is set."""
    from levelset.app.clients import next_checkin
    from levelset.cli.output import console
    from levelset.cli.workspace import workspace

    day = next_checkin(workspace())
    if day is not None:
        console().print(f"Next check-in with your coach: {day.isoformat()}")


def _print_tick(plan: Any, item_id: str, as_json: bool) -> None:
    item = plan.item(item_id)
    if as_json:
        from levelset.cli.output import print_json

        print_json({"item": item, "progress": plan.to_dict()["progress"]})
        return
    from rich.markup import escape

    from levelset.cli.output import console

    mark = "[green]done[/]" if item.done else "[yellow]open[/]"
    console().print(f"{item.id} {mark}: {escape(item.text)}")


def _print_plan(plan: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    from levelset.cli.output import console
    from levelset.cli.workspace import as_typed
    from levelset.plan.wording import day

    out = console()
    out.print(
        f"[bold]30-day plan[/] {day(plan.start)} to {day(plan.end)} · focus {plan.focus.value}"
        + (
            f" · {escape(plan.company or '')} deadline {day(plan.deadline)}"
            if plan.deadline
            else ""
        )
    )
    out.print(f"[bold]Fix first:[/] {escape(plan.signal.title)}. [dim]{escape(plan.signal.why)}[/]")
    for week in plan.weeks:
        table = Table(
            title=f"Week {week.number} · {week.phase.value} · {day(week.start)}-{day(week.end)}",
            caption=week.goal,
            show_lines=False,
        )
        table.add_column("id", no_wrap=True)
        table.add_column("due", no_wrap=True)
        table.add_column("", no_wrap=True)
        table.add_column("item")
        for item in week.items:
            mark = {"you": "[green]✓[/]", "analysis": "[green]✓ records[/]"}.get(
                item.done_by or "", "☐"
            )
            extra = f"\n[dim]{escape(as_typed(item.command))}[/]" if item.command else ""
            table.add_row(item.id, day(item.due), mark, f"{escape(item.text)}{extra}")
        from levelset.cli.table_fit import stacked_if_narrow

        out.print(stacked_if_narrow(table, out.width))
    focus = sum(1 for b in plan.blocks if b.kind == "focus")
    said = (
        f"{focus} focus blocks of 60 minutes and {len(plan.weeks)} weekly reviews of 15 "
        "minutes: `levelset plan ics` puts them in your calendar; `levelset plan tick ID` "
        "marks an item done."
    )
    out.print(f"[dim]{escape(as_typed(said))}[/]")
    for line in plan.completes:
        out.print(f"[yellow]To complete the plan:[/] {escape(as_typed(line))}")
