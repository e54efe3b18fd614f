"""Charts are valid, accessible SVG whose marks sit where the data says."""

import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from levelset.charts import (
    Bar,
    RangeRow,
    Series,
    bar_chart,
    funnel_chart,
    line_chart,
    printable,
    range_chart,
    stacked_bar_chart,
)
from levelset.charts.svg import Scale, nice_step

NS = {"s": "http://www.w3.org/2000/svg"}


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_range_chart_marks_the_offer_between_the_medians() -> None:
    rows = [
        RangeRow("OEWS", 130_000, 160_000, 195_000, 235_000, 239_200, "May 2025 · n=12,340"),
        RangeRow("Crowd", 150_000, 175_000, 200_000, 240_000, 290_000, "n=1,204"),
    ]
    root = parse(range_chart(rows, offer=197_000, title="Senior MLE, SF"))
    assert root.find("s:title", NS).text == "Senior MLE, SF"
    medians = [
        float(line.get("x1"))
        for line in root.iterfind(".//s:line", NS)
        if line.get("stroke-width") == "3"
    ]
    offer = [
        float(line.get("x1"))
        for line in root.iterfind(".//s:line", NS)
        if line.get("stroke-dasharray")
    ]
    assert len(medians) == 2 and len(offer) == 1
    assert medians[0] < offer[0] < medians[1]
    desc = root.find("s:desc", NS).text
    assert "P50 $195k" in desc and "Your offer: $197k" in desc


def test_a_hidden_range_is_said_not_drawn() -> None:
    root = parse(range_chart([RangeRow("Thin", None, None, None, None, None, "n=3")]))
    texts = [t.text for t in root.iterfind(".//s:text", NS)]
    assert "hidden: sample too small" in texts
    assert root.find("s:desc", NS).text == "Thin: hidden"


def test_funnel_shares_are_of_the_first_stage() -> None:
    root = parse(funnel_chart([("Applied", 40), ("Responded", 10), ("Offered", 2)]))
    texts = [t.text for t in root.iterfind(".//s:text", NS)]
    assert "10 25% of applied" in texts
    assert "2 5% of applied" in texts


def test_bar_lengths_are_proportional() -> None:
    root = parse(bar_chart([Bar("a", 10), Bar("b", 20)], title="t"))
    widths = [
        float(r.get("width")) for r in root.iterfind(".//s:rect", NS) if r.get("height") == "20"
    ]
    assert abs(widths[1] / widths[0] - 2) < 0.01


def test_line_chart_leaves_gaps_for_missing_values() -> None:
    series = Series("rate", (("W1", 0.2), ("W2", 0.3), ("W3", None), ("W4", 0.5), ("W5", 0.6)))
    root = parse(line_chart([series], title="t"))
    assert len(root.findall("s:polyline", NS)) == 2
    assert len([c for c in root.iterfind(".//s:circle", NS) if c.get("r") == "3"]) == 4


def test_stacked_totals_are_labelled() -> None:
    chart = stacked_bar_chart(
        ["Y1", "Y2"],
        [Series("Base", (("Y1", 100.0), ("Y2", 100.0))), Series("Bonus", (("Y1", 10.0),))],
        title="t",
        value_format=lambda v: f"{v:.0f}",
    )
    texts = [t.text for t in parse(chart).iterfind(".//s:text", NS)]
    assert "110" in texts and "100" in texts


def test_printable_drops_title_and_desc_only() -> None:
    chart = bar_chart([Bar("a", 1)], title="T")
    stripped = parse(printable(chart))
    assert stripped.find("s:title", NS) is None and stripped.find("s:desc", NS) is None
    assert stripped.findall("s:rect", NS)


@given(st.floats(min_value=1e-6, max_value=1e12, allow_nan=False))
def test_nice_step_is_round_and_not_smaller(raw: float) -> None:
    step = nice_step(raw)
    assert step >= raw * (1 - 1e-9)
    mantissa = step / 10 ** len(str(int(step))) if step >= 1 else None
    assert step < raw * 10.0001
    assert mantissa is None or mantissa * 10 in (1, 2, 2.5, 5, 10)


@given(st.floats(min_value=-1e7, max_value=1e7), st.floats(min_value=1, max_value=1e7))
def test_scale_ticks_stay_inside_the_domain(low: float, span: float) -> None:
    scale = Scale(low, low + span, 0, 100)
    ticks = scale.ticks()
    assert ticks and all(low - span * 1e-6 <= t <= low + span * (1 + 1e-6) for t in ticks)


def _marks(root: ET.Element) -> list[ET.Element]:
    return [g for g in root.iterfind(".//s:g", NS) if g.get("data-value")]


def test_every_value_a_chart_draws_is_named_on_hover_and_reachable_by_keyboard() -> None:
    rows = [RangeRow("OEWS", 130_000, 160_000, 195_000, 235_000, 239_200, "n=12,340")]
    ranges = parse(range_chart(rows, offer=197_000, anchor=220_000))
    said = [g.get("data-value") for g in _marks(ranges)]
    assert said == [
        "OEWS: P10 $130k, P25 $160k, P50 $195k, P75 $235k, P90 $239k",
        "Your anchor $220k",
        "Your offer $197k",
    ]
    for g in _marks(ranges):  # a tab stop whose name is the value, and a hover title
        assert g.get("tabindex") == "0" and g.get("aria-label") == g.get("data-value")
        assert g.find("s:title", NS).text == g.get("data-value")
    assert ranges.get("role") == "group"  # focusable marks cannot sit inside an image

    bars = parse(funnel_chart([("Applied", 40), ("Responded", 10)]))
    assert [g.get("data-value") for g in _marks(bars)] == [
        "Applied: 40",
        "Responded: 10 25% of applied",
    ]

    stack = stacked_bar_chart(
        ["Y1"], [Series("base", (("Y1", 200.0),)), Series("bonus", (("Y1", 30.0),))], title="t"
    )
    columns = [g for g in _marks(parse(stack)) if g.get("tabindex")]
    assert [g.get("aria-label") for g in columns] == ["Y1: base 200, bonus 30; total 230"]
    hover_only = [g.get("data-value") for g in _marks(parse(stack)) if not g.get("tabindex")]
    assert hover_only == ["Y1 base: 200", "Y1 bonus: 30"]


def test_a_line_chart_names_each_point_or_with_many_points_each_line() -> None:
    few = Series("rate", (("W1", 0.2), ("W2", None), ("W3", 0.5)))
    points = [g for g in _marks(parse(line_chart([few], title="t"))) if g.get("tabindex")]
    assert [g.get("aria-label") for g in points] == ["rate, W1: 0.2", "rate, W3: 0.5"]
    many = Series("apps", tuple((f"W{i}", float(i)) for i in range(1, 41)))
    root = parse(line_chart([many], title="t"))
    stops = [g for g in _marks(root) if g.get("tabindex")]
    assert len(stops) == 1 and stops[0].get("aria-label").startswith("apps: W1 1, W2 2, W3 3")
    assert len([g for g in _marks(root) if not g.get("tabindex")]) == 40  # each still hovers
