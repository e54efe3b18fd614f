"""The worked question of docs/assistant.md, asked through the tools an assistant would call:
every figure the page quotes is one levelset returns, with its source."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio

from tests.mcp.conftest import COMPANY, ROOT, structured

PAGE = ROOT / "docs" / "assistant.md"


def money(amount: float) -> str:
    return f"${amount:,.0f}"


def ask(connect: Callable[..., Any]) -> dict[str, Any]:
    search = {"title": "Machine Learning Engineer", "level": "senior", "location": "Seattle",
              "offer": 192000}  # fmt: skip

    async def go() -> dict[str, Any]:
        async with connect() as client:
            return {
                "range": structured(await client.call_tool("salary_range", search)),
                "value": structured(await client.call_tool("value_offer", {"offer_id": 1})),
                "anchor": structured(
                    await client.call_tool("negotiation_anchor", {"company": COMPANY})
                ),
            }

    return anyio.run(go)


def test_the_pages_figures_are_the_tools_figures(connect: Callable[..., Any]) -> None:
    page = PAGE.read_text(encoding="utf-8")
    found = ask(connect)
    valuation = found["value"]["valuation"]
    for total in ("year1_total", "four_year_total", "four_year_guaranteed"):
        assert money(valuation[total]) in page, total
    anchor = found["anchor"]
    for part in ("anchor", "target", "walk_away"):
        assert f"**{money(anchor[part]['amount'])}**" in page, part
    # issue 13: the Seattle range itself, not the national crowd
    assert anchor["anchor"]["source"] == (
        "BLS OEWS wages, blend at senior, Seattle-Tacoma-Bellevue, WA, May 2025 (18 months old, "
        "older than 12 months), n=113,470 employment of the blended occupations"
    )  # and it says its age: more than a year old on 2026-11-23
    assert next(b for b in anchor["basis"] if b["figure"] == "anchor")["dated"]
    cells = {c["label"]: c for c in found["range"]["ranges"]}
    blend, crowd = cells["OEWS blend at senior"], cells["Crowd (ai-jobs.net)"]
    for cell in (blend, crowd):
        assert all(money(cell[p]) in page for p in ("p25", "p50", "p75")), cell["label"]
        assert f"n = {cell['n']:,}" in page
    at = {p["label"]: p["position"] for p in found["range"]["offer_percentiles"]}
    assert at["OEWS blend at senior"] == "P62" and at["Crowd (ai-jobs.net)"].startswith("P46")
    assert found["range"]["hidden"] == []
