"""The shipped tools.json is what the MCP SDK makes from the declared tools, and serving it
loads neither the SDK nor pydantic."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from levelset.mcp.declared import sdk_tools, text
from levelset.mcp.server import TOOLS_JSON
from tests.mcp.test_stdio import server_env

SESSION: list[dict[str, Any]] = [
    {"id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18",
     "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}},
    {"method": "notifications/initialized"},
    {"id": 2, "method": "tools/list"},
    {"id": 3, "method": "tools/call", "params": {"name": "score_message",
     "arguments": {"text": "I would like a base of $230,000."}}},
    {"id": 4, "method": "tools/call", "params": {"name": "salary_range", "arguments": {}}},
    {"id": 5, "method": "resources/read", "params": {"uri": "levelset://profile"}},
]  # fmt: skip


def test_the_shipped_schemas_are_what_the_sdk_makes_of_the_declarations() -> None:
    made = text(sdk_tools())
    shipped = TOOLS_JSON.read_text(encoding="utf-8")
    assert json.loads(shipped) == json.loads(made), "run: python -m levelset.mcp.declared"
    assert shipped == made


def test_a_whole_session_loads_neither_the_sdk_nor_pydantic(tmp_path: Path) -> None:
    loaded = ("sorted(m for m in sys.modules if m.split('.')[0] in "
              "('mcp', 'mcp_types', 'pydantic', 'pydantic_core'))")  # fmt: skip
    probe = ("import sys\nfrom levelset.cli.main import main\ntry:\n    main(['mcp'])\n"
             f"finally:\n    print({loaded}, file=sys.stderr)\n")  # fmt: skip
    lines = "".join(json.dumps({"jsonrpc": "2.0", **m}) + "\n" for m in SESSION)
    done = subprocess.run(
        [sys.executable, "-c", probe], input=lines, capture_output=True, text=True,
        env=server_env(tmp_path), timeout=120,
    )  # fmt: skip
    replies = {m["id"]: m for m in map(json.loads, done.stdout.splitlines())}
    assert sorted(replies) == [1, 2, 3, 4, 5]
    assert len(replies[2]["result"]["tools"]) == 13
    assert replies[3]["result"]["isError"] is False
    assert "title is required" in replies[4]["result"]["content"][0]["text"]
    assert done.stderr.strip().splitlines()[-1] == "[]"
