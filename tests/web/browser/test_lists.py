"""Lists in a real browser: Delete, the one-time Undo that brings the row back, downloads,
paging past 20 events, a remade plan that keeps its ticks, and a refused position correction
shown beside its field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.suite_day import TODAY
from tests.web.browser.focus import assert_focus_on

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market", "on_the_suites_day")]
RESUME = Path(__file__).resolve().parents[3] / "examples" / "resume" / "resume.md"


def _add_offer(page: Any, company: str, base: str) -> None:
    page.goto("/offers")
    if not page.locator("#o-company").is_visible():
        page.locator("#add summary").first.click()
    page.locator("#o-company").fill(company)
    page.get_by_label("Base a year").fill(base)
    page.get_by_role("button", name="Save offer").click()
    page.wait_for_load_state()


@pytest.mark.parametrize("width", [1280, 390])
def test_an_offer_deleted_comes_back_with_undo(page: Any, shots: Path, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    _add_offer(page, "Northwind Cloud", "185k")
    _add_offer(page, "Contoso AI", "200k")
    page.get_by_role("button", name="Delete offer #1 (Northwind Cloud)").click()
    page.wait_for_load_state()
    status = page.get_by_role("status")
    assert status.inner_text().startswith("Deleted offer #1 (Northwind Cloud).")
    assert page.locator("#stored th[scope=row]").all_inner_texts() == ["Contoso AI"]
    box = status.bounding_box()
    assert box is not None and 0 <= box["y"] < 900 and box["x"] + box["width"] <= width
    page.screenshot(path=str(shots / f"lists-offer-deleted-{width}.png"), full_page=True)
    page.get_by_role("button", name="Undo", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text() == "Restored."
    assert sorted(page.locator("#stored th[scope=row]").all_inner_texts()) == [
        "Contoso AI",
        "Northwind Cloud",
    ]
    page.reload()
    assert page.get_by_role("button", name="Undo").count() == 0
    with page.expect_download() as download:
        page.locator("#stored a", has_text="CSV").click()
    assert download.value.suggested_filename == "offers.csv"


def test_tracking_pages_past_twenty_events_and_deletes_one(page: Any, shots: Path) -> None:
    start = TODAY - dt.timedelta(days=80)
    rows = [f"Co{i:02d},ML Engineer,{start + dt.timedelta(days=i)},cold" for i in range(45)]
    sheet = Path(shots / "applications.csv")
    sheet.write_text("company,role,date,channel\n" + "\n".join(rows) + "\n")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/tracking")
    page.locator("#t-file").set_input_files(str(sheet))
    page.get_by_role("button", name="Import", exact=True).click()
    page.wait_for_load_state()
    assert "1–20 of 45" in page.locator("#events-h").inner_text()
    page.get_by_role("link", name="Older").click()
    page.get_by_role("link", name="Older").click()
    page.wait_for_load_state()
    assert "41–45 of 45" in page.locator("#events-h").inner_text()
    assert page.locator("#events tbody tr").count() == 5
    page.screenshot(path=str(shots / "lists-tracking-page3-390.png"), full_page=True)
    page.locator("#events tbody tr").first.get_by_role("button", name="Delete").click()
    page.wait_for_load_state()
    assert "Deleted application Co04" in page.get_by_role("status").inner_text()
    page.get_by_role("button", name="Undo", exact=True).click()
    page.wait_for_load_state()
    assert "of 45" in page.locator("#events-h").inner_text()


def test_a_remade_plan_keeps_its_ticks(page: Any) -> None:
    page.goto("/plan")
    page.get_by_role("button", name="Make the plan").click()
    page.wait_for_load_state()
    first = page.locator(".checklist li").first
    text = first.locator("span").first.inner_text()
    first.get_by_role("button").click()
    page.wait_for_load_state()
    page.get_by_role("button", name="Make the plan").click()
    page.wait_for_load_state()
    again = page.locator(".checklist li", has_text=text).first
    assert again.get_by_role("button").get_attribute("aria-pressed") == "true"


def test_a_refused_position_correction_stays_beside_its_field(page: Any, shots: Path) -> None:
    page.goto("/proof")
    page.locator("#f-files").set_input_files(str(RESUME))
    page.get_by_role("button", name="Upload and analyse").click()
    page.wait_for_load_state()
    page.goto("/proof/positions")
    page.locator("#position-1 summary").click()
    page.locator("#f-start-1").fill("not a date")
    page.locator("#position-1 form[action='/proof/positions/edit'] button").click()
    page.wait_for_load_state()
    assert_focus_on(page, "#f-start-1")
    assert page.locator("#f-start-1").input_value() == "not a date"
    assert page.locator("#f-start-1-error").is_visible()
    page.screenshot(path=str(shots / "lists-position-refused.png"))


@pytest.mark.parametrize("width", [1280, 390])
def test_a_bullet_deleted_comes_back_with_undo(page: Any, shots: Path, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/proof")
    page.locator("#f-files").set_input_files(str(RESUME))
    page.get_by_role("button", name="Upload and analyse").click()
    page.wait_for_load_state()
    page.goto("/proof/positions")
    first = page.locator("#position-1 .bullet-list li span").first.inner_text()
    page.get_by_role("button", name="Delete bullet 1 of position 1").click()
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text().startswith("Deleted bullet 1 of position 1.")
    assert first not in page.locator("#position-1").inner_text()
    page.screenshot(path=str(shots / f"lists-bullet-deleted-{width}.png"))
    page.get_by_role("button", name="Undo", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("#position-1 .bullet-list li span").first.inner_text() == first


@pytest.mark.parametrize("width", [1280, 390])
def test_a_comp_typed_in_is_deleted_and_comes_back_with_undo(
    page: Any, shots: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/market")
    page.get_by_role("link", name="Your postings and comps").click()
    page.wait_for_load_state()
    page.locator("#c-title").fill("Senior ML Engineer")
    page.locator("#c-base").fill("lots")
    page.locator("#c-source").fill("a friend's offer")
    page.get_by_role("button", name="Keep the comp").click()
    page.wait_for_load_state()
    assert_focus_on(page, "#c-base")  # the field to fix
    assert page.locator("#c-title").input_value() == "Senior ML Engineer"  # kept as typed
    page.locator("#c-base").fill("210k")
    page.locator("#c-equity").fill("100k")
    page.get_by_role("button", name="Keep the comp").click()
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text() == "The comp is kept."
    assert "$310,000" in page.locator("#comps").inner_text()  # base + equity
    page.get_by_role("button", name="Delete comp #1 (Senior ML Engineer)").click()
    page.wait_for_load_state()
    status = page.get_by_role("status")
    assert status.inner_text().startswith("Deleted comp #1 (Senior ML Engineer).")
    box = status.bounding_box()
    assert box is not None and 0 <= box["y"] < 900 and box["x"] + box["width"] <= width
    page.screenshot(path=str(shots / f"lists-comp-deleted-{width}.png"), full_page=True)
    page.get_by_role("button", name="Undo", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text() == "Restored."
    assert "$310,000" in page.locator("#comps").inner_text()
