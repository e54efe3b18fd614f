"""The main flows in a real browser (chromium), by keyboard and mouse, against a real server."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market")]

RESUME = """Maya Example
Senior ML Engineer

Experience
Senior ML Engineer, Example Corp, 2021 - present
- Led a team of 5 to cut p99 serving latency by 40% and save $2M a year
- Responsible for the feature store
"""


def test_enter_an_offer_and_see_it_on_the_range_chart(page: Any, shots: Path) -> None:
    page.goto("/market")
    page.get_by_label("Role").fill("ML Engineer")
    page.get_by_label("Level").fill("senior")
    page.get_by_label("Place", exact=True).fill("Seattle, WA")
    page.get_by_label("Your offer").fill("185000")
    page.get_by_label("Your offer").press("Enter")  # keyboard submit
    page.wait_for_url(re.compile(r"/market\?"))
    chart = page.locator("figure.chart svg").first
    assert "Your offer $185k" in chart.inner_html()
    assert page.get_by_text("Your offer of").is_visible()
    page.screenshot(path=str(shots / "flow-market.png"), full_page=True)


def test_upload_a_resume_and_see_the_report(page: Any, tmp_path: Path, shots: Path) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME, encoding="utf-8")
    page.goto("/proof")
    page.get_by_label("Files").set_input_files(str(resume))
    page.get_by_role("button", name="Upload and analyse").click()
    page.wait_for_selector("#bullets-h")
    assert page.locator("mark.hl-metric", has_text="40%").count() == 1
    assert page.get_by_role("heading", name="Level estimate").is_visible()
    assert page.get_by_role("heading", name=re.compile("Proof checklist")).is_visible()
    page.screenshot(path=str(shots / "flow-proof.png"), full_page=True)


def test_type_an_email_and_see_the_score_change(page: Any, shots: Path) -> None:
    from playwright.sync_api import expect

    page.goto("/negotiation")
    box = page.get_by_label("Your message")
    value = page.locator("#free-text-score [data-score-value]")
    box.click()
    box.type("Sorry to ask, but could you do a bit more?", delay=5)
    expect(value).to_have_text(re.compile(r"^\d+$"))  # the page scored it
    weak = int(value.inner_text())
    box.fill("")
    box.type(
        "Thank you, I am excited to join. The 75th percentile for this level in Seattle is "
        "$255,000, so I am asking for a base of $255,000 and a $40,000 sign-on. "
        "If we agree on that, I can sign by Friday.",
        delay=1,
    )
    for _ in range(100):  # the score follows the typing after a short pause
        if value.inner_text().isdigit() and int(value.inner_text()) > weak:
            break
        page.wait_for_timeout(100)
    assert int(value.inner_text()) > weak
    page.screenshot(path=str(shots / "flow-score.png"), full_page=True)


def test_the_keyboard_reaches_the_skip_link_and_the_navigation(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.tagName")
    assert focused in ("A", "SUMMARY", "INPUT", "SELECT", "BUTTON")


def test_a_target_set_by_keyboard_shows_on_the_dashboard(page: Any) -> None:
    page.goto("/")
    if page.locator("#target details").get_attribute("open") is None:
        page.get_by_text("Edit your target").click()
    page.get_by_label("Target job title").fill("Data Scientist")
    page.get_by_label("Target level").select_option("staff")
    page.get_by_label("Places").fill("Austin, TX")
    page.get_by_label("Places").press("Enter")
    page.wait_for_selector("text=Data Scientist")
    assert page.get_by_role("heading", name="Market range").is_visible()


def test_from_an_offer_to_a_saved_counter_by_keyboard(page: Any, shots: Path) -> None:
    page.goto("/offers")
    page.get_by_label("Company").fill("Northwind Cloud")
    page.get_by_label("Base a year").fill("185000")
    page.get_by_label("Target bonus %").fill("15")
    page.get_by_label("Grant value").fill("400000")
    page.get_by_label("Grant value").press("Enter")
    page.wait_for_selector("#cmp-h")
    assert "Northwind Cloud" in page.locator("#compare").inner_text()
    page.goto("/negotiation")
    page.get_by_label("Received on").press("Enter")  # starts from the only offer
    page.wait_for_url(re.compile(r"/negotiation/Northwind%20Cloud"))
    assert page.locator('[aria-current="step"]').inner_text().startswith("Prepare the case")
    page.get_by_label("What happened", exact=True).select_option("note")
    page.get_by_label("Note", exact=True).fill("Recruiter call went well")
    page.get_by_label("Note", exact=True).press("Enter")
    page.wait_for_selector("text=Recruiter call went well")
    counter = page.locator("#d-body-counter")
    counter.fill("Thank you. I am asking for a base of $230,000. Can we confirm by Friday?")
    page.locator("#draft-counter").get_by_role("button", name="Save this version").click()
    page.wait_for_selector("#draft-counter >> text=version 1, edited")
    page.screenshot(path=str(shots / "flow-negotiation.png"), full_page=True)
