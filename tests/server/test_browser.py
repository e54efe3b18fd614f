"""In Chromium, against a real uvicorn server: a coach invites, the client accepts, the coach
sees the client's pipeline, the client revokes, and the coach sees nothing any more."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from levelset.app.workspace import Workspace
from levelset.server.app import create_server
from levelset.server.settings import ServerSettings
from tests.server.world import PASSWORD, World, seed, signed
from tests.web.browser.conftest import CHROMIUM_ARGS, chromium_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(autouse=True)
def _only_when_asked() -> None:
    import os

    if os.environ.get("LEVELSET_BROWSER_TESTS") != "1":
        pytest.skip("set LEVELSET_BROWSER_TESTS=1 to run real-browser tests")


@contextmanager
def live(world: World) -> Iterator[str]:
    import uvicorn

    settings = ServerSettings(
        database_url=world.app_url, home=world.home, secret=b"b" * 32, secure_cookies=False
    )
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_server(settings), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()


def _sign_in(page: Any, email: str) -> None:
    page.goto("/server/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_invite_accept_see_revoke_in_a_real_browser(world: World) -> None:
    from playwright.sync_api import sync_playwright

    with live(world) as base, sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        coach = chromium.new_context(base_url=base).new_page()
        _sign_in(coach, "coach1@a.test")
        coach.fill("#name", "Hana")
        coach.fill("#email", "hana@client.test")
        coach.click("text=Make an invitation link")
        link = coach.inner_text("#invitation-link")
        client = chromium.new_context(base_url=base).new_page()
        client.goto(link)
        assert "What your coach will see" in client.content()
        client.fill("#name", "Hana")
        client.fill("#password", PASSWORD)
        client.click("text=Create my account")
        client.wait_for_url("**/server/account")
        ws = Workspace.at(world.home, database_url=world.admin_url)
        hana = signed(ws, "hana@client.test")
        assert hana.user.client_id is not None
        seed(ws.seen_as(hana.org, hana.user.client_id, "Hana"), "Hanamarker")
        ws.close()
        coach.goto("/server/clients")
        coach.click("text=Open Hana")
        coach.goto("/tracking")
        assert "Hanamarker" in coach.content()  # the coach sees the client's pipeline
        client.goto("/server/account")
        client.click("text=Stop sharing")
        client.wait_for_load_state()
        answer = coach.goto("/tracking")
        assert answer is not None and answer.status == 404
        assert "Hanamarker" not in coach.content()
        coach.goto("/server/clients")
        assert "Hana" not in coach.inner_text("#clients")
        chromium.close()
