"""The playbook's market chart as Chromium draws it over the demo home: one bar per distinct
range and each row's note with all its flags, the crowd source's age among them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from levelset.app.workspace import Workspace
from levelset.paths import Paths
from tests.cli.runner import run_cli
from tests.web.browser.server import access_cookie, live_server

pytestmark = pytest.mark.browser


def test_the_demo_playbook_chart_as_drawn(browser: Any, tmp_path: Path, shots: Path) -> None:
    home = tmp_path / "demo"
    assert run_cli("demo", "--home", str(home)).exit_code == 0
    with live_server(Paths(home), Workspace.at(home)) as url:
        context = browser.new_context(base_url=url, viewport={"width": 1280, "height": 900})
        context.add_cookies([access_cookie(url)])
        page = context.new_page()
        page.goto("/playbook")
        chart = page.locator("figure svg", has_text="Market range").first
        bars = chart.locator("g[data-value]")
        values = [bars.nth(i).get_attribute("data-value") or "" for i in range(bars.count())]
        middles = [tuple(re.findall(r"P(?:25|50|75) (\$[\d.]+k)", v)) for v in values]
        assert len(middles) == len(set(middles)) >= 3, values
        texts = chart.locator("text").all_text_contents()
        crowd = texts[texts.index(next(t for t in texts if t.startswith("Crowd"))) + 1]
        assert "widened" in crowd and "United States" in crowd, crowd
        assert re.search(r"\d+ months old", crowd), crowd
        assert any(t.startswith("range used") for t in texts), texts
        chart.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "playbook-market-chart.png"))
        context.close()
