"""`levelset track add|list|import|export|delete|board|move|card|calendar`: the job-search
log and its board."""

from __future__ import annotations

from pathlib import Path

import typer

app = typer.Typer(
    help="Log applications, outreach and responses.", no_args_is_help=True, add_completion=False
)

JSON = typer.Option(False, "--json", help="Print JSON.")
KINDS = "application, outreach, response, interview, offer, rejection or withdrawal"


@app.command("add")
def add(
    kind: str = typer.Argument(..., help=f"What happened: {KINDS}."),
    date: str | None = typer.Option(None, "--date", help="When (YYYY-MM-DD); default today."),
    company: str | None = typer.Option(None, "--company", help="Company applied or written to."),
    role: str | None = typer.Option(None, "--role", help="Role title."),
    channel: str | None = typer.Option(
        None, "--channel", help="referral, cold, recruiter, job_board or other."
    ),
    resume: str | None = typer.Option(None, "--resume", help="Resume version used."),
    variant: str | None = typer.Option(None, "--variant", help="Message variant used."),
    outcome: str | None = typer.Option(
        None, "--outcome", help="For a response: positive or negative."
    ),
    stage: str | None = typer.Option(None, "--stage", help="For an interview: its stage."),
    negotiation: str | None = typer.Option(
        None, "--negotiation", help="For an offer: its negotiation record (company)."
    ),
    application: str | None = typer.Option(
        None, "--application", help="For a follow-up: the exact application it follows."
    ),
    note: str | None = typer.Option(None, "--note", help="A free note."),
    json_output: bool = JSON,
) -> None:
    """Add one dated event; follow-ups find their application by --company (and --role)."""
    from levelset.app.tracking import EventFields, log_event
    from levelset.cli.track_view import print_events
    from levelset.cli.workspace import workspace

    fields = EventFields(
        kind, date, company, role, channel, resume, variant, outcome, stage, negotiation,
        application, note,
    )  # fmt: skip
    print_events([log_event(workspace(), fields, source="cli")], json_output, title="Added")


@app.command("list")
def list_(
    kind: str | None = typer.Option(None, "--kind", help=f"Only this kind: {KINDS}."),
    since: str | None = typer.Option(None, "--since", help="Only events on or after this date."),
    json_output: bool = JSON,
) -> None:
    """List tracked events, oldest first."""
    from levelset.app.tracking import list_events
    from levelset.cli.track_view import print_events
    from levelset.cli.workspace import workspace
    from levelset.tracking import typed_date

    start = typed_date(since, "--since") if since else None
    events = list_events(workspace(), kind, start, since_name="--since")
    print_events(events, json_output, title="Tracked events")


@app.command("import")
def import_(
    file: Path = typer.Argument(..., help="CSV spreadsheet of applications or events."),
    skip_bad_rows: bool = typer.Option(
        False, "--skip-bad-rows", help="Store the good rows and list the bad ones (else none)."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check the file; store nothing."),
    map_: list[str] = typer.Option(
        None, "--map", help="Your column for a levelset one: --map role='Job Position'."
    ),
    mapping: Path | None = typer.Option(
        None, "--mapping", help="A saved mapping file (YAML or JSON): one `name: column` a line."
    ),
    date_order: str | None = typer.Option(
        None,
        "--date-order",
        metavar="dmy|mdy",
        help="Read dates such as 03/02/2026 day first (dmy) or month first (mdy), when no date "
        "in the file (13/02 or 02/13) decides it.",
    ),
    json_output: bool = JSON,
) -> None:
    """Import a spreadsheet; any bad row rejects the file unless --skip-bad-rows is given."""
    from levelset.app.tracking import column_mapping, import_sheet
    from levelset.cli.track_view import read_sheet, show_import
    from levelset.cli.workspace import workspace

    data = read_sheet(file)
    columns = column_mapping(map_ or [], mapping)
    imported = import_sheet(
        workspace(), data, str(file), skip_bad_rows=skip_bad_rows, dry_run=dry_run,
        columns=columns, date_order=date_order,
    )  # fmt: skip
    show_import(imported, json_output)


@app.command("export")
def export(
    format_: str = typer.Option("csv", "--format", help="csv or json."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write; default stdout."
    ),
) -> None:
    """Export every event as CSV (re-importable) or JSON."""
    from levelset.app.tracking import export_events
    from levelset.cli.track_view import write_export
    from levelset.cli.workspace import workspace

    write_export(export_events(workspace(), format_), output)


@app.command("delete")
def delete(
    event_id: int = typer.Argument(..., help="Event number from `track list`."),
    json_output: bool = JSON,
) -> None:
    """Remove a tracked event (an application or outreach with the events that follow it);
    they are kept in a CSV file that `levelset track import` brings back."""
    from levelset.app.tracking import delete_event
    from levelset.cli.output import print_json
    from levelset.cli.workspace import workspace

    deleted = delete_event(workspace(), event_id)
    if json_output:
        print_json(deleted.to_dict())
        return
    typer.echo(f"Deleted {deleted.what}. To undo: {deleted.undo}")


@app.command("board")
def board(json_output: bool = JSON) -> None:
    """Your applications by stage (applied, in touch, interviewing, offer, closed), with
    contacts, follow-ups and interview dates."""
    from levelset.app.board import job_board
    from levelset.cli.workspace import workspace
    from levelset.jsonable import to_jsonable

    found = to_jsonable(job_board(workspace()).to_dict())
    if json_output:
        from levelset.cli.output import print_json

        print_json(found)
        return
    from levelset.cli.pages_view import show_board

    show_board(found)


@app.command("calendar")
def calendar(
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write (e.g. follow-ups.ics); default stdout."
    ),
) -> None:
    """Every card's next follow-up and the interviews to come, as an iCalendar (.ics) file."""
    from levelset.app.board import follow_up_calendar
    from levelset.cli.track_view import write_text
    from levelset.cli.workspace import workspace

    write_text(follow_up_calendar(workspace()), output)


@app.command("move")
def move(
    card_id: int = typer.Argument(..., help="Card number from `track board`."),
    to: str = typer.Argument(
        ..., help="applied, talking, interviewing, offer, rejected or withdrawn."
    ),
    json_output: bool = JSON,
) -> None:
    """Move a card on the board: forward logs today's event of that stage; back takes away
    only what the board logged."""
    from levelset.app.board import move_card
    from levelset.cli.workspace import workspace

    moved = move_card(workspace(), card_id, to)
    if json_output:
        from levelset.cli.output import print_json

        print_json(moved.to_dict())
        return
    typer.echo(f"{moved.company} is now in {moved.column.label}.")


@app.command("card")
def card(
    card_id: int = typer.Argument(..., help="Card number from `track board`."),
    contacts: str = typer.Option("", "--contacts", help="People, separated by ;."),
    follow_up: str = typer.Option("", "--follow-up", help="Next follow-up, YYYY-MM-DD."),
    interviews: str = typer.Option(
        "", "--interviews", help='e.g. "2026-12-08 phone screen; 2026-12-15 onsite".'
    ),
    json_output: bool = JSON,
) -> None:
    """Keep a card's contacts, next follow-up and interview dates (replacing what it had)."""
    from levelset.app.board import save_details
    from levelset.cli.workspace import workspace

    saved = save_details(workspace(), card_id, contacts, follow_up, interviews)
    if json_output:
        from levelset.cli.output import print_json

        print_json(saved.to_dict())
        return
    typer.echo(f"Saved the card of {saved.company}.")
