"""A Typer group that imports each sub-command only when it is run or its help is asked."""

from __future__ import annotations

import importlib
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from levelset.cli.help_names import plain_help
from levelset.cli.registry import COMMANDS, Entry


def load(name: str, entry: Entry) -> Any:
    """Import the command behind a registry entry and turn it into a click command."""
    module_name, _, attribute = entry.target.partition(":")
    target = getattr(importlib.import_module(module_name), attribute)
    if isinstance(target, typer.Typer):
        command = typer.main.get_command(target)
    else:
        holder = typer.Typer(add_completion=False)
        holder.command(name=name)(target)
        command = typer.main.get_command(holder)
    command.name = name
    if not command.help:
        command.help = entry.help
    _one_line_summaries(command)
    return plain_help(command)


def _one_line_summaries(command: Any) -> None:
    """Give each sub-command a one-line summary: a group's listing (rich markup) keeps the
    docstring's own line breaks, which cut a sentence in the middle of its panel; the help
    page's paragraphs flow too ("stdout carries protocol messages" / "only, ...")."""
    if command.help:
        command.help = "\n\n".join(" ".join(p.split()) for p in command.help.split("\n\n"))
    for sub in getattr(command, "commands", {}).values():
        if not sub.short_help and sub.help:
            first = sub.help.strip().split("\n\n")[0]
            sub.short_help = " ".join(first.split())
        _one_line_summaries(sub)


# Names a new user tries for a command levelset calls otherwise, and where to look instead.
MEANT = {
    "web": "The web app is `levelset serve`.",
    "ui": "The web app is `levelset serve`.",
    "import": "Import with the command for what it is: `levelset proof import FILE` (a résumé), "
    "`levelset track import FILE` (a tracker sheet), `levelset data import SOURCE FILE`.",
}


class _Placeholder(TyperCommand):
    """Stands in a help listing for a command that has not been imported."""


class LazyGroup(TyperGroup):
    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        return _Placeholder(cmd_name, help=entry.help, short_help=entry.help)

    def resolve_command(self, ctx: Any, args: list[str]) -> tuple[str | None, Any, list[str]]:
        if args and args[0] in MEANT and args[0] not in COMMANDS:
            ctx.fail(f"No such command {args[0]!r}. {MEANT[args[0]]}")
        name, command, rest = super().resolve_command(ctx, args)
        if name is not None and isinstance(command, _Placeholder):
            command = load(name, COMMANDS[name])
        return name, command, rest

    def loaded(self, name: str) -> Any:
        """The real command, for tools (the docs generator) that walk every command."""
        return load(name, COMMANDS[name])
