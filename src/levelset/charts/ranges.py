"""Percentile bands (P10-P90 outer, P25-P75 inner, median tick), one row per source or place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from levelset.charts import svg
from levelset.money import format_short


@dataclass(frozen=True)
class RangeRow:
    """One range to draw; None percentiles were hidden (thin sample) and are not drawn."""

    label: str
    p10: float | None
    p25: float | None
    p50: float | None
    p75: float | None
    p90: float | None
    note: str = ""  # e.g. "BLS OEWS May 2025 · n=12,340"

    def values(self) -> list[float]:
        return [v for v in (self.p10, self.p25, self.p50, self.p75, self.p90) if v is not None]


SIDE, ROW_H, LEGEND_Y, TOP = 8, 54, 40, 76
CHAR_W = {10: 5.6, 12: 7.6, 13: 8.0}  # average glyph width of the (bold) chart font, to fit text
ANCHOR, ANCHOR_ROOM = "#0f766e", 20  # the anchor's colour, and the room for its label


def range_chart(
    rows: Sequence[RangeRow],
    *,
    offer: float | None = None,
    currency: str = "USD",
    title: str = "Market range",
    offer_label: str = "Your offer",
    width: int = 720,
    anchor: float | None = None,
) -> str:
    """Horizontal percentile bands with optional vertical markers for the user's offer and
    anchor (the anchor's label sits under the axis, the offer's above the rows).

    Each row's name and note sit on their own lines above its band, so nothing overlaps and
    the bands use the chart's whole width (a 360 px chart reads well on a phone); the axis
    spans the data, not zero; a legend names every mark.
    """
    marks = [m for m in (offer, anchor) if m is not None]
    values = [v for row in rows for v in row.values()] + marks
    height = TOP + ROW_H * max(len(rows), 1) + 30
    scale = svg.padded_scale(values, SIDE + 4, width - SIDE - 4)
    ticks = 6 if width >= 560 else 4
    body = [svg.text(SIDE, 20, _fit(title, width, 13), size=13, weight="bold")]
    body += _legend(width, offer is not None, anchor is not None)
    body += _axis(scale, height, currency, ticks)
    for index, row in enumerate(rows):
        if row.values():  # each row's band is a tab stop naming its percentiles
            bands = _bands(row, TOP + index * ROW_H + 40, scale)
            body.append(svg.mark(_describe(row, currency), bands))
    if anchor is not None:
        label = f"Your anchor {format_short(anchor, currency)}"
        body.append(svg.mark(label, _anchor_marker(anchor, scale, height, currency)))
    if offer is not None:  # over the bands, under the words
        label = f"{offer_label} {format_short(offer, currency)}"
        body.append(svg.mark(label, _offer_marker(offer, scale, height, currency, offer_label)))
    for index, row in enumerate(rows):
        body += _words(row, TOP + index * ROW_H, width)
    desc = "; ".join(_describe(row, currency) for row in rows)
    if offer is not None:
        desc += f"; {offer_label}: {format_short(offer, currency)}"
    if anchor is not None:
        desc += f"; your anchor: {format_short(anchor, currency)}"
    total = height + (ANCHOR_ROOM if anchor is not None else 0)
    return svg.document(width, total, title, desc or "no data", body)


def _fit(text: str, width: float, size: int) -> str:
    """The text, cut with an ellipsis to what fits in `width` pixels at this font size."""
    room = int((width - 2 * SIDE) / CHAR_W.get(size, size * 0.58))
    return text if len(text) <= room else text[: max(room - 1, 1)].rstrip() + "…"


def _legend(width: int, with_offer: bool, with_anchor: bool = False) -> list[str]:
    """Swatches for the marks: outer band, inner band, median, the offer and the anchor when
    shown (on a narrow chart the anchor is named by its own label only)."""
    y, x = LEGEND_Y, float(SIDE)
    parts: list[str] = []
    items = [("P10–P90", svg.BAND_OUTER, 10), ("P25–P75", svg.BAND_INNER, 14), ("median", "", 0)]
    for name, colour, thickness in items:
        if colour:
            parts.append(_bar(x, x + 22, y - 4, thickness, colour))
        else:
            parts.append(svg.el("rect", x=f"{x + 10:.1f}", y=y - 12, width=3, height=16,
                                fill=svg.MEDIAN))  # fmt: skip
        parts.append(svg.text(x + 28, y, name, size=11, fill=svg.MUTED))
        x += 28 + len(name) * 6.4 + 14
    if with_offer:
        for dash in range(3):  # drawn as small rects: the chart's only dashed line is the offer
            parts.append(svg.el("rect", x=f"{x + dash * 8:.1f}", y=y - 5, width=5, height=2,
                                fill=svg.ACCENT))  # fmt: skip
        parts.append(svg.text(x + 28, y, "offer", size=11, fill=svg.MUTED))
        x += 28 + 5 * 6.4 + 14
    if with_anchor and x + 28 + 6 * 6.4 <= width - SIDE:
        parts.append(svg.el("rect", x=f"{x + 10:.1f}", y=y - 12, width=2, height=16,
                            fill=ANCHOR))  # fmt: skip
        parts.append(svg.text(x + 28, y, "anchor", size=11, fill=svg.MUTED))
    return parts


def _axis(scale: svg.Scale, height: int, currency: str, count: int) -> list[str]:
    parts = []
    for tick in scale.ticks(count):
        x = scale(tick)
        parts.append(svg.vline(x, TOP - 4, height - 26, svg.GRID))
        label = format_short(tick, currency)
        anchor = "start" if x - len(label) * 3.3 < 0 else "middle"
        parts.append(svg.text(x, height - 10, label, size=11, anchor=anchor, fill=svg.MUTED))
    return parts


def _words(row: RangeRow, y: float, width: int) -> list[str]:
    """The row's name and note above its band, each on a white halo over the offer line."""
    parts = [_halo(svg.text(SIDE, y + 12, _fit(row.label, width, 12), size=12, weight="bold"))]
    if row.note:
        note = svg.text(SIDE, y + 25, _fit(row.note, width, 10), size=10, fill=svg.MUTED)
        parts.append(_halo(note))
    if not row.values():
        parts.append(svg.text(SIDE, y + 44, "hidden: sample too small", size=11, fill=svg.MUTED))
    return parts


def _halo(text: str) -> str:
    return text.replace("<text ", "<text " + svg.HALO, 1)


def _bands(row: RangeRow, mid: float, scale: svg.Scale) -> list[str]:
    parts = []
    if row.p10 is not None and row.p90 is not None:
        parts.append(_bar(scale(row.p10), scale(row.p90), mid, 10, svg.BAND_OUTER))
    if row.p25 is not None and row.p75 is not None:
        parts.append(_bar(scale(row.p25), scale(row.p75), mid, 16, svg.BAND_INNER))
    if row.p50 is not None:
        x = scale(row.p50)
        parts.append(svg.vline(x, mid - 10, mid + 10, svg.MEDIAN, 3))
    return parts


def _bar(x1: float, x2: float, mid: float, thickness: float, colour: str) -> str:
    return svg.el(
        "rect",
        x=f"{x1:.1f}",
        y=f"{mid - thickness / 2:.1f}",
        width=f"{max(x2 - x1, 1):.1f}",
        height=thickness,
        fill=colour,
        rx=2,
    )


def _offer_marker(
    offer: float, scale: svg.Scale, height: int, currency: str, label: str
) -> list[str]:
    """The offer's dashed line across every row, its label at the top kept inside the chart."""
    x = scale(offer)
    text = f"{label} {format_short(offer, currency)}"
    half = len(text) * 3.4
    anchor = (
        "end" if x + half > scale.end + 4 else "start" if x - half < scale.start - 4 else "middle"
    )
    return [
        svg.vline(x, TOP - 8, height - 26, svg.ACCENT, 2, dash="5 3"),
        _halo(svg.text(x, TOP - 12, text, size=11, anchor=anchor, fill=svg.ACCENT, weight="bold")),
    ]


def _anchor_marker(anchor: float, scale: svg.Scale, height: int, currency: str) -> list[str]:
    """The anchor's solid line across every row, its label under the axis, inside the chart."""
    x = scale(anchor)
    text = f"Your anchor {format_short(anchor, currency)}"
    half = len(text) * 3.4
    anchor_at = (
        "end" if x + half > scale.end + 4 else "start" if x - half < scale.start - 4 else "middle"
    )
    return [
        svg.vline(x, TOP - 8, height - 26, ANCHOR, 2),
        svg.text(x, height + ANCHOR_ROOM - 6, text, size=11, anchor=anchor_at, fill=ANCHOR,
                 weight="bold"),
    ]  # fmt: skip


def _describe(row: RangeRow, currency: str) -> str:
    if not row.values():
        return f"{row.label}: hidden"
    cells = zip(
        ("P10", "P25", "P50", "P75", "P90"),
        (row.p10, row.p25, row.p50, row.p75, row.p90),
        strict=True,
    )
    shown = ", ".join(f"{name} {format_short(v, currency)}" for name, v in cells if v is not None)
    return f"{row.label}: {shown}"
