"""Write the CLI reference (docs/cli.md) from the commands' own --help, so it cannot rot.

Run with `python -m levelset.cli.docgen > docs/cli.md` (or `make docs`).
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from typing import Any

from levelset.cli.lazy import load
from levelset.cli.registry import COMMANDS


def command_paths() -> Iterator[tuple[str, ...]]:
    """Every command path, e.g. ("offer",), ("offer", "value"), in registry order."""
    for name, entry in COMMANDS.items():
        yield from _walk((name,), load(name, entry))


def _walk(path: tuple[str, ...], command: Any) -> Iterator[tuple[str, ...]]:
    yield path
    for sub_name in getattr(command, "commands", {}) or {}:
        yield from _walk((*path, sub_name), command.commands[sub_name])


def help_text(path: tuple[str, ...]) -> str:
    """The --help of one command, as plain text at a fixed width."""
    from levelset.cli import output
    from levelset.cli.main import main

    buffer = io.StringIO()
    saved = {name: os.environ.get(name) for name in ("COLUMNS", "NO_COLOR")}
    os.environ["COLUMNS"], os.environ["NO_COLOR"] = "100", "1"
    output.console.cache_clear()
    try:
        with contextlib.redirect_stdout(buffer):
            main([*path, "--help"])
    finally:  # the width is this text's, not the rest of the process's
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        output.console.cache_clear()
    return buffer.getvalue().rstrip()


def render() -> str:
    parts = [
        "# CLI reference",
        "",
        "Generated from each command's `--help` by `make docs`; do not edit by hand.",
        "",
        "```",
        help_text(()),
        "```",
    ]
    for path in command_paths():
        parts += ["", f"## levelset {' '.join(path)}", "", "```", help_text(path), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    print(render(), end="")
