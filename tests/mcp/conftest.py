"""A home seeded once through the real use cases (profile, résumé, the Northwind offer and its
negotiation, tracked applications, an experiment, a plan), and the SDK's client talking to
levelset's server in memory: every message goes as one line of JSON both ways, as over stdio."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from levelset.app import FixedClock, Workspace
from tests.web.conftest import built_market  # noqa: F401 (a fixture pytest finds by name)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TODAY = dt.date(2026, 11, 23)
COMPANY = "Northwind Cloud"


def workspace_at(home: Path) -> Workspace:
    return Workspace.at(home, clock=FixedClock.on(TODAY))


@pytest.fixture(scope="session")
def seeded_home(tmp_path_factory: pytest.TempPathFactory, built_market: Any) -> Path:  # noqa: F811
    """A senior ML engineer aiming at Seattle, with the Northwind Cloud offer in negotiation."""
    home = tmp_path_factory.mktemp("mcp-home")
    ws = workspace_at(home)
    shutil.copy2(built_market, ws.paths.market_db)
    seed(ws)
    ws.close()
    return home


def seed(ws: Workspace) -> None:
    from levelset.app.experiments import ExperimentFields, start_experiment
    from levelset.app.negotiation import set_anchor, start_negotiation
    from levelset.app.offers import add_offer_files, read_offer_files
    from levelset.app.plan import make_plan
    from levelset.app.profile import set_profile
    from levelset.app.proof import import_proof
    from levelset.app.tracking import import_sheet

    set_profile(ws, name="Ada Park", title="Machine Learning Engineer", level="senior",
                places=["Seattle"], current_base=175000, currency="USD")  # fmt: skip
    import_proof(ws, [EXAMPLES / "resume" / "resume.md"])
    offer_file = EXAMPLES / "offers" / "bigco-rsu.yaml"
    add_offer_files(ws, [offer_file, EXAMPLES / "offers" / "startup-options.yaml"])
    start_negotiation(ws, read_offer_files(ws, [offer_file])[0], on=dt.date(2026, 11, 16))
    set_anchor(ws, COMPANY)
    sheet = EXAMPLES / "tracking" / "applications.csv"
    import_sheet(ws, sheet.read_bytes(), sheet.name)
    start_experiment(ws, ExperimentFields(
        name="impact-first", change="lead with a measured outcome", start=dt.date(2026, 11, 2),
        baseline="generic", candidate="impact-first",
    ))  # fmt: skip
    make_plan(ws, start=TODAY.isoformat())


@pytest.fixture
def home(seeded_home: Path, tmp_path: Path) -> Path:
    """This test's own copy of the seeded home: what a test writes, no other test sees."""
    copy = tmp_path / "seeded"
    shutil.copytree(seeded_home, copy)
    return copy


@pytest.fixture
def connect(home: Path) -> Callable[..., Any]:
    """`async with connect(allow_writes=False) as client`: the SDK's client session (the
    JSON-RPC handshake included) with the server over this test's home."""

    @asynccontextmanager
    async def opened(*, allow_writes: bool = False) -> AsyncIterator[Any]:
        ws = workspace_at(home)
        try:
            async with client_of(ws, allow_writes=allow_writes) as c:
                yield c
        finally:
            ws.close()

    return opened


def client_of(ws: Workspace, *, allow_writes: bool = False, mode: str = "legacy") -> Any:
    """The SDK's `Client` over levelset's server for `ws` (`async with`)."""
    from levelset.mcp.server import build_server
    from mcp import Client

    return Client(Lines(build_server(ws, allow_writes=allow_writes)), mode=mode)


class Lines:
    """An SDK client transport to levelset's server in this process: each message the client
    sends is written as a JSON line, the server's reply line is parsed back, as over stdio."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self._stack: Any = None

    async def __aenter__(self) -> Any:
        import anyio
        import mcp_types
        from mcp.shared.message import SessionMessage

        to_client, client_reads = anyio.create_memory_object_stream[Any](16)
        client_writes, from_client = anyio.create_memory_object_stream[Any](16)

        async def relay() -> None:
            async with from_client, to_client:
                async for sent in from_client:
                    line = sent.message.model_dump_json(by_alias=True, exclude_unset=True)
                    reply = self.session.receive(line)
                    if reply is not None:
                        message = mcp_types.jsonrpc_message_adapter.validate_json(reply)
                        await to_client.send(SessionMessage(message))

        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        self._group.start_soon(relay)
        return client_reads, client_writes

    async def __aexit__(self, *exc: Any) -> None:
        self._group.cancel_scope.cancel()
        await self._group.__aexit__(None, None, None)


def structured(result: Any) -> Any:
    """A tool result's structured content, checked to be the same JSON as its text."""
    assert not result.is_error, result.content[0].text
    assert json.loads(result.content[0].text) == result.structured_content
    return result.structured_content


def resource_json(result: Any) -> Any:
    (content,) = result.contents
    assert content.mime_type == "application/json"
    return json.loads(content.text)
