"""The offers page (filled in when levelset.offers lands)."""

from __future__ import annotations

from typing import Any

PAGES: list[Any] = []
