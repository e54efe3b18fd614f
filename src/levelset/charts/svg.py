"""The few SVG building blocks the charts share: escaping, elements, palette, axis scale."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

FONT = "Helvetica, Arial, sans-serif"
INK = "#1f2933"
MUTED = "#52606d"
# a white outline behind a label (drawn first in a browser), so it reads over a line
HALO = 'stroke="#ffffff" stroke-width="3" paint-order="stroke" '
GRID = "#d9e2ec"
ACCENT = "#c2410c"  # the user's own number (offer) stands out from the data colours
# Colour-blind-safe series colours with enough contrast on white.
PALETTE = ("#1d4ed8", "#0f766e", "#7c3aed", "#b45309", "#be123c", "#334155")
BAND_OUTER = "#bfdbfe"
BAND_INNER = "#60a5fa"
MEDIAN = "#1e3a8a"


def escape(text: str) -> str:
    """`html.escape(text)`: & < > " and ' as entities, without importing html (its entities
    module's 2,000 names are a cold start's 8 M instructions)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def attrs(values: dict[str, object]) -> str:
    return " ".join(
        f'{k.rstrip("_").replace("_", "-")}="{escape(str(v))}"' for k, v in values.items()
    )


def el(tag: str, content: str = "", **values: object) -> str:
    """One SVG element; attribute names use _ for - (font_size -> font-size)."""
    if content:
        return f"<{tag} {attrs(values)}>{content}</{tag}>"
    return f"<{tag} {attrs(values)}/>"


def vline(x: float, y1: float, y2: float, colour: str, width: float = 1, dash: str = "") -> str:
    """A vertical line at x, from y1 down to y2 (grid lines, medians, markers)."""
    dashed = {"stroke_dasharray": dash} if dash else {}
    return el(
        "line",
        x1=f"{x:.1f}",
        x2=f"{x:.1f}",
        y1=y1,
        y2=y2,
        stroke=colour,
        stroke_width=width,
        **dashed,
    )


def text(
    x: float,
    y: float,
    body: str,
    *,
    size: int = 12,
    anchor: str = "start",
    fill: str = INK,
    weight: str = "normal",
) -> str:
    return el(
        "text",
        escape(body),
        x=f"{x:.1f}",
        y=f"{y:.1f}",
        font_size=size,
        font_family=FONT,
        text_anchor=anchor,
        fill=fill,
        font_weight=weight,
    )


def heading(title: str, width: float, size: int = 14) -> str:
    """A chart's title at its top left, cut with an ellipsis to the chart's width (the full
    title stays the chart's accessible name)."""
    room = int((width - 16) / (size * 0.6))
    shown = title if len(title) <= room else title[: max(room - 1, 1)].rstrip() + "…"
    return text(8, 20, shown, size=size, weight="bold")


NARROW = 400  # a chart drawn at most this wide is the phone's drawing
PHONE, SCREEN = 360, 640  # the two drawings of a chart a page can show


def drawn_twice(draw: Callable[[int], str]) -> dict[str, str]:
    """A chart drawn for a wide screen and for a phone; the page shows the one that fits."""
    return {"wide": draw(SCREEN), "narrow": draw(PHONE)}


def mark(label: str, parts: Sequence[str], *, focus: bool = True) -> str:
    """Marks that carry one value: hovering shows `label` (its <title>, and the page's tooltip
    from data-value); with `focus` they are a tab stop that names it too, so a keyboard reaches
    every number the mouse does."""
    keys = {"tabindex": 0, "role": "img", "aria_label": label} if focus else {}
    return el("g", el("title", escape(label)) + "".join(parts), data_value=label, **keys)


def document(width: int, height: int, title: str, desc: str, body: Sequence[str]) -> str:
    """A complete, responsive SVG with an accessible name and description; a chart whose
    marks can be focused is a group (its marks name their values), any other an image."""
    role = "group" if any('tabindex="0"' in part for part in body) else "img"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="{role}" aria-labelledby="t d" '
        f'style="max-width:100%;height:auto">'
    )
    return "".join(
        [
            head,
            el("title", escape(title), id="t"),
            el("desc", escape(desc), id="d"),
            el("rect", x=0, y=0, width=width, height=height, fill="#ffffff"),
            *body,
            "</svg>",
        ]
    )


@dataclass(frozen=True)
class Scale:
    """Maps data values onto a pixel span, with round tick values."""

    low: float
    high: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        if self.high == self.low:
            return (self.start + self.end) / 2
        return self.start + (value - self.low) / (self.high - self.low) * (self.end - self.start)

    def ticks(self, count: int = 5) -> list[float]:
        step = nice_step((self.high - self.low) / max(count, 1))
        first = (self.low // step) * step
        values, value = [], first
        while value <= self.high + step * 1e-9:
            if value >= self.low - step * 1e-9:
                values.append(value)
            value += step
        return values


def nice_step(raw: float) -> float:
    """1, 2, 2.5 or 5 times a power of ten, at least `raw`."""
    if raw <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return float(factor * power)
    return 10.0 * power


def padded_scale(values: Sequence[float], start: float, end: float, *, zero: bool = False) -> Scale:
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if zero:
        low = min(0.0, low)
    pad = (high - low) * 0.06 or abs(high) * 0.1 or 1.0
    step = nice_step((high - low + 2 * pad) / 20)  # edges on a fine grid: the axis hugs the data
    low_edge = low if zero and low == 0 else (low - pad) // step * step
    if zero and low >= 0:
        low_edge = max(low_edge, 0.0)
    high_edge = -((-(high + pad)) // step) * step
    return Scale(low_edge, high_edge, start, end)


Formatter = Callable[[float], str]


def plain_number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 10 else f"{value:.2g}"


def printable(chart: str) -> str:
    """The chart without <title>/<desc>, for PDF renderers that do not know those tags."""
    import re

    return re.sub(r"<(title|desc)[^>]*>.*?</\1>", "", chart, flags=re.DOTALL)


def legend(
    items: Sequence[tuple[str, str]], x: float, y: float, width: float
) -> tuple[list[str], int]:
    """Colour keys with their names, flowing onto more rows rather than running into each
    other or off the chart; the parts and the number of rows."""
    parts: list[str] = []
    left, row = x, 0
    for name, colour in items:
        room = 14 + len(name) * 6.4 + 18
        if left + room > width - 8 and left > x:
            left, row = x, row + 1
        top = y + row * 18
        parts.append(el("rect", x=f"{left:.1f}", y=f"{top - 9:.1f}", width=10, height=10,
                        fill=colour))  # fmt: skip
        parts.append(text(left + 14, top, name, size=11))
        left += room
    return parts, row + 1
