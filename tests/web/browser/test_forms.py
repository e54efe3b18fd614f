"""Refused forms in a real browser: the error beside its field, in view, with the focus there;
suggestions fill the field; amounts typed as "192k" are taken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.web.browser.focus import assert_focus_on

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market")]


def _in_view(page: Any, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


@pytest.mark.parametrize("width", [1280, 390])
def test_a_refused_event_shows_its_error_beside_the_field_in_view(
    page: Any, shots: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/tracking")
    page.get_by_label("What happened").select_option("response")
    page.get_by_label("Company").fill("Acme")  # a reply to an application never logged
    page.get_by_label("Note").fill("they called")
    page.get_by_role("button", name="Log it").click()
    page.wait_for_load_state()
    alert = page.locator("#add [role=alert]")
    assert alert.is_visible() and "application" in alert.inner_text()
    assert_focus_on(page, "[role=alert]")
    assert _in_view(page, "#add [role=alert]")
    assert page.get_by_label("Company").input_value() == "Acme"
    assert page.get_by_label("Note").input_value() == "they called"
    assert page.get_by_label("What happened").input_value() == "response"
    page.screenshot(path=str(shots / f"form-event-error-{width}.png"))


def test_a_misspelt_location_offers_a_place_to_click(page: Any, shots: Path) -> None:
    page.goto("/offers")
    page.locator("#o-company").fill("Acme")
    page.get_by_label("Base a year").fill("192k")
    page.locator("#o-location").fill("Seatle, WA")
    page.get_by_role("button", name="Save offer").click()
    page.wait_for_load_state()
    assert_focus_on(page, "#o-location")
    assert _in_view(page, "#o-location")
    page.screenshot(path=str(shots / "form-offer-place.png"))
    page.locator("button.suggestion").first.click()
    assert page.locator("#o-location").input_value() == "Seattle, WA"
    assert page.get_by_label("Base a year").input_value() == "192k"
    page.get_by_role("button", name="Save offer").click()
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text() == "The offer is saved."
    assert "$192,000" in page.content()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_refused_market_query_shows_its_error_beside_the_field_in_view(
    page: Any, shots: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/market")
    page.get_by_label("Role").fill("ML Engineer")
    page.locator("#q-level").fill("senior")
    page.locator("#q-place1").fill("Seattle, WA")
    page.locator("#q-place2").fill("Portland")  # two states have one
    page.locator("#q-offer").fill("185k")
    page.get_by_role("button", name="Show ranges").click()
    page.wait_for_load_state()
    assert_focus_on(page, "#q-place2")
    assert _in_view(page, "#q-place2") and _in_view(page, "#q-place2-error")
    assert page.locator("#q-place2").get_attribute("aria-invalid") == "true"
    assert page.locator("#q-place1").get_attribute("aria-invalid") is None
    assert "more than one place" in page.locator("#q-place2-error").inner_text()
    assert page.locator("#q-place1").input_value() == "Seattle, WA"
    assert page.locator("#q-offer").input_value() == "185k"
    page.screenshot(path=str(shots / f"form-market-error-{width}.png"), full_page=True)
    page.locator("#q-place2-error button.suggestion", has_text="Portland, OR").click()
    assert page.locator("#q-place2").input_value() == "Portland, OR"
    page.get_by_role("button", name="Show ranges").click()
    page.wait_for_load_state()
    assert page.locator("#places-h").is_visible()  # both places, side by side


@pytest.mark.parametrize("width", [1280, 390])
def test_a_refused_cost_of_living_ratio_keeps_the_comparison_and_takes_the_focus(
    page: Any, server: str, shots: Path, width: int
) -> None:
    from tests.web.browser.test_axe import _post

    for company, place in (("Acme", "Seattle, WA"), ("Globex", "Austin, TX")):
        _post(page, server, "/offers", form={"company": company, "base": "190k",
                                             "location": place})  # fmt: skip
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/offers")
    page.locator("#f-living-1").fill("lots")
    page.get_by_role("button", name="Update").click()
    page.wait_for_load_state()
    assert_focus_on(page, "#f-living-1")
    assert _in_view(page, "#f-living-1") and _in_view(page, "#f-living-1-error")
    assert "for Austin, TX" in page.locator("#f-living-1-error").inner_text()
    assert page.locator("#f-living-1").input_value() == "lots"
    page.screenshot(path=str(shots / f"form-living-error-{width}.png"), full_page=True)
    page.locator("#f-living-1").fill("0.8")
    page.get_by_role("button", name="Update").click()
    page.wait_for_load_state()
    assert page.locator("tr.living-row").count() == 2
