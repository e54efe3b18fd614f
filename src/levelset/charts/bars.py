"""Bar charts: plain bars, a funnel (bars with conversion between stages), stacked bars."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from levelset.charts import svg
from levelset.charts.lines import Series


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    note: str = ""  # shown after the value, e.g. "n=12" or "95% CI 10-31%"


LABEL_W, ROW_H, TOP = 170, 34, 36


def bar_chart(
    bars: Sequence[Bar],
    *,
    title: str,
    value_format: svg.Formatter = svg.plain_number,
    width: int = 640,
    maximum: float | None = None,
) -> str:
    """Horizontal bars, one per label, each with its value written beside it; drawn for a
    phone (`width` 360) each label sits above its bar, so the bars keep the width."""
    narrow = width <= svg.NARROW
    row_h = ROW_H + 16 if narrow else ROW_H
    height = TOP + row_h * max(len(bars), 1) + 12
    top = maximum if maximum is not None else max((b.value for b in bars), default=1.0) or 1.0
    start = 8 if narrow else LABEL_W
    words = max((len(f"{value_format(b.value)} {b.note}".strip()) for b in bars), default=0)
    room = max(width * 0.4, width - 6.2 * words - 14) if narrow else width - 150
    scale = svg.Scale(0, top, start, room)
    body = [svg.heading(title, width)]
    for index, bar in enumerate(bars):
        y = TOP + index * row_h
        said = f"{bar.label}: {value_format(bar.value)} {bar.note}".strip()
        parts = [svg.text(8, y + 12, bar.label, size=12)] if narrow else []
        y += 16 if narrow else 0
        parts += _bar_row(bar, y, scale, svg.PALETTE[0], value_format, not narrow)
        body.append(svg.mark(said, parts))
    desc = "; ".join(f"{b.label}: {value_format(b.value)} {b.note}".strip() for b in bars)
    return svg.document(width, height, title, desc or "no data", body)


def funnel_chart(
    stages: Sequence[tuple[str, int]], *, title: str = "Funnel", width: int = 640
) -> str:
    """Counts per stage, with the share of the first stage that reached each one."""
    first = stages[0][1] if stages and stages[0][1] else 0
    bars = [
        Bar(name, count, f"{count / first:.0%} of {stages[0][0].lower()}" if first and i else "")
        for i, (name, count) in enumerate(stages)
    ]
    return bar_chart(bars, title=title, value_format=lambda v: f"{v:,.0f}", width=width)


def _bar_row(
    bar: Bar, y: float, scale: svg.Scale, colour: str, fmt: svg.Formatter, label: bool = True
) -> list[str]:
    x_end = scale(max(bar.value, 0))
    return [
        *([svg.text(8, y + 17, bar.label, size=12)] if label else []),
        svg.el(
            "rect",
            x=f"{scale.start:.1f}",
            y=f"{y + 4:.1f}",
            width=f"{max(x_end - scale.start, 1):.1f}",
            height=20,
            fill=colour,
            rx=2,
        ),
        svg.text(
            x_end + 6, y + 18, f"{fmt(bar.value)} {bar.note}".strip(), size=11, fill=svg.MUTED
        ),
    ]


def stacked_bar_chart(
    categories: Sequence[str],
    stacks: Sequence[Series],
    *,
    title: str,
    value_format: svg.Formatter = svg.plain_number,
    width: int = 640,
) -> str:
    """Vertical bars per category (e.g. offer year), stacked by component (base, bonus, ...).

    Each Series holds one component; its points are (category, value) in category order.
    """
    height, left, bottom, top = 320, 70, 60, 40
    totals = [sum(_value(s, c) for s in stacks) for c in categories]
    scale = svg.padded_scale([*totals, 0.0], height - bottom, top, zero=True)
    body = [svg.heading(title, width)] + _y_axis(scale, left, width, value_format)
    slot = (width - left - 20) / max(len(categories), 1)
    for index, category in enumerate(categories):
        body += _stack(
            category, stacks, left + index * slot + slot * 0.2, slot * 0.6, scale, value_format
        )
    keys, rows = svg.legend(
        [(s.name, s.colour_at(i)) for i, s in enumerate(stacks)], left, height - 18, width
    )
    body += keys
    desc = "; ".join(
        f"{c}: total {value_format(t)}" for c, t in zip(categories, totals, strict=True)
    )
    return svg.document(width, height + 18 * (rows - 1), title, desc or "no data", body)


def _value(series: Series, category: str) -> float:
    return next((v or 0.0 for c, v in series.points if c == category), 0.0)


def _stack(
    category: str,
    stacks: Sequence[Series],
    x: float,
    w: float,
    scale: svg.Scale,
    fmt: svg.Formatter,
) -> list[str]:
    parts: list[str] = []
    running, said = 0.0, []
    for index, series in enumerate(stacks):
        value = _value(series, category)
        if value <= 0:
            continue
        y_top, y_bottom = scale(running + value), scale(running)
        block = svg.el(
            "rect",
            x=f"{x:.1f}",
            y=f"{y_top:.1f}",
            width=f"{w:.1f}",
            height=f"{max(y_bottom - y_top, 0.5):.1f}",
            fill=series.colour_at(index),
        )
        parts.append(svg.mark(f"{category} {series.name}: {fmt(value)}", [block], focus=False))
        said.append(f"{series.name} {fmt(value)}")
        running += value
    parts.append(svg.text(x + w / 2, scale(running) - 6, fmt(running), size=11, anchor="middle"))
    parts.append(
        svg.text(x + w / 2, scale(0) + 16, category, size=11, anchor="middle", fill=svg.MUTED)
    )
    label = f"{category}: " + ", ".join(said) + f"; total {fmt(running)}"
    return [svg.mark(label, parts)]


def _y_axis(scale: svg.Scale, left: float, width: float, fmt: svg.Formatter) -> list[str]:
    parts = []
    for tick in scale.ticks(5):
        y = scale(tick)
        parts.append(
            svg.el("line", x1=left, x2=width - 10, y1=f"{y:.1f}", y2=f"{y:.1f}", stroke=svg.GRID)
        )
        parts.append(svg.text(left - 6, y + 4, fmt(tick), size=10, anchor="end", fill=svg.MUTED))
    return parts
