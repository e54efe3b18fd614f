"""`levelset proof import|report|list|clear`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from levelset.store.proof import SourceRow

app = typer.Typer(help="Import your resume and materials; score the proof.", no_args_is_help=True)

JSON = typer.Option(False, "--json", help="Print JSON.")


@app.command("import")
def import_(
    files: list[Path] = typer.Argument(
        ...,
        help="Resume (.pdf .docx .md .txt .json), LinkedIn export (.zip or folder), "
        "stories (.yaml .md).",
    ),
    json_output: bool = JSON,
) -> None:
    """Read files into your proof materials; a file with the same name replaces the old one."""
    from levelset.cli.workspace import workspace
    from levelset.proof import import_files
    from levelset.store.proof import save_documents

    materials = import_files(files)  # every file validated before anything is stored
    rows = save_documents(workspace().store, materials.documents)
    notes = [
        f"{row.name}: no positions, bullets or stories found; is it the right file?"
        + (" (positions come from Positions.csv)" if row.channel == "linkedin" else "")
        for row in rows
        if not (row.positions or row.bullets or row.stories)
    ]
    if json_output:
        from levelset.cli.output import print_json

        print_json({"imported": rows, "notes": notes})
        return
    _sources_table("Imported", rows)
    from levelset.cli.output import console

    for note in notes:
        console().print(f"note: {note}")


@app.command("list")
def list_(json_output: bool = JSON) -> None:
    """Show the imported sources."""
    from levelset.cli.workspace import workspace
    from levelset.store.proof import list_sources

    rows = list_sources(workspace().store)
    if json_output:
        from levelset.cli.output import print_json

        print_json({"sources": rows})
        return
    _sources_table("Imported sources", rows)


@app.command("clear")
def clear(
    names: list[str] = typer.Argument(None, help="Source names to remove, as `proof list` shows."),
    everything: bool = typer.Option(False, "--all", help="Remove every imported source."),
    json_output: bool = JSON,
) -> None:
    """Remove the named imported sources, or all of them with --all."""
    from levelset.cli.workspace import workspace
    from levelset.errors import InputError
    from levelset.store.proof import clear_sources

    if not names and not everything:
        raise InputError(
            "name the sources to remove, or pass --all", hint="see: levelset proof list"
        )

    removed = clear_sources(workspace().store, names or [])
    if json_output:
        from levelset.cli.output import print_json

        print_json({"removed": removed})
        return
    from levelset.cli.output import console

    console().print(f"Removed {len(removed)} source(s): {', '.join(removed) or 'none'}")


@app.command("report")
def report(
    json_output: bool = JSON,
    semantic: bool = typer.Option(
        False, "--semantic", help="Also match claims with a local embedding model, if installed."
    ),
) -> None:
    """Score every bullet and story, tick the checklist, run the 10-second scan and consistency."""
    from levelset.cli.workspace import workspace
    from levelset.proof import analyse
    from levelset.store.profile import load_profile
    from levelset.store.proof import load_materials

    store = workspace().store
    result = analyse(load_materials(store), load_profile(store), semantic=semantic)
    if json_output:
        from levelset.cli.output import print_json

        print_json(result)
        return
    from levelset.cli.proof_view import show_report

    show_report(result)


def _sources_table(title: str, rows: Sequence[SourceRow]) -> None:
    from rich.table import Table

    from levelset.cli.output import console

    table = Table(title=title)
    for column in ("source", "channel", "positions", "bullets", "stories", "imported"):
        table.add_column(column)
    for row in rows:
        when = row.imported_at.strftime("%Y-%m-%d %H:%M")
        note = " (replaced)" if row.replaced else ""
        counts = (row.positions, row.bullets, row.stories)
        table.add_row(row.name, row.channel, *(str(c) for c in counts), when + note)
    console().print(table)
    if not rows:
        console().print("Nothing imported yet: levelset proof import resume.pdf linkedin.zip")
