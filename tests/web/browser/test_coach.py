"""The coach's workspace in a real browser: the roster as home, the switcher, each client's
pages under their own address, at 1280 px and on a 390 px phone; axe-core finds nothing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.runner import run_cli
from tests.suite_day import TODAY
from tests.web.browser.server import access_cookie
from tests.web.browser.test_axe import _violations

# a plan started eight weeks ago: its weeks ended without a review
_WEEKS_AGO = (TODAY - dt.timedelta(weeks=8)).isoformat()
pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market", "on_the_suites_day")]


@pytest.fixture
def practice(levelset_home: Path) -> None:
    """Three clients: Bo's plan week ended without a review, so Bo needs the coach first."""
    for args in (
        ("client", "add", "Ada Park", "--cohort", "Spring"),
        ("client", "add", "Bo"),
        ("client", "add", "Cy"),
        ("--client", "Bo", "plan", "--start", _WEEKS_AGO),
        ("--client", "Ada Park", "profile", "set", "--title", "ML Engineer", "--name", "Adamark"),
    ):
        assert run_cli(*args).exit_code == 0, args


@pytest.fixture(params=[1280, 390], ids=["desktop", "phone"])
def sized(
    request: pytest.FixtureRequest, practice: None, browser: Any, server: str
) -> Iterator[Any]:
    context = browser.new_context(
        base_url=server, viewport={"width": request.param, "height": 900}, bypass_csp=True
    )
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors


def _no_sideways_scroll(page: Any) -> None:
    width = page.viewport_size["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width, page.url


def test_the_roster_is_home_and_the_switcher_moves_between_clients(sized: Any) -> None:
    page = sized
    page.goto("/")
    assert page.url.endswith("/coach")
    rows = page.locator(".roster-row h2").all_inner_texts()
    assert rows[0] == "Bo" and sorted(rows) == ["Ada Park", "Bo", "Cy"]
    assert "plan week" in page.locator(".roster-row").first.inner_text()
    _no_sideways_scroll(page)
    assert _violations(page) == []

    page.get_by_role("link", name="Ada Park").click()
    page.wait_for_url(re.compile(r"/c/Ada%20Park/$"))
    assert "Ada Park's pages" in page.locator(".workspace-banner").inner_text()
    assert "Adamark" in page.locator("main").inner_text()  # her own dashboard
    _no_sideways_scroll(page)
    assert _violations(page) == []

    page.get_by_role("link", name="Offers", exact=True).click()
    page.wait_for_url(re.compile(r"/c/Ada%20Park/offers$"))

    page.locator("#switch-client").select_option("Bo")
    page.get_by_role("button", name="Open").click()
    page.wait_for_url(re.compile(r"/c/Bo/$"))
    assert page.locator("#switch-client").input_value() == "Bo"
    assert "Adamark" not in page.content()

    page.locator("#switch-client").select_option("")
    page.get_by_role("button", name="Open").click()
    page.wait_for_url(re.compile(r"/coach$"))
    page.get_by_role("link", name="your own dashboard").click()
    page.wait_for_url(re.compile(r"/you$"))
    _no_sideways_scroll(page)


LONG_NAME = "Alexandra Montgomery-Whitfield"
_HEADER_ROWS = """() => {
  const parts = [".brand", ".nav li", ".switcher"].flatMap(s => [...document.querySelectorAll(s)]);
  const boxes = parts.map(e => e.getBoundingClientRect()).sort((a, b) => a.top - b.top);
  let rows = 0, bottom = -Infinity;
  for (const box of boxes) {
    if (box.top >= bottom - 1) { rows += 1; bottom = box.bottom; }
    else { bottom = Math.max(bottom, box.bottom); }
  }
  return rows;
}"""


def test_the_header_with_clients_takes_at_most_two_rows(sized: Any) -> None:
    """The logo, thirteen links and the client switcher wrapped onto three rows at 1280 px;
    now the switcher sits beside the logo and the links take the row below, on a phone too,
    where a long client's name (in the list or chosen) is cut short in the switcher rather
    than pushing it onto a third row."""
    assert run_cli("client", "add", LONG_NAME).exit_code == 0
    page = sized
    width = page.viewport_size["width"]
    for address in ("/you", "/c/Ada%20Park/offers", "/c/Alexandra%20Montgomery-Whitfield/"):
        page.goto(address)
        assert page.evaluate(_HEADER_ROWS) <= 2, (width, address)
        switcher = page.locator(".switcher").bounding_box()
        assert switcher["x"] >= 0 and switcher["x"] + switcher["width"] <= width
        current = page.locator('.nav a[aria-current="page"]').bounding_box()
        assert current["x"] + current["width"] <= width, (width, address)
        _no_sideways_scroll(page)
