"""The playbook page (filled in when levelset.playbook lands)."""

from __future__ import annotations

from typing import Any

PAGES: list[Any] = []
