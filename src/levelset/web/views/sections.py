"""A page section that calls another capability, its error kept local.

The dashboard shows several capabilities at once; one that fails (an unknown title, missing
data) reports its error in its own card instead of taking the whole page down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from levelset.errors import LevelsetError


def section(build: Callable[[], Any]) -> dict[str, Any]:
    """The section's data, or the error that kept it from showing."""
    try:
        return {"available": True, "data": build()}
    except LevelsetError as error:
        return {"available": True, "data": None, "error": error.to_dict()}
