"""Plain names in --help: `TITLE` and `TEXT` where Typer writes `{TITLE}`, `<str>` and `<bool>`."""

from __future__ import annotations

from typing import Any

from typer import Context
from typer.core import TyperArgument, TyperOption

HELP_NAMES = ["-h", "--help"]

# Typer's own type labels (inside its angle brackets) and the word a reader sees instead.
_WORDS = {
    "str": "TEXT",
    "int": "INTEGER",
    "float": "NUMBER",
    "Decimal": "NUMBER",
    "path": "PATH",
    "Path": "PATH",
    "int range": "INTEGER",
    "float range": "NUMBER",
}


def plain_type(label: str) -> str:
    """The word for a Typer type label: `<str>` -> TEXT, `<list[Path]>` -> PATH."""
    bare = label.strip("<>")
    if bare.startswith("list[") and bare.endswith("]"):
        bare = bare[len("list[") : -1]
    return _WORDS.get(bare, bare)


class PlainOption(TyperOption):
    """An option whose help shows its metavar or a plain type word, and nothing for a flag."""

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.metavar is not None:
            return self.metavar
        if self.is_flag:
            return None
        return plain_type(self.display_type(ctx))


class PlainArgument(TyperArgument):
    """An argument named in capitals, as `NAME` (required) or `[NAME]` (optional) in usage."""

    @property
    def display_name_raw(self) -> str:
        return self.metavar or (self.name or "").upper()

    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # its name stands in the column beside; the help says what it takes

    def _usage_display_name(self) -> str:
        name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
        return name if self.nargs == 1 else f"{name}..."


def plain_help(command: Any) -> Any:
    """Give every parameter of a click command, and of its sub-commands, plain help names."""
    help_option = command.get_help_option(Context(command, help_option_names=HELP_NAMES))
    for param in [*getattr(command, "params", []), help_option]:
        # Typer builds its parameters itself and takes no class for them, so the class is swapped.
        if type(param) is TyperOption:
            param.__class__ = PlainOption
        elif type(param) is TyperArgument:
            param.__class__ = PlainArgument
    for sub in (getattr(command, "commands", None) or {}).values():
        plain_help(sub)
    return command
