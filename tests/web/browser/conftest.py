"""Real-browser tests: Debian's chromium driven by Playwright against a real uvicorn server.

Skipped unless LEVELSET_BROWSER_TESTS=1; the browser is $LEVELSET_CHROMIUM (default
/usr/bin/chromium), never a downloaded one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from levelset.paths import Paths
from tests.web.browser.server import access_cookie, live_server

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    if os.environ.get("LEVELSET_BROWSER_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="set LEVELSET_BROWSER_TESTS=1 to run real-browser tests")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def chromium_path() -> str:
    return os.environ.get("LEVELSET_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def server(paths: Paths) -> Iterator[str]:
    with live_server(paths) as url:
        yield url


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    context.add_cookies([access_cookie(server)])
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("console", lambda msg: errors.append(msg.text) if _console_error(msg) else None)
    yield opened
    context.close()
    assert not errors, f"the page reported errors: {errors}"


def _console_error(message: Any) -> bool:
    """An error the page reported; a refused form's own page (400, 404 by design) is not one,
    a missing stylesheet, script or image is."""
    if message.type != "error":
        return False
    if message.text.startswith("Failed to load resource"):
        url = message.location.get("url", "")
        return "/static/" in url or not url
    return True


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("LEVELSET_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
