"""Small things a real browser shows: the comparison's selects each fit their own column, a
long stage keeps "No reply for 30+ days" in sight on a phone, link names read as written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.suite_day import TODAY
from tests.web.browser.server import access_cookie
from tests.web.browser.test_axe import _post

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market", "on_the_suites_day")]


def _opened(browser: Any, server: str, width: int) -> Any:
    context = browser.new_context(base_url=server, viewport={"width": width, "height": 900})
    context.add_cookies([access_cookie(server)])
    return context.new_page()


def _inside(inner: dict[str, float], outer: dict[str, float]) -> bool:
    return (
        inner["x"] >= outer["x"] - 0.5
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + 0.5
    )


@pytest.mark.parametrize("width", [1280, 390])
def test_each_comparison_select_fits_its_column(
    browser: Any, server: str, shots: Path, width: int
) -> None:
    page = _opened(browser, server, width)
    try:
        for company, place in (("Acme", "Seattle, WA"), ("Globex", "Austin, TX")):
            _post(page, server, "/offers", form={"company": company, "base": "190000",
                                                 "location": place})  # fmt: skip
        page.goto("/offers?refreshers=typical")
        boxes = {}
        for name in ("f-cmp-refreshers", "f-cmp-growth"):
            select = page.locator(f"#{name}")
            field = select.locator("xpath=..")
            boxes[name] = select.bounding_box()
            assert _inside(boxes[name], field.bounding_box()), f"#{name} spills out of its column"
        left, right = boxes["f-cmp-refreshers"], boxes["f-cmp-growth"]
        apart = left["x"] + left["width"] <= right["x"] or left["y"] + left["height"] <= right["y"]
        assert apart, "the Refreshers select runs under the Share price select"
        chosen = page.locator("#f-cmp-refreshers").evaluate(
            "s => { const c = document.createElement('canvas').getContext('2d');"
            " c.font = getComputedStyle(s).font;"
            " return [c.measureText(s.selectedOptions[0].text).width, s.clientWidth]; }"
        )
        assert chosen[0] + 24 <= chosen[1], f"the chosen refreshers text is cut: {chosen}"
        page.locator("#compare").screenshot(path=str(shots / f"offers-compare-{width}.png"))
    finally:
        page.context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_a_long_stage_keeps_its_no_reply_section_in_sight(
    browser: Any, server: str, shots: Path, width: int
) -> None:
    page = _opened(browser, server, width)
    try:
        long_ago = (TODAY - dt.timedelta(days=45)).isoformat()
        quiet = {"kind": "application", "company": "Quiet Corp", "date": long_ago}
        _post(page, server, "/tracking/events", form=quiet)
        for index in range(12):  # a long stage: more cards than a phone screen holds
            fresh = {"kind": "application", "company": f"Company {index}"}
            _post(page, server, "/tracking/events", form=fresh)
        page.goto("/board")
        column = page.locator(".board-column[data-column=applied]")
        summary = column.locator(".board-stale > summary")
        assert summary.inner_text() == "No reply for 30+ days (1)"
        column.scroll_into_view_if_needed()
        shown, box = column.bounding_box(), summary.bounding_box()
        assert shown is not None and box is not None
        assert shown["y"] <= box["y"] and box["y"] + box["height"] <= shown["y"] + shown["height"]
        heading = column.locator("h2").bounding_box()
        assert heading is not None and box["y"] - (heading["y"] + heading["height"]) < 40
        summary.click()
        assert column.locator(".board-stale #card-1").is_visible()
        page.screenshot(path=str(shots / f"board-stale-{width}.png"), full_page=True)
    finally:
        page.context.close()


def test_the_offer_and_draft_version_links_read_as_written(browser: Any, server: str) -> None:
    page = _opened(browser, server, 1280)
    try:
        _post(page, server, "/offers", form={"company": "Acme", "base": "185k"})
        _post(page, server, "/negotiation", form={"offer_id": "1"})
        page.goto("/offers")
        assert page.get_by_role("link", name="Correct this offer (Acme)", exact=True).count() == 1
        page.goto("/negotiation/Acme#draft-counter")
        for base in ("$215,000", "$220,000"):
            page.locator("#d-body-counter").fill(f"I am asking for a base of {base}.")
            page.locator("#draft-counter").get_by_role("button", name="Save this version").click()
            page.wait_for_load_state()
        earlier = page.locator("#draft-counter details.draft-versions")
        earlier.locator("summary").click()
        for text in ("message (.eml)", "text"):  # version 1: the first saved
            name = f"{text}, version 1"
            assert earlier.get_by_role("link", name=name, exact=True).count() == 1, name
    finally:
        page.context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_so_far_table_fits_with_its_change_column_in_view(
    browser: Any, server: str, shots: Path, width: int
) -> None:
    page = _opened(browser, server, width)
    try:
        offer = {"company": "Acme", "base": "185000", "location": "Seattle, WA",
                 "grant_value": "400000", "bonus_target_pct": "15"}  # fmt: skip
        _post(page, server, "/offers", form=offer)
        _post(page, server, "/negotiation", form={"offer_id": "1", "date": "2026-11-02"})
        _post(page, server, "/offers", form={**offer, "base": "1015000"})
        revised = {"kind": "revised_offer", "offer_id": "2", "date": "2026-11-09"}
        _post(page, server, "/negotiation/Acme/events", form=revised)
        page.goto("/negotiation/Acme")
        table = page.locator("#outcome .table-wrap")
        sizes = table.evaluate("w => [w.scrollWidth, w.clientWidth]")
        assert sizes[0] <= sizes[1], f"the So far table scrolls sideways: {sizes}"
        change = page.locator("#outcome tbody tr").first.locator("td").last
        box, wrap = change.bounding_box(), table.bounding_box()
        assert box["x"] + box["width"] <= min(wrap["x"] + wrap["width"], width) + 0.5
        assert "$830,000" in change.inner_text()
        assert "$185,000" in page.locator("#outcome tbody tr").first.inner_text()  # kept
        page.locator("#outcome").screenshot(path=str(shots / f"negotiation-so-far-{width}.png"))
    finally:
        page.context.close()
