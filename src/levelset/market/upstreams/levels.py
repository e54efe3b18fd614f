"""The cross-company level map: shipped only, never imported."""

from __future__ import annotations

from levelset.market.catalog import LEVELS
from levelset.market.upstream import Upstream

UPSTREAM = Upstream(key="levels", order=9, template=LEVELS, load=None, tables=("level_map",))
