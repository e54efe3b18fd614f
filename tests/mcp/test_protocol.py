"""levelset's own side of the protocol, message by message: the handshake era and the
2026-07-28 era, and every error the specification names, with what the client reads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from levelset.mcp.protocol import Session
from levelset.mcp.server import build_server
from tests.mcp.conftest import Lines, structured, workspace_at

HELLO = {"protocolVersion": "2025-06-18", "capabilities": {},
         "clientInfo": {"name": "test", "version": "1"}}  # fmt: skip
ENVELOPE = {"io.modelcontextprotocol/protocolVersion": "2026-07-28",
            "io.modelcontextprotocol/clientCapabilities": {}}  # fmt: skip


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    ws = workspace_at(tmp_path)
    yield build_server(ws)
    ws.close()


def ask(session: Session, method: str, params: Any = None, number: int = 1) -> Any:
    message: dict[str, Any] = {"jsonrpc": "2.0", "id": number, "method": method}
    if params is not None:
        message["params"] = params
    reply = session.receive(json.dumps(message))
    assert reply is not None
    answer = json.loads(reply)
    assert answer["jsonrpc"] == "2.0" and answer["id"] == number
    return answer


def opened(session: Session) -> Session:
    assert "result" in ask(session, "initialize", HELLO)
    assert session.receive('{"jsonrpc": "2.0", "method": "notifications/initialized"}') is None
    return session


def test_initialize_agrees_a_version_and_names_the_server(session: Session) -> None:
    result = ask(session, "initialize", HELLO)["result"]
    assert result["protocolVersion"] == "2025-06-18"
    assert result["serverInfo"]["name"] == "levelset" and "Never invent" in result["instructions"]
    assert set(result["capabilities"]) == {"tools", "resources", "prompts"}
    newer = build_server(session.methods.ws)  # type: ignore[attr-defined]
    asked = ask(newer, "initialize", HELLO | {"protocolVersion": "2099-01-01"})["result"]
    assert asked["protocolVersion"] == "2025-11-25"  # the newest this server speaks


@pytest.mark.parametrize(
    ("line", "code"),
    [("not json", -32700), ("[1, 2]", -32600), ('{"id": 1, "method": "ping"}', -32600),
     ('{"jsonrpc": "2.0", "id": 1, "method": 7}', -32600)],
)  # fmt: skip
def test_what_is_not_a_request_is_answered_with_its_error(
    session: Session, line: str, code: int
) -> None:
    reply = json.loads(session.receive(line) or "{}")
    assert reply["error"]["code"] == code and "id" in reply


def test_requests_wait_for_initialize_but_ping_does_not(session: Session) -> None:
    assert ask(session, "ping")["result"] == {}
    early = ask(session, "tools/list")["error"]
    assert early["code"] == -32602 and "initialize" in early["message"]
    opened(session)
    assert ask(session, "nothing/here")["error"] == {
        "code": -32601, "message": "Method not found", "data": "nothing/here"}  # fmt: skip
    assert ask(session, "prompts/list")["result"] == {"prompts": []}
    assert ask(session, "resources/templates/list")["result"] == {"resourceTemplates": []}
    assert ask(session, "prompts/get", {"name": "x"})["error"]["code"] == -32602


def test_bad_parameters_and_unknown_names(session: Session) -> None:
    opened(session)
    assert ask(session, "tools/call", {"arguments": {}})["error"]["code"] == -32602
    unknown = ask(session, "tools/call", {"name": "log_event", "arguments": {}})["result"]
    assert unknown["isError"] and unknown["content"][0]["text"] == "Unknown tool: log_event"
    missing = ask(session, "resources/read", {"uri": "levelset://nothing"})["error"]
    assert missing["code"] == -32602 and missing["data"] == {"uri": "levelset://nothing"}


@pytest.mark.parametrize(
    ("name", "arguments", "field", "said"),
    [("salary_range", {}, "title", "is required"),
     ("salary_range", {"title": 5}, "title", "must be text"),
     ("level_ladder", {"offer_id": 0}, "offer_id", "must be at least 1"),
     ("negotiation_anchor", {"company": "X", "percentile": 95}, "percentile", "at most 90"),
     ("compare_offers", {"offer_ids": [1, "two"]}, "offer_ids[1]", "must be a whole number"),
     ("value_offer", {"offer": "not an offer"}, "offer", "must be an object or null"),
     ("compare_offers", {"market": "perhaps"}, "market", "must be true or false")],
)  # fmt: skip
def test_an_argument_that_does_not_fit_is_a_tool_error_naming_it(
    session: Session, name: str, arguments: dict[str, Any], field: str, said: str
) -> None:
    opened(session)
    result = ask(session, "tools/call", {"name": name, "arguments": arguments})["result"]
    assert result["isError"] is True
    error = json.loads(result["content"][0]["text"])
    assert error["error"] == "invalid_input" and error["message"].startswith(f"{name}: {field} ")
    assert [(p["field"], said in p["message"]) for p in error["problems"]] == [(field, True)]


def test_arguments_are_read_as_pydantic_reads_them(session: Session) -> None:
    opened(session)
    given = {"text": "A base of $230,000, please.", "prior_numbers": '["$200,000"]'}
    result = ask(session, "tools/call", {"name": "score_message", "arguments": given})["result"]
    assert result["isError"] is False, result  # a list given as JSON text is read as the list
    as_text = {"name": "level_ladder", "arguments": {"offer_id": "1"}}
    refused = ask(session, "tools/call", as_text)["result"]  # "1" is 1: no offer 1 here
    assert '"not_found"' in refused["content"][0]["text"]


def test_the_2026_era_answers_discover_and_stamps_every_result(session: Session) -> None:
    found = ask(session, "server/discover", {"_meta": ENVELOPE})["result"]
    assert found["supportedVersions"] == ["2026-07-28"] and found["resultType"] == "complete"
    assert (found["ttlMs"], found["cacheScope"]) == (0, "private")
    assert found["_meta"]["io.modelcontextprotocol/serverInfo"]["name"] == "levelset"
    listed = ask(session, "tools/list", {"_meta": ENVELOPE})["result"]
    assert len(listed["tools"]) == 13 and listed["resultType"] == "complete"
    called = {"name": "job_board", "arguments": {}, "_meta": ENVELOPE}
    result = ask(session, "tools/call", called)["result"]
    assert result["isError"] is False and "ttlMs" not in result  # a call is not cacheable
    unstamped = ask(session, "tools/list", {})["error"]
    assert unstamped["code"] == -32602 and "protocolVersion" in unstamped["message"]
    older = {"_meta": ENVELOPE | {"io.modelcontextprotocol/protocolVersion": "2025-11-25"}}
    assert ask(session, "tools/list", older)["error"]["data"] == {
        "supported": ["2026-07-28"], "requested": "2025-11-25"}  # fmt: skip
    assert ask(session, "initialize", HELLO)["error"]["code"] == -32022
    assert ask(session, "ping", {"_meta": ENVELOPE})["error"]["code"] == -32601


def test_a_handshake_connection_refuses_the_2026_envelope(session: Session) -> None:
    opened(session)
    assert ask(session, "tools/list", {"_meta": ENVELOPE})["error"]["code"] == -32600


def test_the_sdk_client_in_its_default_mode_speaks_the_2026_era(tmp_path: Path) -> None:
    from mcp import Client

    ws = workspace_at(tmp_path)
    lines = Lines(build_server(ws))

    async def go() -> tuple[Any, Any, Any]:
        async with Client(lines) as client:
            tools = (await client.list_tools()).tools
            scored = await client.call_tool("score_message", {"text": "Base of $230,000?"})
            bad = await client.call_tool("score_message", {"stage": "ask"})
        return tools, scored, bad

    tools, scored, bad = anyio.run(go)
    ws.close()
    assert lines.session.era == "modern"
    assert len(tools) == 13 and 0 <= structured(scored)["score"] <= 100
    assert bad.is_error and "score_message: text is required" in bad.content[0].text
