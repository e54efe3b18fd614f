"""`levelset coach`: the roster with what needs attention; `coach outcomes`: results across
clients, small groups hidden."""

from __future__ import annotations

import datetime as dt

import typer

app = typer.Typer(help="The coach's dashboard and outcomes across clients.", add_completion=False)

JSON = typer.Option(False, "--json", help="Print JSON.")


@app.callback(invoke_without_command=True)
def dashboard(ctx: typer.Context, json_output: bool = JSON) -> None:
    """The roster of active clients, those needing attention first."""
    if ctx.invoked_subcommand is not None:
        return
    from levelset.app.coach import dashboard as roster
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import coach_workspace, named_client

    client = named_client()
    ws = coach_workspace()
    rows = roster(ws, client)
    if json_output:
        print_json({"clients": rows, "client": client})
        return
    if not rows:
        console().print("No active clients: add one with `levelset client add NAME`.")
        return
    from rich.markup import escape
    from rich.table import Table

    if not client:
        from levelset.app.coach import dashboard_summary

        console().print(escape(dashboard_summary(ws, rows)))
    title = f"{escape(rows[0].name)}'s status" if client else None
    table = Table("client", "cohort", "last activity", "needs attention", title=title)
    for row in rows:
        flags = "\n".join(escape(a.text) for a in row.attention)
        if row.first_steps:
            steps = "\n".join(f"- {escape(s)}" for s in row.first_steps)
            said = "no data yet; first:" if row.no_data else "needs next:"
            flags = "\n".join(f for f in (flags, f"{said}\n{steps}") if f)
        flags = flags or "[dim]nothing[/]"
        last = row.last_activity.isoformat() if row.last_activity else ""
        table.add_row(escape(row.name), escape(row.cohort or ""), last, flags)
    from levelset.cli.table_fit import stacked_if_narrow

    console().print(stacked_if_narrow(table, console().width))
    if client:
        console().print("[dim]One client's status; `levelset coach` without --client shows all.[/]")
    else:
        console().print("[dim]Open one with `levelset --client NAME ...`.[/]")


@app.command("outcomes")
def outcomes_command(
    since: dt.datetime | None = typer.Option(
        None, "--since", formats=["%Y-%m-%d"], help="Only results from this day on."
    ),
    group_by: str | None = typer.Option(None, "--group-by", help="level, role, place or cohort."),
    json_output: bool = JSON,
) -> None:
    """Results across clients (gains, days to signature, response rates), each with its n;
    figures from fewer than 5 clients are hidden."""
    from levelset.app.coach_outcomes import coach_outcomes
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import coach_workspace, named_client

    if named_client():
        from levelset.errors import InputError

        raise InputError(
            "outcomes are across every client: run `levelset coach outcomes` without --client"
        )
    result = coach_outcomes(coach_workspace(), since.date() if since else None, group_by)
    if json_output:
        print_json(result)
        return
    from rich.markup import escape
    from rich.table import Table

    for group in result.groups:
        table = Table("figure", "n", "values", title=f"{escape(group.name)} ({group.clients})")
        for f in group.figures:
            shown = ", ".join(f"{k} {v}" for k, v in (f.values or {}).items())
            n = str(f.n) if f.values is not None else ""
            table.add_row(escape(f.name), n, escape(shown or f"hidden: {f.hidden}"))
        from levelset.cli.table_fit import stacked_if_narrow

        console().print(stacked_if_narrow(table, console().width))
