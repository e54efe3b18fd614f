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
    title: str | None = typer.Option(None, "--title", help="The job title, as it should read."),
    company: str | None = typer.Option(None, "--company", help="The employer's name."),
    start: str | None = typer.Option(None, "--start", help="2021-03, Mar 2021 or 2021."),
    end: str | None = typer.Option(None, "--end", help="2023-06, Jun 2023, 2023 or present."),
    location: str | None = typer.Option(
        None, "--location", help='Where the job was: "Boston, MA", "Remote".'
    ),
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
    from levelset.cli.output import console, escape

    out = console()
    if not positions:
        out.print("No positions read yet: levelset proof import resume.pdf")
        return
    sources = {p["source"] for p in positions}
    one_source = next(iter(sources)) if len(sources) == 1 else None
    if out.width < _WIDE:
        _blocks(positions, one_source)
    else:
        _wide_table(positions, one_source)
    for p in positions:
        if p["guessed"] and out.width >= _WIDE:
            out.print(f"{p['number']}: {'; '.join(p['guessed'])}", markup=False)
        if bullets and p["bullets"]:
            heading = escape(f"{p['number']}. {p['title']}, {p['company']}")
            out.print(f"[bold]{heading}[/bold]")
            for index, text in enumerate(p["bullets"], start=1):
                out.print(f"   {index}. {text}", markup=False)


# Below this many columns the eight cells of a position no longer fit a row without cutting
# titles and companies short, so each position is printed as a block of its own.
_WIDE = 110


def _dates(p: dict[str, Any]) -> str:
    return f"{p['start'] or '?'} – {p['end'] or 'present'}"


def _bullets(count: int) -> str:
    return f"{count} bullet" if count == 1 else f"{count} bullets"


def _title(one_source: str | None) -> str:
    where = f" from {one_source}" if one_source else ""
    return f"Positions read{where} (? = a guess to check)"


def _wide_table(positions: tuple[dict[str, Any], ...], one_source: str | None) -> None:
    from rich.table import Table

    from levelset.cli.output import console, escape

    table = Table(title=escape(_title(one_source)))
    columns = ["#", "title", "company", "dates", "place", "bullets"]
    for column in columns if one_source else [*columns, "source"]:
        table.add_column(column, overflow="fold")
    for p in positions:
        flag = " ?" if p["guessed"] else ""
        cells = [_title_of(p) + flag, p["company"], _dates(p), p["location"] or ""]
        cells.append(str(len(p["bullets"])))
        if not one_source:
            cells.append(p["source"])
        table.add_row(str(p["number"]), *(escape(cell) for cell in cells))
    console().print(table)


def _title_of(position: dict[str, Any]) -> str:
    """The title read, or what says none was (an entry whose title the reader could not find)."""
    return str(position["title"] or "(no title read)")


def _blocks(positions: tuple[dict[str, Any], ...], one_source: str | None) -> None:
    from levelset.cli.output import console

    out = console()
    out.print(_title(one_source), markup=False)
    for p in positions:
        flag = " ?" if p["guessed"] else ""
        company = f" — {p['company']}" if p["company"] else ""
        out.print(f"{p['number']}. {_title_of(p)}{company}{flag}", markup=False)
        facts = [_dates(p), p["location"] or "", _bullets(len(p["bullets"]))]
        if not one_source:
            facts.append(p["source"])
        out.print("   " + " · ".join(fact for fact in facts if fact), markup=False)
        if p["guessed"]:
            out.print("   guessed: " + "; ".join(p["guessed"]), markup=False)
