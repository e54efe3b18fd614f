"""`levelset client add|list|show|archive|cohort|note|checkin|export|erase`: a coach's clients."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import typer

from levelset.errors import InputError
from levelset.shell import quoted

app = typer.Typer(
    help="A coach's clients: add, list, export, erase.", no_args_is_help=True, add_completion=False
)

JSON = typer.Option(False, "--json", help="Print JSON.")
NAME = typer.Argument(..., help="The client's name.")


def _ws() -> Any:
    from levelset.cli.workspace import coach_workspace

    return coach_workspace()


@app.command("add")
def add(
    name: str = NAME,
    email: str | None = typer.Option(None, "--email", help="The client's email address."),
    note: str | None = typer.Option(None, "--note", help="A line about the client."),
    cohort: str | None = typer.Option(None, "--cohort", help="A cohort (workshop, semester)."),
    json_output: bool = JSON,
) -> None:
    """Add a client; run any command for them with `levelset --client NAME ...`."""
    from levelset.app.clients import add_client
    from levelset.cli.output import console, print_json

    added = add_client(_ws(), name, email=email, note=note, cohort=cohort)
    if json_output:
        print_json(added)
        return
    console().print(
        f"Added client {added.name}. Work for them with --client {quoted(added.name)}.",
        markup=False,
    )


@app.command("list")
def list_(
    active: bool = typer.Option(False, "--active", help="Leave archived clients out."),
    json_output: bool = JSON,
) -> None:
    """Every client, with cohort, check-in and whether archived."""
    from levelset.app.clients import list_clients
    from levelset.cli.output import console, escape, print_json

    found = list_clients(_ws(), archived=not active)
    if json_output:
        print_json(found)
        return
    if not found:
        console().print("No clients yet: add one with `levelset client add NAME`.")
        return
    from rich.table import Table

    table = Table("client", "email", "cohort", "next check-in", "archived")
    for c in found:
        cells = (c.name, c.email or "", c.cohort or "", _day(c.next_checkin), _day(c.archived_on))
        table.add_row(*(escape(cell) for cell in cells))
    from levelset.cli.table_fit import stacked_if_narrow

    console().print(stacked_if_narrow(table, console().width))


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


@app.command("show")
def show(name: str = NAME, json_output: bool = JSON) -> None:
    """One client: details, private notes and how many records of each kind."""
    from levelset.app.clients import show_client
    from levelset.cli.output import console, escape, print_json

    view = show_client(_ws(), name)
    if json_output:
        print_json(view)
        return
    c = view.client
    console().print(f"[bold]{escape(c.name)}[/] {escape(c.email or '')}", markup=True)
    for label, value in (
        ("cohort", c.cohort),
        ("note", c.note),
        ("next check-in", _day(c.next_checkin)),
        ("archived", _day(c.archived_on)),
    ):
        if value:
            console().print(f"  {label}: {value}", markup=False)
    for kind, count in view.record_counts():
        console().print(f"  {kind}: {count}", markup=False)
    for n in view.notes:
        console().print(f"  {n.written_on.isoformat()} {n.text}", markup=False)


@app.command("archive")
def archive(
    name: str = NAME,
    undo: bool = typer.Option(False, "--undo", help="Bring an archived client back."),
    json_output: bool = JSON,
) -> None:
    """Archive a client: their records stay; the dashboard leaves them out (--undo: back)."""
    from levelset.app.clients import archive_client, find_client
    from levelset.cli.output import console, print_json

    before = find_client(_ws(), name).archived_on
    done = archive_client(_ws(), name, undo=undo)
    if json_output:
        print_json(done)
    elif undo:
        said = "back on the dashboard" if before else "not archived; nothing to undo"
        console().print(f"{done.name}: {said}.", markup=False)
    elif before:
        console().print(f"{done.name} is already archived (since {_day(before)}).", markup=False)
    else:
        console().print(f"Archived {done.name}.", markup=False)


@app.command("cohort")
def cohort(
    name: str = NAME,
    cohort_name: str | None = typer.Argument(None, help="The cohort; leave out to clear."),
    json_output: bool = JSON,
) -> None:
    """Put a client in a cohort (a workshop, a semester)."""
    from levelset.app.clients import set_cohort
    from levelset.cli.output import console, print_json

    done = set_cohort(_ws(), name, cohort_name)
    said = f"cohort {done.cohort}" if done.cohort else "no cohort"
    print_json(done) if json_output else console().print(f"{done.name}: {said}.", markup=False)


@app.command("note")
def note(
    name: str = NAME,
    text: str = typer.Argument(..., help="The note (private to the coach)."),
    on: dt.datetime | None = typer.Option(None, "--on", formats=["%Y-%m-%d"], help="Its date."),
    json_output: bool = JSON,
) -> None:
    """Write a private, dated note about a client."""
    from levelset.app.clients import add_note
    from levelset.cli.output import console, print_json

    written = add_note(_ws(), name, text, on.date() if on else None)
    print_json(written) if json_output else console().print(f"Noted ({written.written_on}).")


@app.command("checkin")
def checkin(
    name: str = NAME,
    on: dt.datetime | None = typer.Argument(
        None, formats=["%Y-%m-%d"], help="The day, YYYY-MM-DD; left out, the check-in is cleared."
    ),
    json_output: bool = JSON,
) -> None:
    """Set the next check-in with a client (their plan shows it)."""
    from levelset.app.clients import set_checkin
    from levelset.cli.output import console, print_json

    done = set_checkin(_ws(), name, on.date() if on else None)
    print_json(done) if json_output else console().print(
        f"{done.name}: next check-in {_day(done.next_checkin) or 'none'}."
    )


@app.command("export")
def export(
    name: str = NAME,
    output: Path | None = typer.Option(None, "-o", "--output", help="The zip to write."),
    json_output: bool = JSON,
) -> None:
    """Everything about one client as a zip: JSON and CSV of each record, the playbook PDF."""
    from levelset.app.client_export import export_client
    from levelset.cli.output import print_json, say

    path, members = export_client(_ws(), name, output)
    if json_output:
        print_json({"path": path, "members": members})
        return
    say(f"Wrote {path} ({len(members)} files).")


@app.command("erase")
def erase(
    name: str = NAME,
    yes: bool = typer.Option(False, "--yes", help="Erase without asking."),
    json_output: bool = JSON,
) -> None:
    """Erase a client: every record and file of theirs; prints a receipt of what went."""
    from levelset.app.clients import erase_client, find_client
    from levelset.cli.output import console, print_json

    found = find_client(_ws(), name)
    if not yes and not sys.stdin.isatty():
        raise InputError(
            f"erasing {found.name} asks for confirmation, and there is no terminal to ask on",
            hint=f"run `levelset client erase {quoted(found.name)} --yes`; nothing was erased",
        )
    if not yes and not typer.confirm(f"Erase {found.name} and all their records?"):
        raise typer.Abort()
    receipt = erase_client(_ws(), found.name)
    if json_output:
        print_json(receipt)
        return
    console().print(f"Erased {receipt.client} at {receipt.erased_at.isoformat()}:", markup=False)
    for table, count in sorted(receipt.rows.items()):
        console().print(f"  {count} row(s) from {table}", markup=False)
    for file in receipt.files:
        console().print(f"  file {file}", markup=False)
