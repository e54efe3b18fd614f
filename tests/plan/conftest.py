"""Command tests get a market store copied from one build per run instead of building it."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def market_ready(levelset_home: Path) -> None:
    """The shipped market store in this test's home, so commands do not rebuild it."""
    from tests.market.market_home import market_paths

    market_paths(levelset_home)
