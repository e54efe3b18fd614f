"""`levelset proof positions [edit|merge|drop|move|undo]`: see and correct what was read."""

from __future__ import annotations

from typing import Any

import typer

app = typer.Typer(
    help="See the positions read from your files, and correct them.",
    invoke_without_command=True,
)

JSON = typer.Option(False, "--json", help="Print JSON.")


@app.callback()
def show(
    ctx: typer.Context,
    bullets: bool = typer.Option(False, "--bullets", help="List each position's bullets too."),
    json_output: bool = JSON,
) -> None:
    """List every position with company, title, dates and place; `?` marks a guess to check.

    Corrections are kept apart from what was read, so they survive importing the same file
    again.
    """
    if ctx.invoked_subcommand:
        return
    from levelset.app.proof_positions import list_positions
    from levelset.cli.workspace import workspace

    _out(list_positions(workspace()), json_output, bullets)


@app.command("edit")
def edit(
    number: int = typer.Argument(..., help="The position's number, as the list shows."),
    title: str | None = typer.Option(None, "--title"),
    company: str | None = typer.Option(None, "--company"),
    start: str | None = typer.Option(None, "--start", help="2021-03, or 2021."),
    end: str | None = typer.Option(None, "--end", help="2023-06, 2023, or present."),
    location: str | None = typer.Option(None, "--location"),
    json_output: bool = JSON,
) -> None:
    """Change what was read for one position."""
    from levelset.app.proof_positions import edit_position
    from levelset.cli.workspace import workspace

    changes = {"title": title, "company": company, "start": start, "end": end}
    changes["location"] = location
    _out(edit_position(workspace(), number, changes), json_output)


@app.command("merge")
def merge(
    keep: int = typer.Argument(..., help="The position that stays."),
    absorb: int = typer.Argument(..., help="The position folded into it."),
    json_output: bool = JSON,
) -> None:
    """Fold one position into another (one job read as two): bullets and dates join."""
    from levelset.app.proof_positions import merge_positions
    from levelset.cli.workspace import workspace

    _out(merge_positions(workspace(), keep, absorb), json_output)


@app.command("drop")
def drop(
    number: int = typer.Argument(..., help="The position that is not one."),
    json_output: bool = JSON,
) -> None:
    """Forget a position that is not a job (its bullets stay as loose evidence)."""
    from levelset.app.proof_positions import drop_position
    from levelset.cli.workspace import workspace

    _out(drop_position(workspace(), number), json_output)


@app.command("move")
def move(
    number: int = typer.Argument(..., help="The position the bullet is under now."),
    bullet: int = typer.Argument(..., help="The bullet's number under it (see --bullets)."),
    to: int = typer.Argument(..., help="The position it belongs to."),
    json_output: bool = JSON,
) -> None:
    """Move a bullet to the position it belongs to."""
    from levelset.app.proof_positions import move_bullet
    from levelset.cli.workspace import workspace

    _out(move_bullet(workspace(), number, bullet, to), json_output, bullets=True)


@app.command("undo")
def undo(json_output: bool = JSON) -> None:
    """Take back the last correction."""
    from levelset.app.proof_positions import list_positions, undo_correction
    from levelset.cli.workspace import workspace

    ws = workspace()
    undone = undo_correction(ws)
    if json_output:
        from levelset.cli.output import print_json

        print_json(undone)
        return
    from levelset.cli.output import console

    console().print(f"Undid the last correction ({undone['undone']['action']}).")
    _out(list_positions(ws), False)


def _out(result: Any, json_output: bool, bullets: bool = False) -> None:
    if json_output:
        from levelset.cli.output import print_json

        print_json(result)
        return
    _table(result.positions, bullets)
    if result.stale:
        from levelset.cli.output import console

        console().print(
            f"note: {result.stale} correction(s) no longer find their position "
            "(the file was changed); `levelset proof positions undo` takes back the last one"
        )


def _table(positions: tuple[dict[str, Any], ...], bullets: bool) -> None:
    from rich.table import Table

    from levelset.cli.output import console, escape

    out = console()
    if not positions:
        out.print("No positions read yet: levelset proof import resume.pdf")
        return
    table = Table(title="Positions read (? = a guess to check)")
    for column in ("#", "title", "company", "start", "end", "place", "bullets", "source"):
        table.add_column(column)
    for p in positions:
        flag = " ?" if p["guessed"] else ""
        end = p["end"] or "present"
        row = (p["title"] + flag, p["company"], p["start"] or "", end, p["location"] or "")
        cells = (*row, str(len(p["bullets"])), p["source"])
        table.add_row(str(p["number"]), *(escape(cell) for cell in cells))
    out.print(table)
    for p in positions:
        if p["guessed"]:
            out.print(f"{p['number']}: {'; '.join(p['guessed'])}", markup=False)
        if bullets and p["bullets"]:
            heading = escape(f"{p['number']}. {p['title']}, {p['company']}")
            out.print(f"[bold]{heading}[/bold]")
            for index, text in enumerate(p["bullets"], start=1):
                out.print(f"   {index}. {text}", markup=False)
