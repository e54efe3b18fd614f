"""The plan page (filled in when levelset.plan lands)."""

from __future__ import annotations

from typing import Any

from levelset.web.context import AppContext

PAGES: list[Any] = []


def progress(ctx: AppContext) -> dict[str, Any] | None:
    return None
