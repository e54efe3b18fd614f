"""The ladder, equity what-if and job board tools through the SDK's in-memory client: each
answers what its use case (the web page's and the CLI command's) answers, with its sources."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from levelset.jsonable import to_jsonable
from tests.mcp.conftest import COMPANY, structured, workspace_at
from tests.mcp.test_tools import call

OPTIONS = {"kind": "options", "shares": "40000", "strike": "2.5", "company_value": "2B",
           "fully_diluted": "100M", "dilution": "15", "rounds": "2"}  # fmt: skip


def test_level_ladder_places_the_offer_and_cites_each_range(
    connect: Callable[..., Any], home: Path
) -> None:
    from levelset.app.ladder import LadderQuery, level_ladder

    data = structured(call(connect, "level_ladder", offer_id=1))
    ws = workspace_at(home)
    try:
        assert data == to_jsonable(level_ladder(ws, LadderQuery(offer_id=1)).to_dict())
    finally:
        ws.close()
    assert data["company"] == COMPANY and data["role"] == "Machine Learning Engineer"
    shown = [r["market"] for r in data["rungs"] if r["market"]]
    assert shown, "the market has ranges for some bands"
    for market in shown:
        assert market["source"] and market["release"] and market["area"] and market["n"] > 0
        assert market["measures"]  # base pay or total pay, never unlabelled
    assert data["target"]["band"] == "senior"


def test_equity_whatif_works_out_options_year_by_year(connect: Callable[..., Any]) -> None:
    data = structured(call(connect, "equity_whatif", **OPTIONS))
    result = data["result"]
    assert result["price_per_share"] == 14.45
    assert [y["net"] for y in result["years"]] == [119500, 239000, 358500, 478000]
    bad = call(connect, "equity_whatif", kind="options", shares="many", price="10")
    assert bad.is_error and "shares" in bad.content[0].text


def test_job_board_shows_the_tracked_applications_as_cards(
    connect: Callable[..., Any], home: Path
) -> None:
    from levelset.app.board import job_board

    data = structured(call(connect, "job_board"))
    ws = workspace_at(home)
    try:
        assert data == to_jsonable(job_board(ws).to_dict())
    finally:
        ws.close()
    cards = [c for column in data["columns"] for c in column["cards"]]
    assert cards and all(c["company"] for c in cards)
    assert data["columns"][0]["column"] == "applied"
