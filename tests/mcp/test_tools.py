"""Every read-only tool through the SDK's in-memory client session, on a seeded home.

Each tool answers with the same numbers as the use case it calls (the CLI's and the web's),
and every figure it gives carries its source, date and sample size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest

from levelset.jsonable import to_jsonable
from tests.mcp.conftest import COMPANY, EXAMPLES, structured, workspace_at

READ_ONLY = {"salary_range", "estimate_level", "value_offer", "compare_offers",
             "negotiation_anchor", "draft_email", "score_message", "pipeline_summary",
             "experiment_report", "next_actions", "level_ladder", "equity_whatif",
             "job_board"}  # fmt: skip


def call(connect: Callable[..., Any], name: str, **arguments: Any) -> Any:
    async def go() -> Any:
        async with connect() as client:
            return await client.call_tool(name, arguments)

    return anyio.run(go)


def test_the_read_only_tools_are_listed_with_all_four_hints(connect: Callable[..., Any]) -> None:
    async def go() -> Any:
        async with connect() as client:
            return (await client.list_tools()).tools, client.instructions

    tools, instructions = anyio.run(go)
    assert {t.name for t in tools} == READ_ONLY
    for tool in tools:
        hints = tool.annotations
        assert (hints.read_only_hint, hints.destructive_hint) == (True, False), tool.name
        assert (hints.idempotent_hint, hints.open_world_hint) == (True, False), tool.name
        assert tool.output_schema and tool.input_schema["type"] == "object"
    assert "Never invent a number" in instructions
    assert "not enough data" in instructions


def test_salary_range_cites_source_date_area_and_n_for_every_cell(
    connect: Callable[..., Any], home: Path
) -> None:
    args = {"title": "ML engineer", "level": "senior", "location": "Seattle", "offer": 192000}
    data = structured(call(connect, "salary_range", **args))
    assert data["query"]["location"] == "Seattle-Tacoma-Bellevue, WA"
    for cell in data["ranges"]:
        assert cell["source"] and cell["dataset"] and cell["release"] and cell["area"]
        assert cell["n"] > 0
    assert data["headline"]["sources"] and data["sources"]
    assert data["offer_percentiles"]
    from levelset.app.market import market_range

    ws = workspace_at(home)
    same = market_range(ws, "ML engineer", "senior", "Seattle", offer=192000.0)
    ws.close()
    assert data == to_jsonable(same.to_dict())


def test_estimate_level_cites_the_evidence_it_used(connect: Callable[..., Any], home: Path) -> None:
    data = structured(call(connect, "estimate_level"))
    assert data["target"] == "senior" and data["evidence_items"] > 0
    cited = [e for d in data["dimensions"] for e in d["evidence"]]
    assert cited and all(e["source"].startswith("resume.md:line ") for e in cited)
    from levelset.app.leveling import estimate_level

    ws = workspace_at(home)
    assert data == to_jsonable(estimate_level(ws).to_dict())
    ws.close()


def test_value_offer_values_the_stored_northwind_offer(connect: Callable[..., Any]) -> None:
    data = structured(call(connect, "value_offer", offer_id=1))
    assert data["offer"]["company"] == COMPANY
    years = data["valuation"]["years"]
    assert len(years) == 4 and years[0]["base"] == 192000


def test_value_offer_values_offer_fields_without_storing_them(
    connect: Callable[..., Any], home: Path
) -> None:
    fields = {"company": "Adatum Robotics", "currency": "USD", "base": "210000",
              "bonus_target_pct": 10, "sign_on": 20000}  # fmt: skip
    data = structured(call(connect, "value_offer", offer=fields))
    assert data["id"] is None and data["offer"]["company"] == "Adatum Robotics"
    first = data["valuation"]["years"][0]
    assert (first["base"], first["bonus"], first["sign_on"]) == (210000, 21000, 20000)
    from levelset.app.offers import list_offers

    ws = workspace_at(home)
    assert len(list_offers(ws)) == 2
    ws.close()


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        ("value_offer", {}),
        ("value_offer", {"offer_id": 1, "offer": {"company": "X"}}),
        ("negotiation_anchor", {}),
    ],
)
def test_arguments_that_do_not_fit_together_are_refused(
    connect: Callable[..., Any], name: str, arguments: dict[str, Any]
) -> None:
    result = call(connect, name, **arguments)
    assert result.is_error and '"error": "invalid_input"' in result.content[0].text


def test_compare_offers_places_each_base_in_a_cited_market_range(
    connect: Callable[..., Any],
) -> None:
    data = structured(call(connect, "compare_offers"))
    assert [o["company"] for o in data["offers"]] == [COMPANY, "Lumen Labs"]
    northwind = data["comparison"]["offers"][0]
    market = northwind["market_placement"]["market"]
    assert market["source"] and market["as_of"] and market["n"] > 0
    assert 0 < northwind["market_placement"]["percentile"] < 100


def test_negotiation_anchor_is_the_use_case_anchor_with_sources(
    connect: Callable[..., Any], home: Path
) -> None:
    by_record = structured(call(connect, "negotiation_anchor", company=COMPANY))
    by_offer = structured(call(connect, "negotiation_anchor", offer_id=1))
    assert by_record["anchor"] == by_offer["anchor"]
    assert by_record["anchor"]["amount"] > by_record["offer_base"] == 192000
    assert "n=" in by_record["anchor"]["source"]
    from levelset.app.negotiation import anchor_for_stored

    ws = workspace_at(home)
    assert by_offer == to_jsonable(anchor_for_stored(ws, 1).to_dict())
    ws.close()


def test_negotiation_anchor_names_the_closest_record_for_an_unknown_company(
    connect: Callable[..., Any],
) -> None:
    result = call(connect, "negotiation_anchor", company="Northwnd")
    assert result.is_error and '"not_found"' in result.content[0].text
    assert COMPANY in result.content[0].text


def test_draft_email_returns_text_and_stores_nothing(
    connect: Callable[..., Any], home: Path
) -> None:
    data = structured(call(connect, "draft_email", company=COMPANY, recruiter="Sam"))
    assert data["kind"] == "counter" and data["body"].startswith("Hi Sam")
    assert COMPANY in data["body"]
    from levelset.app.negotiation import records_with_drafts

    ws = workspace_at(home)
    (record,) = records_with_drafts(ws)
    ws.close()
    assert all(d["kept"] == 0 for d in record["drafts"])


def test_score_message_scores_a_strong_counter_above_a_weak_one(
    connect: Callable[..., Any],
) -> None:
    strong = (EXAMPLES / "emails" / "strong_counter.txt").read_text()
    weak = (EXAMPLES / "emails" / "weak_counter.txt").read_text()
    scored = [structured(call(connect, "score_message", text=t))["score"] for t in (strong, weak)]
    assert scored[0] > scored[1]


def test_pipeline_summary_counts_the_tracked_applications(connect: Callable[..., Any]) -> None:
    data = structured(call(connect, "pipeline_summary"))
    assert data["source"]["attempts"] == 66
    assert 0 < data["funnel"][0]["count"] <= 66
    assert all("n" in r and "low" in r and "high" in r for r in data["rates"])
    later = structured(call(connect, "pipeline_summary", since="2026-11-01"))
    assert later["source"]["attempts"] < 66


def test_experiment_report_shows_the_arms_and_a_verdict(connect: Callable[..., Any]) -> None:
    (experiment,) = structured(call(connect, "experiment_report"))["experiments"]
    assert experiment["name"] == "impact-first"
    assert experiment["verdict"] in {"keep", "revert", "not_enough_data"}


def test_next_actions_lists_this_weeks_open_plan_items(connect: Callable[..., Any]) -> None:
    data = structured(call(connect, "next_actions"))
    assert data["plan"] is True and data["week"] == 1
    assert data["open"] and data["signal"]


def test_next_actions_without_a_plan_says_how_to_make_one(tmp_path: Path) -> None:
    from tests.mcp.conftest import client_of

    async def go() -> Any:
        ws = workspace_at(tmp_path)
        async with client_of(ws) as client:
            result = await client.call_tool("next_actions", {})
        ws.close()
        return result

    data = structured(anyio.run(go))
    assert data == {"plan": False, "message": "No plan yet: `levelset plan` makes one."}


@pytest.mark.parametrize(
    ("name", "arguments", "kind"),
    [
        ("salary_range", {"title": "ML engineer", "location": "Atlantys"}, "unknown_value"),
        ("value_offer", {"offer_id": 99}, "not_found"),
        ("compare_offers", {"offer_ids": [1, 99]}, "not_found"),  # was offer 1 alone, silently
        ("value_offer", {"offer": {"company": "X", "currency": "USDD"}}, "invalid_input"),
        ("draft_email", {"company": COMPANY, "kind": "poem"}, "unknown_value"),
        ("pipeline_summary", {"since": "not a date"}, "invalid_input"),
    ],
)
def test_bad_input_is_a_tool_error_in_levelsets_json_shape(
    connect: Callable[..., Any], name: str, arguments: dict[str, Any], kind: str
) -> None:
    result = call(connect, name, **arguments)
    assert result.is_error
    assert f'"error": "{kind}"' in result.content[0].text
    assert "Traceback" not in result.content[0].text


def test_an_unexpected_failure_shows_no_traceback_and_no_path(
    connect: Callable[..., Any], home: Path
) -> None:
    for leftover in home.glob("levelset.sqlite*"):
        leftover.unlink()
    (home / "levelset.sqlite").write_bytes(b"not a database " * 100)

    async def go() -> tuple[Any, Any]:
        async with connect() as client:
            tool = await client.call_tool("value_offer", {"offer_id": 1})
            resource = await client.read_resource("levelset://offers")
            return tool, resource

    tool, resource = anyio.run(go)
    assert tool.is_error and "failed unexpectedly" in tool.content[0].text
    for text in (tool.content[0].text, resource.contents[0].text):
        assert str(home) not in text and "Traceback" not in text and "sqlite" not in text
