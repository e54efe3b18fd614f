"""A company's level ladder on one picture: every band's market range, the user's estimated
level, the target and the offer, highest band on top.

Each rung has its own lines (name and marks, then the source note, then its bar, then a total
pay bar where the user's own evidence has one), so no label can sit on another; marks that do
not fit beside the name move onto a line of their own. The money axis spans the data, not zero.
The market's bars are what its headline measures (`basis`: base pay, since every shipped source
measures base) and the legend says so, as it says the offer's mark is the offer's base pay;
total pay is drawn apart, in its own colour, and only from the user's own evidence. On a phone
the title and each rung's source note wrap onto more lines rather than being cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from levelset.charts import svg
from levelset.money import format_short

SIDE, TOP_LEGEND, LINE, TITLE_LINE, NOTE_LINE = 8, 40, 14, 17, 12
YOU = "#0f766e"  # teal: the user's own level
YOU_TINT = "#f0fdfa"
TARGET = "#7c3aed"
TOTAL = "#b45309"  # amber: total pay from the user's own evidence, apart from base pay
TOTAL_TINT = "#fde68a"
CHAR_W = {10: 5.6, 11: 6.3, 12: 7.0, 13: 7.6}


@dataclass(frozen=True)
class LadderRung:
    """One band of the ladder: its name there, the market's P25-P50-P75, what marks it."""

    name: str  # "L5 · senior"
    low: float | None
    mid: float | None
    high: float | None
    note: str = ""  # source · area · release · n
    you: bool = False
    target: bool = False
    offer: float | None = None  # the offer's pay, drawn on this rung
    offer_label: str = "offer"
    total: tuple[float, float, float] | None = None  # total pay P25, median, P75 (own evidence)
    total_note: str = ""  # its sources · area · n

    def values(self) -> list[float]:
        found = [v for v in (self.low, self.mid, self.high) if v is not None]
        return found + list(self.total or ()) + ([self.offer] if self.offer is not None else [])


def ladder_chart(
    rungs: Sequence[LadderRung],
    *,
    currency: str = "USD",
    title: str = "Level ladder",
    width: int = 720,
    basis: str = "base pay",
) -> str:
    """Rungs top (highest) to bottom as given; `width` 360 draws the phone layout; `basis` is
    what the market's money measures (the legend names it)."""
    values = [v for rung in rungs for v in rung.values()]
    scale = svg.padded_scale(values or [0.0, 1.0], SIDE + 4, width - SIDE - 4)
    lines = _wrap(title, width - 2 * SIDE, 13, most=3)
    body = [
        svg.text(SIDE, 20 + i * TITLE_LINE, line, size=13, weight="bold")
        for i, line in enumerate(lines)
    ]
    below = (len(lines) - 1) * TITLE_LINE
    legend, rows = _legend(rungs, width, basis, TOP_LEGEND + below)
    body += legend
    top: float = TOP_LEGEND + below + rows * 18
    layouts = []
    for rung in rungs:
        layout = _layout(rung, width, top, currency)
        layouts.append(layout)
        top = layout.bottom
    height = int(top) + 30
    body += _axis(scale, layouts[0].top if layouts else top, height, currency, width)
    for rung, layout in zip(rungs, layouts, strict=True):
        drawn = _rung(rung, layout, scale, currency, width)
        body.append(svg.mark(_describe(rung, currency, basis), drawn))
    desc = "; ".join(_describe(r, currency, basis) for r in rungs) or "no levels"
    return svg.document(width, height, title, desc, body)


@dataclass(frozen=True)
class _Layout:
    top: float
    name_y: float
    marks_y: float  # the marks' baseline: the name's line, or a line of their own
    marks_x: float
    note_y: float
    notes: tuple[str, ...]  # the source note, over as many lines as it needs (two at most)
    bar_y: float
    bottom: float


def _marks(rung: LadderRung, currency: str) -> list[tuple[str, str]]:
    found = []
    if rung.you:
        found.append(("your level (estimate)", YOU))
    if rung.target:
        found.append(("your target", TARGET))
    if rung.offer is not None:
        said = f"{rung.offer_label}, base {format_short(rung.offer, currency)}"
        found.append((said, svg.ACCENT))
    return found


def _text_width(text: str, size: int) -> float:
    return len(text) * CHAR_W.get(size, size * 0.58)


def _layout(rung: LadderRung, width: int, top: float, currency: str) -> _Layout:
    name_y = top + 14
    name_w = _text_width(rung.name, 12)
    marks_w = sum(_text_width(t, 11) + 12 for t, _ in _marks(rung, currency))
    beside = SIDE + name_w + 12 + marks_w <= width - SIDE
    marks_y = name_y if beside else name_y + LINE
    marks_x = SIDE + name_w + 12 if beside else SIDE
    notes = tuple(_wrap(rung.note, width - 2 * SIDE, 10, most=2)) if rung.note else ()
    note_y = marks_y + (LINE - 1 if notes else 0)
    bar_y = note_y + NOTE_LINE * max(len(notes) - 1, 0) + 16
    bottom = bar_y + 16 + (26 if rung.total else 0)  # total pay: its note, then its bar
    return _Layout(top, name_y, marks_y, marks_x, note_y, notes, bar_y, bottom)


def _legend(rungs: Sequence[LadderRung], width: int, basis: str, y: float) -> tuple[list[str], int]:
    """Each key names exactly what its mark is: the market's P25-P75 and median of `basis`,
    total pay's range from the user's evidence, the offer's base pay."""
    items = [(f"market {basis}, P25–P75", svg.BAND_INNER), ("market median", svg.MEDIAN)]
    if any(r.total for r in rungs):
        items.append(("total pay P25–P75 & median, your evidence", TOTAL))
    if any(r.offer is not None for r in rungs):
        items.append(("the offer's base pay", svg.ACCENT))
    if any(r.you for r in rungs):
        items.append(("your level (estimate)", YOU))
    if any(r.target for r in rungs):
        items.append(("your target", TARGET))
    return svg.legend(items, SIDE, y, width)


def _axis(scale: svg.Scale, top: float, height: int, currency: str, width: int) -> list[str]:
    parts = []
    for tick in scale.ticks(6 if width >= 560 else 4):
        x = scale(tick)
        parts.append(svg.vline(x, top, height - 24, svg.GRID))
        label = format_short(tick, currency)
        half = _text_width(label, 11) / 2
        anchor = "start" if x - half < 0 else "end" if x + half > width else "middle"
        parts.append(svg.text(x, height - 8, label, size=11, anchor=anchor, fill=svg.MUTED))
    return parts


def _rung(rung: LadderRung, at: _Layout, scale: svg.Scale, currency: str, width: int) -> list[str]:
    parts: list[str] = []
    if rung.you:
        parts.append(svg.el("rect", x=0, y=f"{at.top:.1f}", width=width,
                            height=f"{at.bottom - at.top + 2:.1f}", fill=YOU_TINT))  # fmt: skip
        parts.append(svg.el("rect", x=0, y=f"{at.top:.1f}", width=3,
                            height=f"{at.bottom - at.top + 2:.1f}", fill=YOU))  # fmt: skip
    parts += _bar(rung, at.bar_y, scale)
    if rung.total:
        parts += _total(rung.total, at.bar_y + 22, scale)
    parts.append(_halo(svg.text(SIDE, at.name_y, _fit(rung.name, width - 2 * SIDE, 12),
                                size=12, weight="bold")))  # fmt: skip
    x = at.marks_x
    for label, colour in _marks(rung, currency):
        parts.append(_halo(svg.text(x, at.marks_y, label, size=11, fill=colour, weight="bold")))
        x += _text_width(label, 11) + 12
    for index, note in enumerate(at.notes):
        y = at.note_y + index * NOTE_LINE
        parts.append(_halo(svg.text(SIDE, y, note, size=10, fill=svg.MUTED)))
    if rung.total:
        label = _fit(f"total pay (your evidence): {rung.total_note}", width - 2 * SIDE, 10)
        parts.append(_halo(svg.text(SIDE, at.bar_y + 16, label, size=10, fill=TOTAL)))
    return parts


def _total(total: tuple[float, float, float], top: float, scale: svg.Scale) -> list[str]:
    """Total pay's P25-P75 as a thinner amber bar under the base bar, its median marked."""
    low, mid, high = (scale(v) for v in total)
    bar = svg.el("rect", x=f"{low:.1f}", y=f"{top + 6:.1f}", width=f"{max(high - low, 1):.1f}",
                 height=8, fill=TOTAL_TINT, stroke=TOTAL, rx=2)  # fmt: skip
    return [bar, svg.vline(mid, top + 3, top + 17, TOTAL, 3)]


def _bar(rung: LadderRung, mid: float, scale: svg.Scale) -> list[str]:
    parts = []
    if rung.low is not None and rung.high is not None:
        x1, x2 = scale(rung.low), scale(rung.high)
        width = f"{max(x2 - x1, 1):.1f}"
        parts.append(svg.el("rect", x=f"{x1:.1f}", y=f"{mid - 7:.1f}", width=width, height=14,
                            fill=svg.BAND_INNER, rx=2))  # fmt: skip
    elif rung.mid is None:
        parts.append(svg.text(SIDE, mid + 4, "no market range for this level", size=11,
                              fill=svg.MUTED))  # fmt: skip
    if rung.mid is not None:
        parts.append(svg.vline(scale(rung.mid), mid - 9, mid + 9, svg.MEDIAN, 3))
    if rung.offer is not None:
        x = scale(rung.offer)
        corners = ((x, mid - 9), (x + 7, mid), (x, mid + 9), (x - 7, mid))
        diamond = " ".join(f"{a:.1f},{b:.1f}" for a, b in corners)
        parts.append(svg.el("polygon", points=diamond, fill=svg.ACCENT, stroke="#ffffff",
                            stroke_width=1.5))  # fmt: skip
    return parts


def _wrap(text: str, room: float, size: int, most: int) -> list[str]:
    """The text over lines that fit `room` pixels, broken between words (after " · " first),
    at most `most` lines; only a text longer than that is cut, on its last line."""
    chars = max(int(room / CHAR_W.get(size, size * 0.58)), 1)
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < most - 1 and len(rest) > chars:
        head = rest[: chars + 1]
        cut = head.rfind(" · ")
        at, skip = (cut, 3) if cut > chars // 3 else (head.rfind(" "), 1)
        if at <= 0:
            at, skip = chars, 0
        lines.append(rest[:at].rstrip())
        rest = rest[at + skip :].lstrip()
    if rest:
        lines.append(_fit(rest, room, size))
    return lines


def _fit(text: str, room: float, size: int) -> str:
    chars = int(room / CHAR_W.get(size, size * 0.58))
    return text if len(text) <= chars else text[: max(chars - 1, 1)].rstrip() + "…"


def _halo(text: str) -> str:
    return text.replace("<text ", "<text " + svg.HALO, 1)


def _describe(rung: LadderRung, currency: str, basis: str) -> str:
    marks = [t for t, _ in _marks(rung, currency)]
    if rung.low is not None and rung.mid is not None and rung.high is not None:
        money = f"market {basis} " + "P25 {} · median {} · P75 {}".format(
            *(format_short(v, currency) for v in (rung.low, rung.mid, rung.high))
        )
    else:
        money = "no market range"
    if rung.total:
        money += "; total pay (your evidence) P25 {} · median {} · P75 {}".format(
            *(format_short(v, currency) for v in rung.total)
        )
    return f"{rung.name}: {money}" + (f" ({', '.join(marks)})" if marks else "")
