"""The ladder chart: every rung on its own lines, marks that never sit on each other."""

from __future__ import annotations

import html
import re

import pytest

from levelset.charts.ladder import LadderRung, ladder_chart

RUNGS = [
    LadderRung("L7 · senior staff", 166000, 218000, 265000, "OEWS, May 2025 · SF · n=98,090"),
    LadderRung(
        "L6 · staff",
        155000,
        204000,
        248000,
        "OEWS, May 2025 · SF · n=98,090",
        offer=215000,
        offer_label="Lumen Labs offer",
    ),
    LadderRung(
        "L5 · senior",
        136000,
        179000,
        218000,
        "OEWS, May 2025 · SF · n=98,090",
        you=True,
        target=True,
    ),
    LadderRung("L4 · mid", None, None, None),
]


def _texts(chart: str) -> list[tuple[float, float, str, str]]:
    found = re.findall(
        r'<text [^>]*x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"[^>]*>([^<]*)<', chart
    )
    return [(float(x), float(y), size, body) for x, y, size, body in found]


@pytest.mark.parametrize("width", [720, 360])
def test_every_label_has_its_own_room(width: int) -> None:
    chart = ladder_chart(RUNGS, title="Google ladder · ML Engineer · San Francisco", width=width)
    texts = _texts(chart)
    height = float(re.search(r'height="(\d+)"', chart).group(1))  # type: ignore[union-attr]
    for x, y, size, body in texts:
        assert 0 <= x <= width and 0 < y <= height, body
        end = x + len(body) * 0.6 * int(size)
        if 'text-anchor="start"' in chart and end > width + 2:
            pytest.fail(f"{body!r} runs off a {width} px chart")
    # no two labels share a line and overlap sideways
    for i, (x1, y1, s1, b1) in enumerate(texts):
        for x2, y2, s2, b2 in texts[i + 1 :]:
            if abs(y1 - y2) < 8 and b1 and b2 and not b1.startswith("$") and not b2.startswith("$"):
                left, right = sorted([(x1, b1, s1), (x2, b2, s2)])
                assert left[0] + len(left[1]) * 0.58 * int(left[2]) <= right[0] + 1, (b1, b2)


def test_the_marks_and_the_legend_are_drawn() -> None:
    chart = ladder_chart(RUNGS)
    for words in ("your level (estimate)", "your target", "Lumen Labs offer, base $215k",
                  "no market range for this level"):  # fmt: skip
        assert words in chart
    assert chart.count("<polygon") == 1  # the offer's diamond, on its own rung only
    assert "L5 · senior: market base pay P25 $136k · median $179k · P75 $218k" in chart


def _legend(chart: str) -> list[str]:
    """The words beside the legend's colour keys (10 px squares)."""
    keys = re.findall(r'<rect x="([\d.]+)" y="([\d.]+)" width="10" height="10"', chart)
    texts = _texts(chart)
    return [
        next(
            html.unescape(b)
            for x, y, _, b in texts
            if abs(x - (float(kx) + 14)) < 0.2 and abs(y - (float(ky) + 9)) < 0.2
        )
        for kx, ky in keys
    ]


def test_the_legend_names_exactly_what_each_mark_is() -> None:
    total = LadderRung("L5", 1, 2, 3, total=(4.0, 5.0, 6.0), total_note="your comps · n=5")
    assert _legend(ladder_chart([*RUNGS, total])) == [
        "market base pay, P25–P75",
        "market median",
        "total pay P25–P75 & median, your evidence",
        "the offer's base pay",
        "your level (estimate)",
        "your target",
    ]
    said = ladder_chart(RUNGS, basis="base wage (no stock, no year-end bonus)")
    assert _legend(said)[0] == "market base wage (no stock, no year-end bonus), P25–P75"


def test_on_a_phone_the_title_and_the_notes_wrap_instead_of_being_cut() -> None:
    title = "Google ladder · Machine Learning Engineer · Seattle-Tacoma-Bellevue, WA"
    note = "OEWS blend at staff, May 2025 · Seattle-Tacoma-Bellevue, WA · n=98,090"
    chart = ladder_chart([LadderRung("L6 · staff", 1, 2, 3, note)], title=title, width=360)
    words = [(size, b) for _, _, size, b in _texts(chart)]
    assert not any("…" in w for _, w in words), words
    assert " · ".join(w for size, w in words if size == "13") == title  # whole, in order
    assert " · ".join(w for size, w in words if size == "10" and w in note) == note
    for x, _, size, body in _texts(chart):
        assert x + len(body) * {"10": 5.6, "11": 6.3, "12": 7.0, "13": 7.6}[size] <= 360, body


def test_the_axis_spans_the_data_not_zero() -> None:
    ticks = re.findall(r">\$(\d+)k<", ladder_chart(RUNGS))
    assert ticks and min(int(t) for t in ticks) >= 100
