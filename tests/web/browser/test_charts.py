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


NEGOTIATED = "/market?role=ML+Engineer&level=senior&place=Seattle,+WA&offer=185000&anchor=230000"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_anchor_is_drawn_beside_the_offer_and_each_row_names_its_area(
    page: Any, shots: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(NEGOTIATED)
    chart = page.locator("figure.chart svg:visible").first
    assert chart.evaluate(OVERLAPS) == 0
    words = chart.evaluate("svg => [...svg.querySelectorAll('text')].map(t => t.textContent)")
    assert any(w.startswith("Your anchor $230k") for w in words)
    assert any(w.startswith("Your offer $185k") for w in words)
    outside = chart.evaluate(
        """svg => { const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].filter(t => { const b = t.getBoundingClientRect();
          return b.width > 0 && (b.left < box.left - 1 || b.right > box.right + 1); })
          .map(t => t.textContent); }"""
    )
    assert outside == [], "every word stays inside the chart"
    notes = [w for w in words if " · " in w]
    assert any(w.startswith("United States") for w in notes), "the national row says so"
    assert any(w.startswith("Seattle") for w in notes)
    chart.screenshot(path=str(shots / f"chart-anchor-{width}.png"))


OFFER = {"company": "Northwind Cloud", "base": "185000", "bonus_target_pct": "15",
         "sign_on_1": "50000", "grant_value": "400000"}  # fmt: skip


@pytest.mark.parametrize("width", [600, 390])
def test_offer_and_tracking_charts_fit_a_phone_without_sideways_scrolling(
    page: Any, shots: Path, width: int
) -> None:
    page.goto("/offers")
    for name, value in OFFER.items():
        page.locator(f"#add [name={name}]").first.fill(value)
    page.locator("#o-vesting").select_option("5/15/40/40")
    page.get_by_role("button", name="Save offer").click()
    page.wait_for_load_state()
    rows = [
        f"Co{i},ML Engineer,2026-0{1 + i % 8}-1{i % 9},{('referral', 'cold')[i % 2]}"
        for i in range(16)
    ]
    sheet = shots / "apps.csv"
    sheet.write_text("company,role,date,channel\n" + "\n".join(rows) + "\n")
    page.goto("/tracking")
    page.locator("#t-file").set_input_files(str(sheet))
    page.get_by_role("button", name="Import", exact=True).click()
    page.wait_for_load_state()
    page.set_viewport_size({"width": width, "height": 900})
    for path in ("/offers", "/tracking"):
        page.goto(path)
        charts = page.locator("figure.chart svg:visible")
        assert charts.count() >= 2
        for index in range(charts.count()):
            chart = charts.nth(index)
            frame = chart.evaluate("svg => { const f = svg.closest('figure');"
                                   " return [f.scrollWidth, f.clientWidth]; }")  # fmt: skip
            assert frame[0] <= frame[1] + 1, f"{path} chart {index} scrolls sideways: {frame}"
            assert chart.evaluate(OVERLAPS) == 0
            scale = chart.evaluate(
                "svg => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width"
            )
            assert scale >= 0.75, f"{path} chart {index} drawn at {scale:.0%}"
            chart.screenshot(path=str(shots / f"chart-{path.strip('/')}-{width}-{index}.png"))
        assert page.evaluate("document.documentElement.scrollWidth") <= width


FOCUSED_MARK = "() => { const a = document.activeElement; return a && a.closest('svg') ? a.getAttribute('data-value') : null; }"  # noqa: E501
TIP = "() => { const t = document.querySelector('.chart-tip'); return t && !t.hidden ? [t.textContent, t.getBoundingClientRect().width] : null; }"  # noqa: E501


@pytest.mark.parametrize("width", [1280, 390])
def test_each_value_shows_on_keyboard_focus_and_on_hover_and_in_a_table(
    page: Any, shots: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(MARKET)
    said = None
    for _ in range(120):  # the keyboard alone reaches the chart's marks
        page.keyboard.press("Tab")
        said = page.evaluate(FOCUSED_MARK)
        if said:
            break
    assert said is not None and said.startswith("Seattle-Tacoma-Bellevue, WA: P25 $")
    tip = page.evaluate(TIP)
    assert tip is not None and tip[0] == said and tip[1] > 0, "the value is shown, not only read"
    ring = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert ring == "solid"
    page.locator("figure.chart").first.screenshot(path=str(shots / f"chart-focus-{width}.png"))
    page.keyboard.press("Escape")
    assert page.evaluate(TIP) is None

    offer = page.locator("figure.chart svg:visible").first.locator("[data-value^='Your offer']")
    offer.hover()
    assert page.evaluate(TIP)[0] == "Your offer $185k"
    # The tip can be hovered itself (WCAG 1.4.13): the pointer crosses the gap onto it and
    # the tip stays; it goes once the pointer rests elsewhere.
    box = page.evaluate(
        "() => { const b = document.querySelector('.chart-tip').getBoundingClientRect();"
        " return [b.left, b.top, b.width, b.height]; }"
    )
    x, y = box[0] + box[2] / 2, box[1] + box[3] / 2
    page.mouse.move(x, y)
    page.wait_for_timeout(600)
    assert page.evaluate(TIP) is not None, "the tip stays under the pointer"
    under = page.evaluate(f"() => document.elementFromPoint({x}, {y}).className")
    assert under == "chart-tip", f"the pointer rests on the tip, not on {under!r} under it"
    page.evaluate("() => document.activeElement.blur()")  # else the focused mark's tip returns
    page.mouse.move(2, 2)
    page.wait_for_timeout(600)
    assert page.evaluate(TIP) is None, "the tip goes when the pointer leaves it"
    numbers = page.locator("figure.chart details").first
    numbers.locator("summary").click()
    table = numbers.locator("table").inner_text()
    assert said.split(": ", 1)[1] in table and "$185k" in table  # the same numbers, in words
