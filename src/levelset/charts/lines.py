"""Line charts over ordered categories (weeks, months), gaps where a value is missing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from levelset.charts import svg


@dataclass(frozen=True)
class Series:
    """A named sequence of (category, value) points; None leaves a gap."""

    name: str
    points: tuple[tuple[str, float | None], ...]
    colour: str | None = None  # fixed, so one offer or component keeps its colour everywhere

    def colour_at(self, index: int) -> str:
        return self.colour or svg.PALETTE[index % len(svg.PALETTE)]


WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 640, 300, 64, 44, 40, 64
FOCUS_MOST = 36  # up to this many points each is a tab stop; beyond, each line is one


def line_chart(
    series: Sequence[Series],
    *,
    title: str,
    value_format: svg.Formatter = svg.plain_number,
    minimum: float | None = 0.0,
    maximum: float | None = None,
    width: int = WIDTH,
) -> str:
    """One line per series across the union of categories, in first-seen order; `width`
    360 draws it for a phone (fewer category labels, a title cut to fit)."""
    categories = _categories(series)
    values = [v for s in series for _, v in s.points if v is not None]
    bounds = [
        *values,
        *([minimum] if minimum is not None else []),
        *([maximum] if maximum is not None else []),
    ]
    scale_y = svg.padded_scale(bounds or [0.0, 1.0], HEIGHT - BOTTOM, TOP, zero=minimum == 0)
    if maximum is not None:
        scale_y = svg.Scale(scale_y.low, max(maximum, scale_y.low + 1e-9), HEIGHT - BOTTOM, TOP)
    right = RIGHT if width > svg.NARROW else 24
    step = (width - LEFT - right) / max(len(categories) - 1, 1)
    x_of = {c: LEFT + i * step for i, c in enumerate(categories)}
    body = [svg.heading(title, width), *_grid(scale_y, value_format, width - right)]
    body += _x_labels(categories, x_of, 8 if width > svg.NARROW else 3)
    points = sum(1 for s in series for _, v in s.points if v is not None)
    for index, item in enumerate(series):  # few points: each a tab stop; many: each line one
        colour, few = item.colour_at(index), points <= FOCUS_MOST
        drawn = _line(item, x_of, scale_y, colour, value_format, few)
        if points > FOCUS_MOST:
            said = ", ".join(f"{c} {value_format(v)}" for c, v in item.points if v is not None)
            drawn = [svg.mark(f"{item.name}: {said}", drawn)]
        body += drawn
    keys, rows = svg.legend(
        [(s.name, s.colour_at(i)) for i, s in enumerate(series)], LEFT, HEIGHT - 13, width
    )
    body += keys
    desc = "; ".join(
        f"{s.name}: " + ", ".join(f"{c} {value_format(v)}" for c, v in s.points if v is not None)
        for s in series
    )
    return svg.document(width, HEIGHT + 18 * (rows - 1), title, desc or "no data", body)


def _categories(series: Sequence[Series]) -> list[str]:
    seen: list[str] = []
    for item in series:
        for category, _ in item.points:
            if category not in seen:
                seen.append(category)
    return seen


def _grid(scale: svg.Scale, fmt: svg.Formatter, end: float) -> list[str]:
    parts = []
    for tick in scale.ticks(5):
        y = scale(tick)
        parts.append(svg.el("line", x1=LEFT, x2=end, y1=f"{y:.1f}", y2=f"{y:.1f}", stroke=svg.GRID))
        parts.append(svg.text(LEFT - 6, y + 4, fmt(tick), size=10, anchor="end", fill=svg.MUTED))
    return parts


def _x_labels(categories: list[str], x_of: dict[str, float], most: int) -> list[str]:
    every = max(1, len(categories) // most)  # few labels on long spans: legible
    return [
        svg.text(x_of[c], HEIGHT - BOTTOM + 16, c, size=10, anchor="middle", fill=svg.MUTED)
        for i, c in enumerate(categories)
        if i % every == 0
    ]


def _line(
    item: Series,
    x_of: dict[str, float],
    scale: svg.Scale,
    colour: str,
    fmt: svg.Formatter,
    focus: bool,
) -> list[str]:
    parts: list[str] = []
    run: list[str] = []
    for category, value in [*item.points, ("", None)]:
        if value is None:
            if len(run) > 1:
                parts.append(
                    svg.el(
                        "polyline", points=" ".join(run), fill="none", stroke=colour, stroke_width=2
                    )
                )
            run = []
            continue
        x, y = x_of[category], scale(value)
        run.append(f"{x:.1f},{y:.1f}")
        dot = svg.el("circle", cx=f"{x:.1f}", cy=f"{y:.1f}", r=3, fill=colour)
        hit = svg.el("circle", cx=f"{x:.1f}", cy=f"{y:.1f}", r=8, fill="transparent")
        label = f"{item.name}, {category}: {fmt(value)}"
        parts.append(svg.mark(label, [dot, hit], focus=focus))
    return parts
