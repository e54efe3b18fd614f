"""The negotiation page (filled in when levelset.negotiation lands)."""

from __future__ import annotations

from typing import Any

from levelset.web.context import AppContext

PAGES: list[Any] = []


def current_steps(ctx: AppContext) -> list[dict[str, Any]]:
    return []
