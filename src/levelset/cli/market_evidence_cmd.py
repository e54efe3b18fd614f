"""`levelset market posting add|list|remove` and `levelset market comp add|list|remove`."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

app = typer.Typer(
    help="Your own market evidence: job postings you saved and comps you collected.",
    no_args_is_help=True,
    add_completion=False,
)
posting_app = typer.Typer(help="Job postings with a pay range.", no_args_is_help=True)
comp_app = typer.Typer(help="Pay figures you collected (comps).", no_args_is_help=True)
app.add_typer(posting_app, name="posting")
app.add_typer(comp_app, name="comp")

JSON = typer.Option(False, "--json", help="Print JSON.")


@posting_app.command("add")
def posting_add(
    file: str = typer.Argument(
        ...,
        metavar="FILE|-",
        help="A posting: text, a saved HTML page, a PDF or a JSON job "
        "description; - reads pasted text from standard input.",
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Store without asking."),
    json_output: bool = JSON,
) -> None:
    """Read a job posting's company, title, level, place and pay range; store it when you
    say so. It then joins `levelset range` as "your postings"."""
    from levelset.app.market_evidence import keep_posting, read_posting_file
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import workspace

    ws = workspace()
    piped = file == "-"
    saved = read_posting_file(ws, None, sys.stdin.read()) if piped else (
        read_posting_file(ws, Path(file))
    )  # fmt: skip
    if not json_output:
        from levelset.cli.evidence_view import render_posting

        console().print(render_posting(saved))
    keep = yes or (not json_output and _confirm(piped))
    stored = keep_posting(ws, saved) if keep else None
    if json_output:
        print_json(saved.to_dict() | {"stored": stored is not None,
                                      "id": stored.id if stored else None})  # fmt: skip
    elif stored is not None:
        console().print(f"Stored as posting #{stored.id}.")
    else:
        console().print("Not stored. Run again with --yes to keep it.")


def _confirm(piped: bool) -> bool:
    """Ask on the terminal: standard input when it is one, else the controlling terminal
    (the posting itself came in on standard input); no terminal, no store."""
    if not piped:
        return sys.stdin.isatty() and typer.confirm("Store this posting?", default=True)
    try:
        with (
            open("/dev/tty", "w", encoding="utf-8") as out,
            open("/dev/tty", encoding="utf-8") as tty,
        ):
            out.write("Store this posting? [Y/n]: ")
            out.flush()
            return tty.readline().strip().lower() in ("", "y", "yes")
    except OSError:
        return False


@posting_app.command("list")
def posting_list(json_output: bool = JSON) -> None:
    """The postings you stored, oldest first."""
    from levelset.app.market_evidence import list_postings, stored_dicts
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import workspace

    rows = list_postings(workspace())
    if json_output:
        print_json({"postings": stored_dicts(rows)})
        return
    from levelset.cli.evidence_view import render_postings

    console().print(render_postings(rows))


@posting_app.command("remove")
def posting_remove(
    posting_id: int = typer.Argument(..., metavar="ID", help="The posting's number."),
    json_output: bool = JSON,
) -> None:
    """Remove a posting; a file that adds it back is kept (the command is printed)."""
    from levelset.app.market_evidence import remove_posting

    _deleted(remove_posting, posting_id, json_output)


@comp_app.command("add")
def comp_add(
    title: str = typer.Argument(..., help='Job title, e.g. "Senior ML Engineer".'),
    base: str = typer.Option(..., "--base", help="Base pay a year: 185000, 185k, $185,000."),
    bonus: str | None = typer.Option(None, "--bonus", help="Bonus a year (an amount)."),
    equity: str | None = typer.Option(None, "--equity", help="Equity a year (an amount)."),
    company: str | None = typer.Option(None, "--company", "-c", help="Company."),
    level: str | None = typer.Option(None, "--level", "-l", help='Level: "senior", "L5"...'),
    location: str | None = typer.Option(None, "--location", "-p", help="Place."),
    currency: str = typer.Option("USD", "--currency", help="Currency code."),
    on: str | None = typer.Option(None, "--date", help="When the figure was true (YYYY-MM-DD)."),
    source: str = typer.Option(
        ..., "--source", help='Where it comes from: "friend\'s offer", "recruiter band".'
    ),
    note: str | None = typer.Option(None, "--note", help="Anything else worth keeping."),
    json_output: bool = JSON,
) -> None:
    """Keep a pay figure you collected; it joins `levelset range` as "your comps", and a
    figure with bonus or equity adds to the total-pay range."""
    from levelset.app.market_evidence import add_comp, comp_from_input
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import workspace

    ws = workspace()
    comp = comp_from_input(
        ws, title, base, bonus=bonus, equity=equity, currency=currency, on=on, source=source,
        company=company, level=level, location=location, note=note,
    )  # fmt: skip
    stored = add_comp(ws, comp)
    if json_output:
        print_json(stored.to_dict())
        return
    console().print(f"Stored as comp #{stored.id}.")


@comp_app.command("list")
def comp_list(json_output: bool = JSON) -> None:
    """The comps you stored, oldest first."""
    from levelset.app.market_evidence import list_comps, stored_dicts
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import workspace

    rows = list_comps(workspace())
    if json_output:
        print_json({"comps": stored_dicts(rows)})
        return
    from levelset.cli.evidence_view import render_comps

    console().print(render_comps(rows))


@comp_app.command("remove")
def comp_remove(
    comp_id: int = typer.Argument(..., metavar="ID", help="The comp's number."),
    json_output: bool = JSON,
) -> None:
    """Remove a comp; the command that adds it back is printed and kept in a file."""
    from levelset.app.market_evidence import remove_comp

    _deleted(remove_comp, comp_id, json_output)


def _deleted(remove: object, item_id: int, json_output: bool) -> None:
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import workspace

    gone = remove(workspace(), item_id)  # type: ignore[operator]
    if json_output:
        print_json(gone.to_dict())
        return
    console().print(f"Removed {gone.what}. To undo: {gone.undo}")
