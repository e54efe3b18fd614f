"""The offers page (filled in when levelset.offers lands)."""

from __future__ import annotations

from typing import Any

from levelset.web.context import AppContext

PAGES: list[Any] = []
