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
    from levelset.cli.workspace import workspace
    from levelset.store.plan import current_plan_id

    store = workspace().store
    exists = current_plan_id(store) is not None
    if start is None and focus is None and at is None and exists:
        _show(store, json_output)
        return
    if start is None and focus is None and exists:
        _retime(store, at or "18:00", json_output)
        return
    _create(store, start, focus, at or "18:00", json_output)


def _create(store: Any, start: str | None, focus: str | None, at: str, as_json: bool) -> None:
    from levelset.plan.options import parse_focus, parse_start, parse_time

    when = parse_time(at)
    _make(store, parse_start(start), parse_focus(focus), when, as_json)


def _retime(store: Any, at: str, as_json: bool) -> None:
    """Only --at given: the current plan's start and focus, at the new time."""
    from levelset.plan.options import parse_time
    from levelset.store.plan import load_plan

    when = parse_time(at)
    _, current = load_plan(store)
    _make(store, current.start, current.focus, when, as_json)


def _make(store: Any, first: Any, focus: Any, when: Any, as_json: bool) -> None:
    from levelset.plan import build_plan
    from levelset.plan.gather import gather
    from levelset.store.plan import load_plan, save_plan

    inputs = gather(store, start=first)
    made = build_plan(inputs, first, focus, when)
    plan_id, stored = load_plan(store, save_plan(store, made))
    _print(plan_id, stored, as_json)


def _show(store: Any, as_json: bool) -> None:
    from levelset.store.plan import load_plan

    plan_id, stored = load_plan(store)
    _print(plan_id, stored, as_json, _staleness(store, stored))


def _staleness(store: Any, plan: Any) -> str | None:
    """Why the stored plan's negotiation dates no longer hold (records changed), or None."""
    from levelset.errors import LevelsetError
    from levelset.plan.adapters.offers import open_deadline
    from levelset.plan.freshness import out_of_date

    try:
        return out_of_date(plan, open_deadline(store))
    except (ImportError, LevelsetError):  # the negotiation capability is absent or unreadable
        return None


@app.command("show")
def show(json_output: bool = JSON) -> None:
    """Show the current plan with the items you ticked."""
    from levelset.cli.workspace import workspace

    _show(workspace().store, json_output)


@app.command("tick")
def tick(
    item: str = typer.Argument(..., help="The item id shown in the plan, e.g. 2.1."),
    undo: bool = typer.Option(False, "--undo", help="Untick the item."),
    json_output: bool = JSON,
) -> None:
    """Mark one item of the current plan done (or not done with --undo)."""
    from levelset.cli.workspace import workspace
    from levelset.plan.options import find_item
    from levelset.store.plan import load_plan, set_tick

    store = workspace().store
    plan_id, current = load_plan(store)
    found = find_item(current, item)
    set_tick(store, plan_id, found.id, not undo)
    _, updated = load_plan(store, plan_id)
    _print_tick(updated, found.id, json_output)


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
    from levelset.cli.workspace import workspace
    from levelset.plan.gather import gather
    from levelset.plan.options import check_week, current_week
    from levelset.plan.review import Answers
    from levelset.plan.review import review as make_review
    from levelset.store.plan import load_answers, load_plan, save_answers

    store = workspace().store
    plan_id, current = load_plan(store)
    number = current_week(current) if week is None else week
    check_week(current, number)
    answers = load_answers(store, plan_id, number)
    if changed is not None or next_test is not None:
        old = answers or Answers()
        answers = save_answers(
            store, plan_id, number, Answers(changed or old.changed, next_test or old.next_test)
        )
    result = make_review(current, number, gather(store, start=current.start), answers)
    if json_output:
        from levelset.cli.output import print_json

        print_json(result)
        return
    _print_review(result)
    given = changed is not None or next_test is not None
    if ask or (ask is None and not given and sys.stdin.isatty()):
        _ask(store, plan_id, number, result.questions, answers or Answers())


def _ask(store: Any, plan_id: int, week: int, questions: Any, old: Any) -> None:
    """Prompt for both answers (Enter keeps the stored one) and store them."""
    from levelset.cli.output import note
    from levelset.plan.review import Answers
    from levelset.store.plan import save_answers

    changed = typer.prompt(questions[0], default=old.changed or "", show_default=False)
    next_test = typer.prompt(questions[1], default=old.next_test or "", show_default=False)
    if changed or next_test:
        save_answers(store, plan_id, week, Answers(changed, next_test))
        note(f"Saved your week {week} review.")


@app.command("ics")
def ics(
    output: Path | None = typer.Option(
        None, "-o", "--output", help="File to write (default: in the exports folder)."
    ),
    json_output: bool = JSON,
) -> None:
    """Export the focus blocks and weekly reviews as an iCalendar (.ics) file."""
    from levelset.cli.output import note, print_json
    from levelset.cli.workspace import workspace
    from levelset.plan.export import write_export
    from levelset.plan.ics import plan_calendar
    from levelset.store.plan import load_plan

    store = workspace().store
    _, current = load_plan(store)
    target = output or store.paths.exports / f"levelset-plan-{current.start.isoformat()}.ics"
    write_export(target, plan_calendar(current))
    if json_output:
        print_json({"file": target, "events": len(current.blocks)})
        return
    note(f"{len(current.blocks)} events written; import the file into your calendar program.")
    typer.echo(str(target))


def _print(plan_id: int, plan: Any, as_json: bool, stale: str | None = None) -> None:
    if as_json:
        from levelset.cli.output import print_json

        print_json({"id": plan_id, **plan.to_dict(), "out_of_date": stale})
        return
    _print_plan(plan)
    if stale:
        from rich.markup import escape

        from levelset.cli.output import console

        console().print(
            f"[yellow]This plan is out of date: {escape(stale)}.[/] `levelset plan --start "
            "YYYY-MM-DD` makes a new one (the old one keeps its ticks)."
        )


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
            extra = f"\n[dim]{escape(item.command)}[/]" if item.command else ""
            table.add_row(item.id, day(item.due), mark, f"{escape(item.text)}{extra}")
        out.print(table)
    focus = sum(1 for b in plan.blocks if b.kind == "focus")
    out.print(
        f"[dim]{focus} focus blocks of 60 minutes and {len(plan.weeks)} weekly reviews of 15 "
        "minutes: `levelset plan ics` puts them in your calendar; `levelset plan tick ID` "
        "marks an item done.[/]"
    )
    for line in plan.completes:
        out.print(f"[yellow]To complete the plan:[/] {escape(line)}")


def _print_review(result: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    from levelset.cli.output import console
    from levelset.plan.wording import day, percent

    out = console()
    week = result.week
    out.print(
        f"[bold]Week {week.number} review[/] ({week.phase.value}, {day(week.start)}-"
        f"{day(week.end)}) · signal in focus: {escape(result.signal)}"
    )
    out.print(f"Items done: {len(result.done)} of {len(result.done) + len(result.open)}")
    for item in result.open:
        out.print(f"  ☐ {item.id} {escape(item.text)}")
    numbers = result.numbers
    if numbers is None:
        out.print(f"[yellow]{escape(result.hint or '')}[/]")
    else:
        table = Table(title="This week's numbers (from your tracked events)")
        for name in ("sent", "responses", "positive", "interviews", "offers", "response rate"):
            table.add_column(name, justify="right")
        table.add_row(
            str(numbers.applied),
            str(numbers.responded),
            str(numbers.positive),
            str(numbers.interviews),
            str(numbers.offers),
            f"{percent(numbers.response_rate)} (n={numbers.applied})",
        )
        out.print(table)
    for line in (*result.negotiation, *result.scores):
        out.print(f"  • {escape(line)}")
    answers = (result.answers.changed, result.answers.next_test)
    for question, answer in zip(result.questions, answers, strict=True):
        out.print(
            f"[bold]{question}[/]\n  {escape(answer) if answer else '[dim]not answered yet[/]'}"
        )
    if not any(answers):
        out.print('[dim]Answer with `levelset plan review --changed "..." --next "..."`.[/]')
