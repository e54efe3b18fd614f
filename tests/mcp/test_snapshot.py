"""The tool list and every schema, as an assistant sees them, pinned in tools.snapshot.json.

A change to a tool's name, arguments, output or hints shows up here as a diff to review.
After a deliberate change: LEVELSET_UPDATE_SNAPSHOT=1 pytest tests/mcp/test_snapshot.py
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio

SNAPSHOT = Path(__file__).with_name("tools.snapshot.json")


def listed(connect: Callable[..., Any]) -> list[dict[str, Any]]:
    async def go() -> list[dict[str, Any]]:
        async with connect(allow_writes=True) as client:
            tools = (await client.list_tools()).tools
            return [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools]

    return anyio.run(go)


def test_the_tool_list_and_schemas_match_the_snapshot(connect: Callable[..., Any]) -> None:
    tools = listed(connect)
    text = json.dumps(tools, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("LEVELSET_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert json.loads(SNAPSHOT.read_text(encoding="utf-8")) == json.loads(text)


def test_every_tool_in_the_snapshot_has_input_output_and_four_hints() -> None:
    tools = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert len(tools) == 15
    for tool in tools:
        assert tool["inputSchema"]["type"] == "object", tool["name"]
        assert tool["outputSchema"]["type"] == "object", tool["name"]
        hints = tool["annotations"]
        assert {"readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"} <= set(
            hints
        ), tool["name"]
