"""How a tool is declared: its name and function, the four behaviour hints it states (the MCP
tool annotations) and its docstring (its description).

The declarations are read twice. At build time `levelset.mcp.declared` hands them to the MCP
SDK, which writes each tool's schemas from the signature (tools.json, shipped); at run time
`levelset mcp` serves that file and calls the functions. The signatures' pydantic annotations
are text at run time (`from __future__ import annotations`), so serving imports no pydantic.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
Hints = dict[str, Any]  # the tool annotations as they go on the wire


class Declared(NamedTuple):
    function: Callable[..., Any]
    hints: Hints

    @property
    def description(self) -> str:
        """The docstring on one line: what the assistant reads to choose the tool."""
        return " ".join((inspect.getdoc(self.function) or "").split())


Tools = dict[str, Declared]  # by name, in the order they are declared


def read_only(title: str) -> Hints:
    """Reads the user's records and the local market data; changes nothing, reaches no one."""
    return {"title": title, "readOnlyHint": True, "destructiveHint": False,
            "idempotentHint": True, "openWorldHint": False}  # fmt: skip


def append_only(title: str) -> Hints:
    """Adds one record; never changes or deletes a stored one; reaches no one outside."""
    return {"title": title, "readOnlyHint": False, "destructiveHint": False,
            "idempotentHint": False, "openWorldHint": False}  # fmt: skip


def tool(tools: Tools, hints: Hints) -> Callable[[F], F]:
    """Declare a tool with its hints under its function's name."""

    def register(function: F) -> F:
        tools[function.__name__] = Declared(function, hints)
        return function

    return register
