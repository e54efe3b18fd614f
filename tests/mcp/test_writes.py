"""Write tools exist only with --allow-writes; each appends one record and returns it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio

from tests.mcp.conftest import structured, workspace_at

WRITES = {"log_event", "add_offer"}


def tools(connect: Callable[..., Any], allow_writes: bool) -> dict[str, Any]:
    async def go() -> dict[str, Any]:
        async with connect(allow_writes=allow_writes) as client:
            return {t.name: t for t in (await client.list_tools()).tools}

    return anyio.run(go)


def test_write_tools_are_absent_without_the_flag(connect: Callable[..., Any]) -> None:
    assert not WRITES & set(tools(connect, allow_writes=False))


def test_write_tools_are_append_only_and_say_so(connect: Callable[..., Any]) -> None:
    listed = tools(connect, allow_writes=True)
    assert set(listed) >= WRITES
    for name in WRITES:
        hints = listed[name].annotations
        assert (hints.read_only_hint, hints.destructive_hint) == (False, False)
        assert (hints.idempotent_hint, hints.open_world_hint) == (False, False)
    forbidden = ("delete", "remove", "export", "send", "clear")
    assert not [n for n in listed if any(word in n for word in forbidden)]


def test_without_the_flag_a_write_call_is_refused(connect: Callable[..., Any]) -> None:
    async def go() -> Any:
        async with connect() as client:
            return await client.call_tool("log_event", {"kind": "application"})

    result = anyio.run(go)
    assert result.is_error and "log_event" in result.content[0].text


def test_log_event_stores_one_event_and_returns_it(connect: Callable[..., Any], home: Path) -> None:
    event = {"kind": "application", "date": "2026-11-20", "company": "Adatum Robotics",
             "role": "Senior ML Engineer", "channel": "referral"}  # fmt: skip

    async def go() -> tuple[Any, Any]:
        async with connect(allow_writes=True) as client:
            first = await client.call_tool("log_event", event)
            again = await client.call_tool("log_event", event)
            return first, again

    first, again = anyio.run(go)
    stored = structured(first)["stored"]
    assert stored["company"] == "Adatum Robotics"
    assert (stored["date"], stored["channel"]) == ("2026-11-20", "referral")
    assert again.is_error and '"conflict"' in again.content[0].text
    from levelset.app.tracking import list_events

    ws = workspace_at(home)
    found = [e for e in list_events(ws) if e.company == "Adatum Robotics"]
    ws.close()
    assert [e.id for e in found] == [stored["id"]]


def test_add_offer_stores_the_offer_checked_like_a_file(
    connect: Callable[..., Any], home: Path
) -> None:
    offer = {"company": "Adatum Robotics", "currency": "USD", "base": "205000",
             "title": "Senior MLE", "level": "senior", "location": "Seattle, WA"}  # fmt: skip

    async def go() -> tuple[Any, Any]:
        async with connect(allow_writes=True) as client:
            good = await client.call_tool("add_offer", {"offer": offer})
            bad = await client.call_tool("add_offer", {"offer": {"company": "X", "base": 1}})
            return good, bad

    good, bad = anyio.run(go)
    stored = structured(good)["stored"]
    assert stored["id"] == 3 and stored["offer"]["base"] == 205000
    assert bad.is_error and '"invalid_input"' in bad.content[0].text
    from levelset.app.offers import list_offers

    ws = workspace_at(home)
    assert [s.offer.company for s in list_offers(ws)][-1] == "Adatum Robotics"
    assert len(list_offers(ws)) == 3
    ws.close()
