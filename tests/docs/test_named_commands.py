"""Every `levelset ...` command the docs, the README and the assistant's tool descriptions name
is a command the CLI has. The log_event tool said it checked events "like `levelset track log`",
a command that never existed (it is `levelset track add`), and docs/assistant.md repeated it."""

from __future__ import annotations

import re
from pathlib import Path

from levelset.cli.docgen import command_paths

ROOT = Path(__file__).parents[2]
NAMED = re.compile(r"`levelset ([a-z][a-z_ -]*)")


def _unknown(words: list[str], paths: set[tuple[str, ...]]) -> str | None:
    """The first word that should name a command and does not, as a path; None when it does."""
    groups = {p[:i] for p in paths for i in range(1, len(p))}
    at: tuple[str, ...] = ()
    for word in words:
        if word.startswith("-") or (at and at not in groups):
            return None  # an option, or an argument of a command
        if (*at, word) not in paths:
            return " ".join((*at, word))
        at = (*at, word)
    return None


def test_every_command_named_in_the_docs_and_tool_descriptions_exists() -> None:
    paths = set(command_paths())
    files = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
    files.append(ROOT / "src" / "levelset" / "mcp" / "tools.json")  # what `levelset mcp` serves
    files.append(ROOT / "tests" / "mcp" / "tools.snapshot.json")  # pinned to the live list
    wrong = [
        f"{file.name}: levelset {missing}"
        for file in files
        if file.name != "cli.md"  # generated from the commands themselves
        for found in NAMED.finditer(file.read_text(encoding="utf-8"))
        if (missing := _unknown(found.group(1).split(), paths))
    ]
    assert wrong == []
