"""`levelset coach`: the roster with what needs attention; `coach outcomes`: results across
clients, small groups hidden."""

from __future__ import annotations

import typer

app = typer.Typer(help="The coach's dashboard and outcomes across clients.")

JSON = typer.Option(False, "--json", help="Print JSON.")


@app.callback(invoke_without_command=True)
def dashboard(ctx: typer.Context, json_output: bool = JSON) -> None:
    """The roster of active clients, those needing attention first."""
    if ctx.invoked_subcommand is not None:
        return
    from levelset.app.coach import dashboard as roster
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import coach_workspace

    rows = roster(coach_workspace())
    if json_output:
        print_json({"clients": rows})
        return
    if not rows:
        console().print("No active clients: add one with `levelset client add NAME`.")
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table("client", "cohort", "last activity", "needs attention")
    for row in rows:
        flags = "\n".join(escape(a.text) for a in row.attention) or "[dim]nothing[/]"
        last = row.last_activity.isoformat() if row.last_activity else ""
        table.add_row(escape(row.name), escape(row.cohort or ""), last, flags)
    console().print(table)
    console().print("[dim]Open one with `levelset --client NAME ...`.[/]")
