"""The tracking page (filled in when levelset.tracking lands)."""

from __future__ import annotations

from typing import Any

from levelset.web.context import AppContext

PAGES: list[Any] = []


def pipeline(ctx: AppContext) -> dict[str, Any] | None:
    return None
