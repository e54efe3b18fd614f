"""Every resource through the SDK's in-memory client session: the user's records and the
market data as JSON, each figure with its source; missing records said, never an error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio

from tests.mcp.conftest import COMPANY, resource_json, workspace_at

URIS = ["levelset://profile", "levelset://evidence", "levelset://market/target",
        "levelset://offers", "levelset://negotiations", "levelset://tracking/metrics",
        "levelset://tracking/experiments", "levelset://plan", "levelset://sources"]  # fmt: skip


def read_all(connect: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    async def go() -> tuple[list[Any], dict[str, Any]]:
        async with connect() as client:
            listed = (await client.list_resources()).resources
            read = {str(r.uri): resource_json(await client.read_resource(r.uri)) for r in listed}
            return listed, read

    return anyio.run(go)


def test_every_resource_is_listed_and_reads_as_json(connect: Callable[..., Any]) -> None:
    listed, read = read_all(connect)
    assert [str(r.uri) for r in listed] == URIS
    assert all(r.description and r.mime_type == "application/json" for r in listed)
    profile = read["levelset://profile"]
    assert (profile["target_title"], profile["target_band"]) == ("Machine Learning Engineer",
                                                                "senior")  # fmt: skip
    assert read["levelset://evidence"]["sources"][0]["name"] == "resume.md"
    assert read["levelset://evidence"]["level"]["target"] == "senior"
    assert [o["offer"]["company"] for o in read["levelset://offers"]] == [COMPANY, "Lumen Labs"]
    assert read["levelset://tracking/metrics"]["source"]["attempts"] == 66
    assert read["levelset://tracking/experiments"][0]["experiment"]["name"] == "impact-first"
    assert read["levelset://plan"]["plan"]["weeks"]


def test_market_ranges_for_the_target_cite_every_cell(connect: Callable[..., Any]) -> None:
    _, read = read_all(connect)
    market = read["levelset://market/target"]
    assert market["target"] == {"title": "Machine Learning Engineer", "level": "senior",
                                "places": ["Seattle"]}  # fmt: skip
    (report,) = market["reports"]
    assert report["query"]["location"] == "Seattle-Tacoma-Bellevue, WA"
    assert all(c["source"] and c["release"] and c["n"] for c in report["ranges"])


def test_negotiation_records_carry_their_events_and_a_draft_of_each_kind(
    connect: Callable[..., Any],
) -> None:
    _, read = read_all(connect)
    (record,) = read["levelset://negotiations"]
    assert record["company"] == COMPANY
    assert [d["kind"] for d in record["drafts"]] == ["counter", "call", "no", "confirm"]
    assert "outcome" in record


def test_data_sources_carry_licence_release_and_citation(connect: Callable[..., Any]) -> None:
    _, read = read_all(connect)
    sources = read["levelset://sources"]
    assert {s["source"] for s in sources} >= {"oews", "crowd", "onet", "levels"}
    assert all(s["licence"] and s["release"] and s["citation"] for s in sources)


def test_an_empty_home_says_what_is_missing(tmp_path: Path) -> None:
    from tests.mcp.conftest import client_of

    async def go() -> dict[str, Any]:
        ws = workspace_at(tmp_path)
        async with client_of(ws) as client:
            read = {u: resource_json(await client.read_resource(u)) for u in URIS[:4]}
        ws.close()
        return read

    read = anyio.run(go)
    assert read["levelset://market/target"]["target"] is None
    assert "levelset profile set" in read["levelset://market/target"]["message"]
    assert read["levelset://evidence"] == {"sources": [], "report": None, "level": None}
    assert read["levelset://offers"] == []
