"""How a tool is registered: the four behaviour hints it states (the MCP tool annotations),
its structured output and its description."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer
    from mcp.types import ToolAnnotations

F = TypeVar("F", bound=Callable[..., Any])


def read_only(title: str) -> ToolAnnotations:
    """Reads the user's records and the local market data; changes nothing, reaches no one."""
    from mcp.types import ToolAnnotations

    return ToolAnnotations(
        title=title,
        read_only_hint=True,
        destructive_hint=False,
        idempotent_hint=True,
        open_world_hint=False,
    )


def append_only(title: str) -> ToolAnnotations:
    """Adds one record; never changes or deletes a stored one; reaches no one outside."""
    from mcp.types import ToolAnnotations

    return ToolAnnotations(
        title=title,
        read_only_hint=False,
        destructive_hint=False,
        idempotent_hint=False,
        open_world_hint=False,
    )


def tool(server: MCPServer, hints: ToolAnnotations) -> Callable[[F], F]:
    """Register a tool with its hints, its structured output, and its docstring on one line
    as its description (what the assistant reads to choose it)."""

    def register(function: F) -> F:
        description = " ".join((inspect.getdoc(function) or "").split())
        server.add_tool(
            function, description=description, annotations=hints, structured_output=True
        )
        return function

    return register
