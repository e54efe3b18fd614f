"""A negotiation draft leaves levelset by the user's own hand: copied with its edits, or
downloaded as an unsent message; at a phone's width the buttons stay on screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market")]


def _post(page: Any, base: str, path: str, **kwargs: Any) -> None:
    page.goto(base + "/")
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    headers = {"x-csrf-token": token, "origin": base, "accept": "application/json"}
    answer = page.request.post(base + path, headers=headers, **kwargs)
    assert answer.ok, (path, answer.status, answer.text()[:300])


@pytest.mark.parametrize("width", [1280, 390])
def test_a_draft_is_copied_with_its_edits_and_downloaded(
    browser: Any, server: str, shots: Path, width: int
) -> None:
    from tests.web.browser.server import access_cookie

    context = browser.new_context(base_url=server, viewport={"width": width, "height": 900})
    context.add_cookies([access_cookie(server)])
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    try:
        _post(page, server, "/offers", form={"company": "Acme", "base": "185k"})
        _post(page, server, "/negotiation", form={"offer_id": "1"})
        page.goto(server + "/negotiation/Acme#draft-counter")
        box = page.locator("#draft-counter [data-send]")
        copy = box.get_by_role("button", name="Copy the text")
        assert copy.is_visible()  # shown once the script runs
        page.locator("#d-body-counter").fill("I am asking for a base of $215,000.")
        copy.click()
        page.wait_for_function("document.querySelector('#draft-counter [data-copied]')"
                               ".textContent === 'Copied.'")  # fmt: skip
        copied = page.evaluate("navigator.clipboard.readText()")
        subject = page.locator("#d-subject-counter").input_value()
        assert copied == f"Subject: {subject}\n\nI am asking for a base of $215,000."
        mail = box.get_by_role("link", name="Open in your mail program")
        assert mail.get_attribute("href", timeout=2000).startswith("mailto:?subject=")
        for element in (copy, mail):
            found = element.bounding_box()
            assert found is not None and found["x"] + found["width"] <= width
        with page.expect_download() as download:
            box.get_by_role("link", name="message (.eml)").click()
        assert download.value.suggested_filename == "acme-counter-unsaved.eml"
        page.screenshot(path=str(shots / f"draft-send-{width}.png"), full_page=True)
        for base in ("$215,000", "$220,000"):  # two saved versions: the first stays reachable
            page.locator("#d-body-counter").fill(f"I am asking for a base of {base}.")
            page.locator("#draft-counter").get_by_role("button", name="Save this version").click()
            page.wait_for_load_state()
        assert "version 2, edited" in page.locator("#draft-h-counter").inner_text()
        earlier = page.locator("#draft-counter details.draft-versions")
        earlier.locator("summary").click()
        with page.expect_download() as download:
            earlier.locator('a[href$="format=eml&version=1"]').click()
        assert download.value.suggested_filename == "acme-counter-v1.eml"
        with open(download.value.path(), encoding="utf-8") as file:
            kept = file.read()
        assert "$215,000" in kept and "version 1 of 2" in " ".join(kept.split())
        earlier.screenshot(path=str(shots / f"draft-versions-{width}.png"))
    finally:
        context.close()
