"""`levelset playbook [--topic ...] --format md|html|pdf [-o FILE]`."""

from __future__ import annotations

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
    from levelset.cli.output import note, print_json
    from levelset.cli.workspace import workspace
    from levelset.plan.export import write_export
    from levelset.playbook.personal import parse_topic, personal_playbook
    from levelset.playbook.render import Format, parse_format, render

    chosen = parse_format(fmt)
    store = workspace().store
    book = personal_playbook(store, parse_topic(topic))
    data = render(book, chosen)
    to_stdout = (output is None and chosen is Format.MD and not json_output) or str(output) == "-"
    if to_stdout:
        if chosen is Format.PDF:
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data.decode("utf-8"))
        return
    target = output or store.paths.exports / f"levelset-playbook-{book.topic.value}.{chosen.value}"
    write_export(target, data)
    if json_output:
        print_json(
            {
                "file": target,
                "format": chosen.value,
                "topic": book.topic.value,
                "sections": [{"key": s.key, "title": s.title} for s in book.sections],
                "bytes": len(data),
            }
        )
        return
    note(f"{len(book.sections)} sections for {book.person}; open the file to read it.")
    typer.echo(str(target))
