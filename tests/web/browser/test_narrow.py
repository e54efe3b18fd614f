"""What a phone-sized window and a keyboard-only user get: readable charts, Tab/Enter flows."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.web.browser.server import access_cookie

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market")]

MARKET = "/market?role=ML+Engineer&level=senior&place=Seattle,+WA&offer=201000"


def _tab_to(page: Any, element_id: str, limit: int = 80) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def test_a_range_chart_on_a_phone_keeps_its_text_readable(browser: Any, server: str) -> None:
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844})
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    page.goto(MARKET)
    scale = page.locator("figure.chart svg").first.evaluate(
        "svg => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width"
    )
    page_width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert scale >= 0.75, f"the chart is drawn at {scale:.0%} of its size"
    assert page_width <= 390, "the chart scrolls inside its frame, not the whole page"


def test_an_offer_typed_with_the_keyboard_alone_lands_on_the_chart(page: Any) -> None:
    page.goto("/market")
    for field, text in (
        ("q-role", "ML Engineer"),
        ("q-level", "senior"),
        ("q-place1", "Seattle, WA"),
        ("q-offer", "201000"),
    ):
        _tab_to(page, field)
        page.keyboard.type(text)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"offer=201000"))
    assert "Your offer $201k" in page.locator("figure.chart svg").first.inner_html()


def test_a_wide_table_on_a_phone_reads_as_one_block_per_row(browser: Any, server: str) -> None:
    """The market, offer, ladder, equity, proof and events tables scrolled sideways at 390 px
    behind a hint; on a phone each row is now a block, each value beside its column's name."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    page.goto(MARKET)
    wrap = page.locator(".report .table-wrap").first
    assert page.locator(".scroll-hint").count() == 0  # every table fits a wide screen
    head = wrap.locator("thead")
    assert head.evaluate("h => getComputedStyle(h).position") == "static"
    page.set_viewport_size({"width": 390, "height": 844})
    _until(lambda: head.evaluate("h => getComputedStyle(h).position") == "absolute")
    sizes = wrap.evaluate("w => [w.scrollWidth, w.clientWidth]")
    assert sizes[0] <= sizes[1], f"the table scrolls sideways: {sizes}"
    assert page.locator(".scroll-hint").count() == 0
    cell = wrap.locator("tbody td").first
    label = cell.evaluate("c => getComputedStyle(c, '::before').content")
    assert label == '"P10"', label  # the column's name beside the value
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.set_viewport_size({"width": 1280, "height": 900})
    _until(lambda: head.evaluate("h => getComputedStyle(h).position") == "static")
    context.close()


def test_no_table_scrolls_sideways_on_a_phone(browser: Any, server: str, tmp_path: Path) -> None:
    from tests.web.browser.test_axe import _fill, _post

    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844})
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    _fill(page, server, tmp_path)
    _post(page, server, "/offers", form={"company": "Initech", "base": "170000"})
    wide = {}
    for path in (
        "/offers",
        "/ladder",
        "/equity?kind=rsu&shares=10000&price=25",
        "/proof",
        "/tracking",
        MARKET,
    ):
        page.goto(path)
        found = page.evaluate(
            """() => [...document.querySelectorAll('.table-wrap')]
                 .filter(w => w.offsetParent && w.scrollWidth > w.clientWidth + 1)
                 .map(w => w.scrollWidth)"""
        )
        if found or page.evaluate("document.documentElement.scrollWidth") > 390:
            wide[path] = found
    context.close()
    assert not wide, f"tables wider than a phone: {wide}"


def _until(check: Any, tries: int = 50) -> None:
    """Wait for the page's resize handler (the CSP forbids evaluated wait functions)."""
    import time

    for _ in range(tries):
        if check():
            return
        time.sleep(0.1)
    raise AssertionError("the page never got there")


def test_the_header_on_a_phone_keeps_the_page_margins(browser: Any, server: str) -> None:
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844})
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    page.goto("/market")
    edges = page.evaluate(
        """() => [".brand", ".nav", "main h1"].map(s => {
             const r = document.querySelector(s).getBoundingClientRect();
             return [Math.round(r.left), Math.round(r.right)];
           })"""
    )
    context.close()
    (brand, nav, heading) = edges
    assert brand[0] == heading[0] >= 16, f"the logo at x={brand[0]}, the heading at {heading[0]}"
    assert nav[1] <= 390 - 16, f"the menu reaches x={nav[1]} of 390"


def test_the_response_rates_on_a_phone_keep_n_in_view(
    browser: Any, server: str, tmp_path: Any
) -> None:
    from tests.cli.runner import run_cli
    from tests.web.test_tracking_plan_playbook import sheet

    csv = tmp_path / "applications.csv"
    csv.write_bytes(sheet(12))
    assert run_cli("track", "import", str(csv)).exit_code == 0
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844})
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    page.goto("/tracking")
    wrap = page.locator(".table-wrap:has(table.rates)")
    sizes = wrap.evaluate("w => [w.scrollWidth, w.clientWidth]")
    interval = page.locator("table.rates td .narrow-only").first.is_visible()
    context.close()
    assert sizes[0] <= sizes[1], f"the rates table scrolls sideways: {sizes}"
    assert interval, "the 95% interval shows under the rate"


def test_the_menu_on_a_phone_is_one_row_with_the_current_page_in_view(
    browser: Any, server: str
) -> None:
    """At 390 px the twelve links wrapped onto three rows under the logo (four rows before the
    page began); they are now one row that scrolls sideways, the current page's link in view."""
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844})
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    page.goto("/playbook")
    tops = page.evaluate("() => [...document.querySelectorAll('.nav a')].map(a => a.offsetTop)")
    header = page.evaluate("document.querySelector('.site-header').offsetHeight")
    current = page.evaluate(
        """() => { const r = document.querySelector('.nav a[aria-current="page"]')
                     .getBoundingClientRect(); return [r.left, r.right]; }"""
    )
    page_width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert len(set(tops)) == 1, f"the menu takes {len(set(tops))} rows"
    assert header <= 120, f"the header is {header} px tall"
    assert current[0] >= 0 and current[1] <= 390, f"the current page's link is at {current}"
    assert page_width <= 390, "the menu scrolls inside its row, not the whole page"


@pytest.mark.parametrize(("width", "most"), [(390, 2), (1000, 2), (1280, 1)])
def test_the_header_keeps_to_two_rows_at_most(
    browser: Any, server: str, width: int, most: int
) -> None:
    """At 1,000 px the logo and the twelve links wrapped onto three rows (130 px of header);
    the links are one row under the logo there, all in view, and beside it at 1,280 px."""
    context = browser.new_context(base_url=server, viewport={"width": width, "height": 900})
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    page.goto("/")
    middles = page.evaluate(
        "[...document.querySelectorAll('.site-header .brand, .site-header .nav a')]"
        ".map(e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; })"
    )
    header = page.locator(".site-header").evaluate("h => h.getBoundingClientRect().height")
    link = page.locator(".site-header .nav a").first.evaluate(
        "a => a.getBoundingClientRect().height"
    )
    hidden = page.locator(".site-header .nav").evaluate("n => n.scrollWidth > n.clientWidth")
    context.close()
    rows = len({round(middle / 10) for middle in middles})  # a row's items share their middle
    assert rows <= most and header <= most * link + 30, (rows, header, link)
    assert width < 1000 or not hidden, "at 1,000 px and wider every link is in view"


@pytest.mark.parametrize(("width", "fades"), [(800, True), (1280, False)])
def test_a_menu_that_scrolls_fades_out_at_its_edge(
    browser: Any, server: str, width: int, fades: bool
) -> None:
    """Between a phone and 1,000 px the links' row scrolls sideways; it ended in a hard cut,
    with nothing to show there were more links. Its edge fades out, as on a phone."""
    context = browser.new_context(base_url=server, viewport={"width": width, "height": 900})
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    page.goto("/")
    nav = page.locator(".site-header .nav")
    scrolls = nav.evaluate("n => n.scrollWidth > n.clientWidth")
    mask = nav.evaluate("n => getComputedStyle(n).maskImage || getComputedStyle(n).webkitMaskImage")
    nav.evaluate("n => { n.scrollLeft = n.scrollWidth; }")
    last = page.locator(".site-header .nav a").last.bounding_box()
    edge = nav.evaluate("n => n.getBoundingClientRect().right")
    context.close()
    assert scrolls is fades and (mask != "none") is fades, (scrolls, mask)
    clear = last["x"] + last["width"] <= edge - 24
    assert clear or not fades, "scrolled to its end, the last link is clear of the fade"
