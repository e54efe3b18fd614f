"""`levelset data`: the market datasets (sources, status, rebuild, import)."""

from __future__ import annotations

from pathlib import Path

import typer

app = typer.Typer(
    help="Market datasets: where they come from, rebuilding the store, importing newer files.",
    no_args_is_help=True,
    add_completion=False,
)

JSON = typer.Option(False, "--json", help="Print JSON.")


@app.command("sources")
def sources(json_output: bool = JSON) -> None:
    """List every dataset with its licence, release, row count and citation."""
    from levelset.app.market import list_sources
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import market_progress, workspace
    from levelset.market.sources import notices

    found = list_sources(workspace(), market_progress())
    if json_output:
        print_json({"datasets": found, "notices": notices(found)})
        return
    from rich.table import Table

    table = Table(title="Market datasets")
    for column in ("dataset", "licence", "release", "rows"):
        table.add_column(column, overflow="fold", justify="right" if column == "rows" else "left")
    for s in found:
        table.add_row(f"{s.name}\n[dim]{s.title}[/]", s.licence, s.release, f"{s.rows:,}")
    out = console()
    out.print(table)
    out.print("[bold]Cite as[/]")
    for s in found:
        out.print(f"  {s.name}: {s.citation}", highlight=False)
    for text in notices(found):
        out.print(f"[bold]Notice:[/] {text}")


@app.command("status")
def status(json_output: bool = JSON) -> None:
    """Show where the market store is, when it was built and which files you imported."""
    from levelset.app.market import store_status
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import workspace

    state = store_status(workspace())
    if json_output:
        print_json(state)
        return
    out = console()
    built = _when(state.built_at) if state.built_at else "not built yet (it is built on first use)"
    out.print(f"Market store: {state.path}", markup=False)
    out.print(f"Built: {built}; {state.datasets} datasets; {state.size_bytes / 1e6:.1f} MB")
    if state.exists and not state.current:
        out.print("[yellow]Out of date: it will be rebuilt on next use.[/]")
    if not state.imports:
        out.print("No imported files; only the shipped data is used.")
    for item in state.imports:
        out.print(
            f"Imported {item.source}: {item.dataset} ({item.release or 'release from file'}"
            f", {_when(item.imported_at)}) kept at {item.path}"
        )


def _when(stamp: object) -> str:
    """'2026-11-23T18:44:36.228335' (stored in UTC) -> '2026-11-23 18:44 UTC'."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


@app.command("rebuild")
def rebuild(json_output: bool = JSON) -> None:
    """Build the market store again from the shipped files, then replay your imports."""
    from levelset.app.market import rebuild as run_rebuild
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import market_progress, workspace

    report = run_rebuild(workspace(), market_progress("Rebuilding the market store"))
    if json_output:
        print_json(report)
        return
    console().print(f"Rebuilt {report.path} in {report.seconds:.1f} s:", markup=False)
    for name, rows in report.datasets:
        console().print(f"  {name}: {rows:,} row{'' if rows == 1 else 's'}")
    if report.replayed:
        console().print(f"Replayed your imports: {', '.join(report.replayed)}", markup=False)


@app.command("import")
def import_command(
    source: str = typer.Argument(
        ..., metavar="SOURCE", help="What the file is: oews, crowd, onet or lca."
    ),
    file: Path = typer.Argument(
        ..., metavar="FILE", help="The downloaded upstream file (or folder)."
    ),
    release: str = typer.Option(
        None, "--release", help="Release when the file name does not say it, e.g. 'May 2025'."
    ),
    json_output: bool = JSON,
) -> None:
    """Import a downloaded upstream file; a bad file leaves the store unchanged."""
    from levelset.app.market import import_file
    from levelset.cli.output import print_json, say
    from levelset.cli.workspace import market_progress, workspace

    progress = market_progress(f"Importing {file.name}")
    report = import_file(workspace(), source.lower(), file, release=release, progress=progress)
    if json_output:
        print_json(report)
        return
    rows = f"{report.rows:,} row{'' if report.rows == 1 else 's'}"
    say(
        f"Imported {rows} from {report.file.name} as {report.dataset} "
        f"(release {report.release}) in {report.seconds:.1f} s; "
        f"a copy is kept at {report.kept_as} for rebuilds."
    )
