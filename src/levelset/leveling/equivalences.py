"""Cross-company level names beside a band, from the market's level table when it is there."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from levelset.bands import Band
from levelset.jsonable import to_jsonable


def equivalences(bands: Iterable[Band], level_rows: Sequence[object]) -> list[dict[str, Any]]:
    """Rows of the cross-company table (the market's `level_table`) for these bands."""
    table = [to_jsonable(row) for row in level_rows]
    wanted = {b.rank: b for b in bands}
    rows = []
    for row in table:
        band = _band_of(row)
        if band is not None and band.rank in wanted:
            rows.append({"band": band.value} | {k: v for k, v in row.items() if k != "band"})
    return rows


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
