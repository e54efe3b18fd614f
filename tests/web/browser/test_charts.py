"""Range charts at 1280 and 390 px: words never overlap, the axis spans the data (not $0), a
legend names the marks, and the offer line is in view without scrolling, on a phone too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market")]

MARKET = "/market?role=ML+Engineer&level=senior&place=Seattle,+WA&place=Austin,+TX&offer=185000"
OVERLAPS = """svg => {
  const boxes = [...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect())
    .filter(b => b.width > 0);
  let count = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) count++;
  }
  return count;
}"""  # noqa: E501


@pytest.mark.parametrize("width", [1280, 390])
def test_range_charts_read_cleanly_at_both_widths(page: Any, shots: Path, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(MARKET)
    charts = page.locator("figure.chart svg:visible")
    assert charts.count() == 3  # the places side by side, then one per place
    for index in range(charts.count()):
        chart = charts.nth(index)
        assert chart.evaluate(OVERLAPS) == 0
        words = chart.evaluate("svg => [...svg.querySelectorAll('text')].map(t => t.textContent)")
        assert "P25–P75" in words and "median" in words and "offer" in words
        ticks = [w for w in words if w.startswith("$")]
        assert "$0" not in ticks
        offer = chart.locator("line[stroke-dasharray]").bounding_box()
        assert offer is not None and 0 < offer["x"] < width
        assert any(w.startswith("Your offer $185k") for w in words)
        chart.screenshot(path=str(shots / f"chart-range-{width}-{index}.png"))
    assert page.evaluate("document.documentElement.scrollWidth") <= width
