"""`levelset playbook [--topic ...] --format md|html|pdf [-o FILE]`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer


def playbook_command(
    topic: str = typer.Option("salary", "--topic", help="salary, leveling or negotiation."),
    fmt: str = typer.Option("md", "--format", "-f", help="md, html or pdf."),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="File to write; '-' for standard output (md and html)."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON (the file and sections)."),
) -> None:
    """Your personal guide, written from your own records, as Markdown, HTML or PDF."""
    from levelset.app.playbook import export_playbook, render_playbook
    from levelset.cli.output import note, print_json
    from levelset.cli.workspace import workspace
    from levelset.playbook.render import FALLBACK_FONT_ENV, Format, parse_format

    font = os.environ.get(FALLBACK_FONT_ENV)
    chosen = parse_format(fmt)
    to_stdout = (output is None and chosen is Format.MD and not json_output) or str(output) == "-"
    if to_stdout:
        made = render_playbook(workspace(), topic, fmt, font)
        if made.format is Format.PDF:
            sys.stdout.buffer.write(made.data)
        else:
            sys.stdout.write(made.data.decode("utf-8"))
        return
    target, made = export_playbook(workspace(), topic, fmt, output, font)
    book = made.book
    if json_output:
        print_json(
            {
                "file": target,
                "format": made.format.value,
                "topic": book.topic.value,
                "sections": [{"key": s.key, "title": s.title} for s in book.sections],
                "bytes": len(made.data),
            }
        )
        return
    note(f"{len(book.sections)} sections for {book.person}; open the file to read it.")
    typer.echo(str(target))
