"""A tool answers what the matching CLI command prints with `--json`, on the same home.

(Only answers that do not depend on today's date: the server here runs on a fixed clock,
the CLI on the machine's.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest

from tests.cli.runner import run_cli
from tests.mcp.conftest import structured

PAIRS = [
    (
        "salary_range",
        {"title": "ML engineer", "level": "senior", "location": "Seattle", "offer": 192000},
        ["range", "ML engineer", "--level", "senior", "--location", "Seattle", "--offer",
         "192000"],
    ),
    ("value_offer", {"offer_id": 1}, ["offer", "show", "1"]),
]  # fmt: skip


@pytest.mark.parametrize(("tool", "arguments", "command"), PAIRS)
def test_the_tool_and_the_command_agree(
    connect: Callable[..., Any],
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    tool: str,
    arguments: dict[str, Any],
    command: list[str],
) -> None:
    async def go() -> Any:
        async with connect() as client:
            return await client.call_tool(tool, arguments)

    answered = structured(anyio.run(go))
    monkeypatch.setenv("LEVELSET_HOME", str(home))
    printed = run_cli(*command, "--json")
    assert printed.exit_code == 0, printed.stderr
    assert answered == printed.json()
