"""A page section that calls another capability: absent until it lands, its error kept local.

The dashboard shows several capabilities at once; one that fails (an unknown title, missing
data) reports its error in its own card instead of taking the whole page down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from levelset.errors import LevelsetError
from levelset.web.context import AppContext


def section(ctx: AppContext, capability: str, build: Callable[[], Any]) -> dict[str, Any]:
    """{"available": False} before the capability lands; else its data or its error."""
    if not ctx.has(capability):
        return {"available": False}
    try:
        return {"available": True, "data": build()}
    except LevelsetError as error:
        return {"available": True, "data": None, "error": error.to_dict()}
