"""`levelset proof import|report|list|clear`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from levelset.app.workspace import Workspace
    from levelset.proof.model import SourceRow

from levelset.cli.proof_positions import app as positions_app

app = typer.Typer(
    help="Import your resume and materials; score the proof.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(positions_app, name="positions")

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
    from levelset.app.proof import import_proof
    from levelset.cli.workspace import workspace

    ws = workspace()
    imported = import_proof(ws, files)  # every file validated before anything is stored
    if json_output:
        from levelset.cli.output import print_json

        print_json(imported)
        return
    _sources_table("Imported", imported.rows)
    from levelset.cli.output import console

    for note in imported.notes:
        console().print(f"note: {note}")
    _other_resumes(ws, {row.name for row in imported.rows if row.channel == "resume"})
    console().print(
        "next: levelset proof positions (check the jobs read), levelset proof report, "
        "levelset level estimate"
    )


def _other_resumes(ws: Workspace, new: set[str]) -> None:
    """Say so when an older résumé of another name is still read beside the new one."""
    from levelset.app.proof import list_sources
    from levelset.cli.output import console, escape

    older = [r.name for r in list_sources(ws) if r.channel == "resume" and r.name not in new]
    if new and older:
        names = ", ".join(escape(n) for n in older)
        console().print(
            f"note: your other résumé(s) ({names}) are still read beside it; "
            f"`levelset proof clear {escape(older[0])}` drops one"
        )


@app.command("list")
def list_(json_output: bool = JSON) -> None:
    """Show the imported sources."""
    from levelset.app.proof import list_sources
    from levelset.cli.workspace import workspace

    rows = list_sources(workspace())
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
    from levelset.app.proof import clear_sources
    from levelset.cli.workspace import workspace

    removed = clear_sources(workspace(), names or [], everything=everything)
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
    from levelset.app.proof import proof_report
    from levelset.cli.workspace import workspace

    result = proof_report(workspace(), semantic=semantic, model=_embedding_model(semantic))
    if json_output:
        from levelset.cli.output import print_json

        print_json(result)
        return
    from levelset.cli.proof_view import show_report

    show_report(result)


def _embedding_model(semantic: bool) -> str | None:
    """The embedding model LEVELSET_EMBEDDING_MODEL names; the model hub kept offline."""
    if not semantic:
        return None
    import os

    from levelset.proof.semantic import MODEL_ENV

    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach the network at run time
    return os.environ.get(MODEL_ENV)


def _sources_table(title: str, rows: Sequence[SourceRow]) -> None:
    from rich.table import Table

    from levelset.cli.output import console, escape

    table = Table(title=title)
    for column in ("source", "channel", "positions", "bullets", "stories", "imported"):
        table.add_column(column)
    for row in rows:
        when = row.imported_at.strftime("%Y-%m-%d %H:%M")
        note = " (replaced)" if row.replaced else ""
        counts = (row.positions, row.bullets, row.stories)
        table.add_row(escape(row.name), row.channel, *(str(c) for c in counts), when + note)
    from levelset.cli.table_fit import stacked_if_narrow

    console().print(stacked_if_narrow(table, console().width))
    if not rows:
        console().print("Nothing imported yet: levelset proof import resume.pdf linkedin.zip")
