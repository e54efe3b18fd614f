"""Thin cells stay hidden through the assistant door: the numbers are null, the reason is in
`hidden`, and the instructions tell the assistant to say "not enough data"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio

from levelset.market.privacy import MIN_CELL
from tests.mcp.conftest import structured

PERCENTILES = ("p10", "p25", "p50", "p75", "p90")


def test_a_cell_under_five_data_points_shows_no_number(connect: Callable[..., Any]) -> None:
    async def go() -> Any:
        async with connect() as client:
            return await client.call_tool(
                "salary_range",
                {"title": "Research scientist", "level": "principal", "location": "Austin"},
            )

    data = structured(anyio.run(go))
    thin = [c for c in data["ranges"] if c["n"] < MIN_CELL]
    assert thin, "this query has a crowd cell under the privacy floor"
    for cell in thin:
        assert all(cell[p] is None for p in PERCENTILES)
        assert cell["median_ci"] is None
    assert any("cells under 5 are hidden entirely" in reason for reason in data["hidden"])
    assert all(c[p] is not None for c in data["ranges"] if c["n"] >= 10 for p in PERCENTILES)


def test_a_thin_oews_row_shown_alone_is_flagged_with_its_reason(
    connect: Callable[..., Any],
) -> None:
    # issue 13: BLS withholds Statisticians' employment in Burlington, VT; the single row the
    # title maps to was shown to the assistant like a thick one
    async def go() -> Any:
        async with connect() as client:
            return await client.call_tool(
                "salary_range", {"title": "Statistician", "location": "Burlington, VT"}
            )

    data = structured(anyio.run(go))
    (row,) = [c for c in data["ranges"] if c["source"] == "oews"]
    assert "thin" in row["flags"] and "thin: employment not released by BLS" in row["notes"]
    assert any("is thin: employment not released" in c for c in data["caveats"])
