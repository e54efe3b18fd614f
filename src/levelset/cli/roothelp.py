"""`levelset --help` drawn straight from the registry, without importing Typer.

Typer's help renderer pulls in a Markdown parser; the root help is only a list of commands,
so drawing it here keeps the most common first command fast.
"""

from __future__ import annotations

from typing import TextIO

from levelset.cli.registry import COMMANDS, DESCRIPTION

CLIENT_HELP = (
    "Run the command for one of a coach's clients (also LEVELSET_CLIENT, for every command of "
    "a session; see `levelset client`)."
)
OPTIONS = (
    ("--version", "", "Show the version and exit."),
    ("--traceback", "", "On an error, show the full Python traceback."),
    ("--client", "NAME", CLIENT_HELP),
    ("--today", "YYYY-MM-DD", "Run the command as if today were this date (also LEVELSET_TODAY)."),
    ("--help, -h", "", "Show this message and exit."),
)


def print_root_help(stream: TextIO) -> None:
    """Usage, options and every registered command, in boxed panels like the sub-commands'."""
    from rich import box
    from rich.console import Console
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.table import Table

    console = Console(file=stream, highlight=False)
    console.print("\n [bold]Usage:[/] levelset [OPTIONS] COMMAND [ARGS]...\n")
    console.print(Padding(f"{DESCRIPTION}\n", (0, 1)))  # a wrapped line keeps the indent
    for title, rows in (("Options", OPTIONS), ("Commands", _command_rows())):
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
        for row in rows:
            table.add_row(
                *(f"[bold cyan]{cell}[/]" if i == 0 else cell for i, cell in enumerate(row))
            )
        console.print(
            Panel(table, title=title, title_align="left", box=box.ROUNDED, border_style="dim")
        )
    console.print(" Run [bold]levelset COMMAND --help[/] for a command's options.\n")


def _command_rows() -> list[tuple[str, str]]:
    return [(name, entry.help) for name, entry in COMMANDS.items()]
