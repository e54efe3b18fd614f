"""No tool or resource opens a socket: every call is made with sockets made impossible."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import anyio
import pytest

from tests.mcp.conftest import COMPANY

CALLS = [
    ("salary_range", {"title": "ML engineer", "level": "senior", "location": "Seattle"}),
    ("estimate_level", {}),
    ("value_offer", {"offer_id": 1}),
    ("compare_offers", {}),
    ("negotiation_anchor", {"company": COMPANY}),
    ("draft_email", {"company": COMPANY}),
    ("score_message", {"text": "I would like a base of $230,000, given my results."}),
    ("pipeline_summary", {}),
    ("experiment_report", {}),
    ("next_actions", {}),
    ("log_event", {"kind": "outreach", "company": "Adatum Robotics", "role": "MLE"}),
    ("add_offer", {"offer": {"company": "Adatum Robotics", "currency": "USD", "base": 1}}),
]


class NoSocket(socket.socket):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise AssertionError("levelset mcp opened a socket")


def test_every_tool_and_resource_runs_with_sockets_forbidden(
    connect: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        tried.append(args)
        raise AssertionError("levelset mcp reached for the network")

    async def go() -> list[Any]:
        # Forbidden once the event loop runs (its own wake-up socket pair is made before).
        monkeypatch.setattr(socket, "socket", NoSocket)
        for name in ("create_connection", "getaddrinfo", "socketpair", "fromfd"):
            monkeypatch.setattr(socket, name, refuse)
        async with connect(allow_writes=True) as client:
            results = [await client.call_tool(name, args) for name, args in CALLS]
            for resource in (await client.list_resources()).resources:
                results.append(await client.read_resource(resource.uri))
            return results

    results = anyio.run(go)
    assert not tried
    assert len(results) == len(CALLS) + 9
    assert [n for (n, _), r in zip(CALLS, results, strict=False) if r.is_error] == []
