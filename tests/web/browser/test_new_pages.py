"""The ladder, the equity what-if and the job board in Chromium, at 1280 and 390 px: nothing
wider than the window, axe-core finds nothing, the slider updates live, cards move by drag
and drop and by keyboard."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.browser.server import access_cookie
from tests.web.browser.test_axe import _post, _violations

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market")]

OPTIONS = ("/equity?kind=options&shares=40000&strike=2.5&company_value=2B&fully_diluted=100M"
           "&dilution=15&rounds=2")  # fmt: skip
PAGES = ("/ladder", "/ladder?company=Google", "/equity", OPTIONS, "/equity?shares=abc&price=3",
         "/board")  # fmt: skip


@pytest.fixture
def filled(browser: Any, server: str) -> Iterator[Any]:
    """A page (CSP bypassed, for axe) over an app with a target, an offer and applications."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900},
                                  bypass_csp=True)  # fmt: skip
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    _post(page, server, "/profile", form={"title": "ML Engineer", "level": "senior",
                                          "places": "Seattle, WA"})  # fmt: skip
    offer = {"company": "Google", "base": "215000", "level": "L6", "location": "Seattle, WA",
             "grant_value": "400000"}  # fmt: skip
    _post(page, server, "/offers", form=offer)
    for company in ("Acme", "Globex"):
        _post(page, server, "/tracking/events", form={"kind": "application", "company": company})
    _post(page, server, "/board/cards/1", form={"contacts": "Dana Lee, recruiter",
                                                "follow_up": "2030-01-05"})  # fmt: skip
    yield page
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_each_page_fits_the_window_and_has_no_axe_violation(filled: Any, width: int) -> None:
    page = filled
    page.set_viewport_size({"width": width, "height": 900})
    found: list[str] = []
    for path in PAGES:
        page.goto(path)
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= width, f"{path} is {wide} px wide in a {width} px window"
        found += _violations(page)
    assert not found, "\n".join(found)


def test_the_empty_pages_lead_somewhere_with_no_axe_violation(browser: Any, server: str) -> None:
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 900},
                                  bypass_csp=True)  # fmt: skip
    context.add_cookies([access_cookie(server)])
    page = context.new_page()
    found: list[str] = []
    for path, link in (
        ("/ladder", "/proof"),
        ("/equity", "/offers"),
        ("/board", "/tracking#add-h"),
    ):
        page.goto(path)
        assert page.locator(f'main a[href="{link}"]').count() >= 1, path
        found += _violations(page)
    context.close()
    assert not found, "\n".join(found)


def test_the_ladder_draws_the_phone_chart_on_a_phone(filled: Any) -> None:
    filled.set_viewport_size({"width": 390, "height": 900})
    filled.goto("/ladder")
    chart = filled.locator(".chart-narrow svg")
    assert chart.is_visible() and "Google offer, base $215k" in chart.inner_html()
    scale = chart.evaluate("svg => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width")
    assert scale >= 0.8


def test_the_slider_updates_the_result_as_it_moves(filled: Any) -> None:
    filled.goto(OPTIONS)
    assert "$478,000" in filled.locator("#whatif-results").inner_text()
    filled.locator("#w-slide").fill("4000000000")
    assert filled.locator("#w-slide-out").inner_text() == "$4.0B"
    filled.wait_for_function(
        "document.getElementById('whatif-results').innerText.includes('$1,056,000')"
    )  # 40,000 x (4B x 0.85^2 / 100M - 2.50)
    assert "company_value=4000000000" in filled.url
    assert filled.locator("#w-company").input_value() == "4000000000"


def test_a_card_moves_by_drag_and_drop(filled: Any) -> None:
    filled.goto("/board")
    filled.drag_and_drop("#card-1", ".board-column[data-column=interviewing]")
    filled.wait_for_url(re.compile(r"/board#card-1$"))
    column = filled.locator("#card-1").evaluate("c => c.closest('.board-column').dataset.column")
    assert column == "interviewing"
    assert "The card is moved." in filled.locator(".notice-saved").inner_text()


def test_a_card_moves_by_keyboard_alone(filled: Any) -> None:
    filled.goto("/board")
    filled.locator("#move-2").focus()
    filled.keyboard.press("End")  # the last choice: I withdrew
    filled.keyboard.press("Tab")
    filled.keyboard.press("Enter")
    filled.wait_for_url(re.compile(r"/board#card-2$"))
    column = filled.locator("#card-2").evaluate("c => c.closest('.board-column').dataset.column")
    assert column == "closed"


def test_on_a_phone_the_board_is_one_stage_to_a_screen_with_a_cue(
    filled: Any, server: str, shots: Any
) -> None:
    for index in range(24):  # a real search: many applications in one stage
        _post(filled, server, "/tracking/events", form={"kind": "application",
                                                        "company": f"Company {index}"})  # fmt: skip
    filled.set_viewport_size({"width": 390, "height": 900})
    filled.goto("/board")
    assert filled.evaluate("document.documentElement.scrollWidth") <= 390
    tall = filled.evaluate("document.documentElement.scrollHeight")
    assert tall <= 2 * 900, f"the board is {tall} px long on a phone"
    board = filled.locator("#board")
    sizes = board.evaluate("b => [b.scrollWidth, b.clientWidth, b.firstElementChild.clientWidth]")
    assert sizes[0] > sizes[1] and sizes[2] >= 0.8 * sizes[1], sizes  # one stage to a screen
    cue = filled.locator("#board-cue")
    assert cue.is_visible() and "swipe sideways" in cue.inner_text()
    filled.screenshot(path=str(shots / "board-390.png"), full_page=True)
    filled.locator(".board-jump a[data-stage=interviewing]").click()
    column = filled.locator(".board-column[data-column=interviewing]").bounding_box()
    assert column is not None and 0 <= column["x"] < 390 - column["width"] / 2
    filled.wait_for_function(
        "document.querySelector('.board-jump a[aria-current]')?.dataset.stage === 'interviewing'"
    )
    filled.set_viewport_size({"width": 1280, "height": 900})  # a wide screen: five columns
    tops = filled.locator(".board-column").evaluate_all(
        "cs => cs.map(c => Math.round(c.getBoundingClientRect().top))"
    )
    assert len(tops) == 5 and len(set(tops)) == 1 and not cue.is_visible()
