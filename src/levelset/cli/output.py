"""Printing for the CLI: one console each for stdout and stderr, and JSON output."""

from __future__ import annotations

import sys
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Rich loads with the first console: `--json` output never needs it
    from rich.console import Console


@cache
def console() -> Console:
    return _typed_console()(file=sys.stdout, highlight=False, soft_wrap=False)


@cache
def err_console() -> Console:
    return _typed_console()(file=sys.stderr, highlight=False, soft_wrap=True)


@cache
def _typed_console() -> type[Console]:
    """A Rich console whose printed text names each `levelset COMMAND` for the client the
    command runs for (`--client NAME`), as the user must type it."""
    from rich.console import Console

    from levelset.cli.workspace import as_typed

    class TypedConsole(Console):
        def print(self, *objects: Any, **options: Any) -> None:
            markup = options.get("markup")
            markup = self._markup if markup is None else markup
            typed = (as_typed(o, markup) if isinstance(o, str) else o for o in objects)
            super().print(*typed, **options)

    return TypedConsole


def escape(text: str) -> str:
    """User text made safe inside Rich markup (Rich loaded only when something is drawn)."""
    from rich.markup import escape as escape_markup

    return escape_markup(text)


def print_json(value: Any) -> None:
    """Write any levelset value as JSON to stdout (plain text, never styled)."""
    from levelset.jsonable import dumps

    sys.stdout.write(dumps(value) + "\n")
    sys.stdout.flush()


def note(text: str) -> None:
    """A dim remark on stderr, so --json output on stdout stays clean. The text is shown as it
    is (brackets in a file name or a person's name are not Rich markup); where Rich would write
    no styles, it is written without loading Rich (cli/plain_text)."""
    from levelset.cli.plain_text import plain, plain_stream
    from levelset.cli.workspace import as_typed

    text = as_typed(text)
    if plain_stream(sys.stderr) and plain(text):
        sys.stderr.write(f"{text}\n")
        sys.stderr.flush()
        return
    err_console().print(f"[dim]{escape(text)}[/]")


def say(text: str) -> None:
    """A line of text on stdout, shown as written (never read as Rich markup) and wrapped as Rich
    wraps it; written without loading Rich where Rich would write no styles and lay it out as
    cli/plain_text does."""
    from levelset.cli.plain_text import line_text, show
    from levelset.cli.workspace import as_typed

    show(as_typed(text), line_text, lambda line, out: out.print(line, markup=False))


def hang(label: str, text: str, indent: int = 2) -> None:
    """Print `label text` (both Rich markup) `indent` columns in, the text's wrapped lines kept
    under its first word instead of flush left; without a label the whole text is indented."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from levelset.cli.workspace import as_typed

    body = Text.from_markup(as_typed(text, markup=True))
    if not label:
        console().print(Padding(body, (0, 0, 0, indent)))
        return
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(Text.from_markup(label), body)
    console().print(Padding(grid, (0, 0, 0, indent)))
