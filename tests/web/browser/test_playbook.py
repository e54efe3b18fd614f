"""The playbook's proof checklist after a résumé import: a full list, inside its section, at
both widths (it once collapsed to a 21 px box that spilled over the next sections)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.web.browser.test_flows import RESUME

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market")]


@pytest.mark.parametrize("width", [1280, 390])
def test_the_proof_checklist_keeps_its_size_and_place(
    page: Any, tmp_path: Path, shots: Path, width: int
) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME, encoding="utf-8")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/proof")
    page.get_by_label("Files").set_input_files(str(resume))
    page.get_by_role("button", name="Upload and analyse").click()
    page.wait_for_selector("#bullets-h")
    page.goto("/playbook")
    checks = page.locator(".playbook ul.proof-checks").first
    box = checks.bounding_box()
    section = page.locator(".playbook section#checklist").bounding_box()
    assert box is not None and section is not None
    assert box["height"] > 60 and box["width"] > width / 2 - 80
    assert box["y"] + box["height"] <= section["y"] + section["height"] + 1
    items = checks.locator("li")
    assert items.count() >= 3
    first = items.first.bounding_box()
    assert first is not None and first["width"] > 150
    checks.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / f"playbook-checklist-{width}.png"))
