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


LABEL_W, RIGHT, ROW_H, TOP = 190, 30, 46, 34


def range_chart(
    rows: Sequence[RangeRow],
    *,
    offer: float | None = None,
    currency: str = "USD",
    title: str = "Market range",
    offer_label: str = "Your offer",
    width: int = 720,
) -> str:
    """Horizontal percentile bands with an optional vertical marker for the user's offer."""
    values = [v for row in rows for v in row.values()] + ([offer] if offer is not None else [])
    height = TOP + ROW_H * max(len(rows), 1) + 40
    scale = svg.padded_scale(values, LABEL_W, width - RIGHT)
    body = _axis(scale, height, currency) + [svg.text(8, 18, title, size=14, weight="bold")]
    for index, row in enumerate(rows):
        body += _row(row, TOP + index * ROW_H, scale)
    if offer is not None:
        body += _offer_marker(offer, scale, height, currency, offer_label)
    desc = "; ".join(_describe(row, currency) for row in rows)
    if offer is not None:
        desc += f"; {offer_label}: {format_short(offer, currency)}"
    return svg.document(width, height, title, desc or "no data", body)


def _axis(scale: svg.Scale, height: int, currency: str) -> list[str]:
    parts = []
    for tick in scale.ticks(6):
        x = scale(tick)
        parts.append(svg.vline(x, TOP - 6, height - 30, svg.GRID))
        parts.append(
            svg.text(
                x,
                height - 14,
                format_short(tick, currency),
                size=11,
                anchor="middle",
                fill=svg.MUTED,
            )
        )
    return parts


def _row(row: RangeRow, y: float, scale: svg.Scale) -> list[str]:
    mid = y + 14
    parts = [svg.text(8, mid + 4, row.label, size=12, weight="bold")]
    if row.note:
        parts.append(svg.text(8, mid + 19, row.note, size=10, fill=svg.MUTED))
    if row.p10 is not None and row.p90 is not None:
        parts.append(_bar(scale(row.p10), scale(row.p90), mid, 10, svg.BAND_OUTER))
    if row.p25 is not None and row.p75 is not None:
        parts.append(_bar(scale(row.p25), scale(row.p75), mid, 18, svg.BAND_INNER))
    if row.p50 is not None:
        x = scale(row.p50)
        parts.append(svg.vline(x, mid - 12, mid + 12, svg.MEDIAN, 3))
    if not row.values():
        parts.append(
            svg.text(LABEL_W + 4, mid + 4, "hidden: sample too small", size=11, fill=svg.MUTED)
        )
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
    x = scale(offer)
    anchor = "end" if x > scale.end - 80 else "start"
    shift = -4 if anchor == "end" else 4
    return [
        svg.vline(x, TOP - 10, height - 30, svg.ACCENT, 2, dash="5 3"),
        svg.text(
            x + shift,
            TOP - 12,
            f"{label} {format_short(offer, currency)}",
            size=11,
            anchor=anchor,
            fill=svg.ACCENT,
            weight="bold",
        ),
    ]


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
