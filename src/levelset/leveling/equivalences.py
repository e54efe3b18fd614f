"""Cross-company level names beside a band, from the market's level table when it is there."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from levelset.bands import Band
from levelset.jsonable import to_jsonable


def equivalences(bands: Iterable[Band]) -> tuple[list[dict[str, Any]], str | None]:
    """Rows of the cross-company table for these bands, and a note when it is unavailable."""
    try:
        from levelset.market import level_table

        table = [to_jsonable(row) for row in level_table()]
    except ImportError:
        return [], "the cross-company level table is not available in this installation"
    except Exception as error:  # market data may be missing or broken: leveling still works
        return [], f"the cross-company level table could not be read ({error})"
    wanted = {b.rank: b for b in bands}
    rows = []
    for row in table:
        band = _band_of(row)
        if band is not None and band.rank in wanted:
            rows.append({"band": band.value} | {k: v for k, v in row.items() if k != "band"})
    return rows, None


def _band_of(row: Any) -> Band | None:
    if not isinstance(row, dict):
        return None
    value = row.get("band")
    if isinstance(value, int):
        return Band.from_rank(value)
    try:
        return Band(str(value))
    except ValueError:
        return None
