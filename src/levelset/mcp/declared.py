"""The tool list as the MCP SDK makes it from the declared tools, kept in tools.json.

`levelset mcp` serves the shipped tools.json and never imports the SDK or pydantic; this module
makes that file with both (`python -m levelset.mcp.declared`, after a change to a tool's
arguments, result model, hints or docstring), and tests/mcp/test_declared.py checks that the
shipped file is still exactly what the SDK makes. The SDK and pydantic are test dependencies.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from levelset.mcp.server import NAME, TOOLS_JSON, declare

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

    from levelset.app.workspace import Workspace


def sdk_server() -> MCPServer:
    """An SDK server with every declared tool (the write tools too), as the SDK reads them."""
    from mcp.server.mcpserver import MCPServer
    from mcp.types import ToolAnnotations

    from levelset.mcp.door import Door

    server = MCPServer(NAME, title="levelset", log_level="WARNING")
    for declared in declare(Door(cast("Workspace", None))).values():
        server.add_tool(
            _as_written(declared.function), description=declared.description,
            annotations=ToolAnnotations.model_validate(declared.hints), structured_output=True,
        )  # fmt: skip
    return server


def sdk_tools() -> list[dict[str, Any]]:
    """The tools/list entries the SDK makes, as JSON data."""
    import anyio

    async def listed() -> list[dict[str, Any]]:
        tools = await sdk_server().list_tools()
        return [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools]

    return anyio.run(listed)


def text(tools: list[dict[str, Any]]) -> str:
    return json.dumps(tools, indent=1, ensure_ascii=False) + "\n"


def _as_written(function: Callable[..., Any]) -> Callable[..., Any]:
    """A stand-in with `function`'s name, docstring and signature, its annotations read (they
    name pydantic Fields and result models, which the tool modules import for the type checker
    only)."""
    from pydantic import Field

    from levelset.mcp import fields, models

    names = {**vars(typing), **vars(fields), "Field": Field, "models": models}
    hints = typing.get_type_hints(function, globalns={**names, **function.__globals__},
                                  localns=names, include_extras=True)  # fmt: skip
    signature = inspect.signature(function)
    parameters = [p.replace(annotation=hints[p.name]) for p in signature.parameters.values()]

    def stand_in(**arguments: Any) -> Any:
        raise AssertionError("declared for its schema only")

    stand_in.__name__ = stand_in.__qualname__ = function.__name__
    stand_in.__doc__ = function.__doc__
    stand_in.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=parameters, return_annotation=hints["return"]
    )
    return stand_in


def main() -> None:
    TOOLS_JSON.write_text(text(sdk_tools()), encoding="utf-8")
    print(f"wrote {TOOLS_JSON}")


if __name__ == "__main__":
    main()
