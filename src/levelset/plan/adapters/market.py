"""The market range for the user's target (or the offer's role) -> MarketInput."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from levelset.market.bridge import thin_reason
from levelset.market.registry import preferred
from levelset.plan.inputs import MarketInput, MarketRow, OfferInput


def _amount(value: Decimal | None) -> float | None:
    """Market money (Decimal) as the float a MarketRow holds for its chart."""
    return None if value is None else float(value)


def _row(cell: Any) -> MarketRow:
    values = cell.values
    return MarketRow(
        label=cell.label,
        source=f"{cell.label}, {cell.area}",
        release=cell.period,
        n=cell.n,
        n_counts=cell.n_label,
        p10=_amount(values.get("p10")),
        p25=_amount(values.get("p25")),
        p50=_amount(values.get("p50")),
        p75=_amount(values.get("p75")),
        p90=_amount(values.get("p90")),
        flags=tuple(cell.flags),
        age_months=cell.age_months,
        area=cell.area,
    )


def _headline(report: Any) -> MarketRow | None:
    head = report.headline
    if head is None:
        return None
    used = [c for c in report.ranges if c.shown and c.label in head.sources]
    parts = [f"{c.label}, {c.area}, n={c.n:,} {c.n_label}, {_dated(c)}" for c in used]
    return MarketRow(
        label="Blended range",
        source="blend",
        release="",
        n=None,
        p25=_amount(head.low),
        p50=_amount(head.mid),
        p75=_amount(head.high),
        note=_blend_note(parts),
    )


def _blend_note(parts: list[str]) -> str:
    """ "blend of 2 sources: A, area, n, date; B, ...": each source's details are commas, so
    the sources part at semicolons ("blend of OEWS blend at senior, ... and LCA ..." read as
    one source's name running into the next)."""
    if len(parts) == 1:
        return f"from {parts[0]}"
    return f"blend of {len(parts)} sources: {'; '.join(parts)}"


def _dated(cell: Any) -> str:
    """ "May 2025", or "May 2025, 18 months old" past a year (issue 13: age is flagged)."""
    period = str(cell.period).split(" (")[0]
    if "dated" in cell.flags and cell.age_months is not None:
        return f"{period}, {cell.age_months} months old"
    return period


def _placed(report: Any) -> Any:
    """The row the offer is read in: the anchor's row, even when it places the offer only in a
    band (a thin row), never another row chosen because it gives an exact percentile."""
    placed = [c for c in report.ranges if c.shown and c.offer_position is not None]
    return preferred(placed)  # level-specific sources first, moved to the place when moved


def _offer_band(report: Any) -> str | None:
    """ "between P25 and P50" when the offer's row is thin and places it in a band."""
    cell = _placed(report)
    if cell is None or cell.offer_percentile is not None or "thin" not in cell.flags:
        return None
    low, _dash, high = str(cell.offer_position).partition("-")
    return f"between {low} and {high}" if high else None


def _offer_percentile(report: Any) -> float | None:
    cell = _placed(report)
    return None if cell is None or cell.offer_percentile is None else float(cell.offer_percentile)


def _offer_source(report: Any) -> str | None:
    """The range the offer's percentile is read in, named as every market figure is named."""
    cell = _placed(report)
    if cell is None:
        return None
    released = "employment-not-released" not in cell.flags
    size = f"n={cell.n:,} {cell.n_label}" if released else "employment not released"
    thin = f", thin: {thin_reason(cell) or 'a small sample'}" if "thin" in cell.flags else ""
    return f"{cell.label}, {cell.area}, {_dated(cell)}, {size}{thin}"


def market_input(report: Any) -> MarketInput:
    """The plan's view of a `levelset.market` RangeReport."""
    used = set(report.headline.sources) if report.headline else set()
    # The headline's own sources first, so a short chart shows what the blend is made of.
    ordered = sorted(report.ranges, key=lambda c: (c.label not in used, not c.shown))
    rows = tuple(_row(c) for c in ordered)
    head = _headline(report)
    return MarketInput(
        role=report.role.label,
        level=report.level.band.label if report.level else None,
        location=report.place.name if report.place else None,
        currency=head_currency(report),
        rows=rows,
        headline=head,
        caveats=tuple(report.caveats) + ((report.headline.method,) if report.headline else ()),
        offer_percentile=_offer_percentile(report),
        offer_source=_offer_source(report),
        offer_band=_offer_band(report),
    )


def head_currency(report: Any) -> str:
    if report.headline is not None:
        return str(report.headline.currency)
    return str(report.ranges[0].currency) if report.ranges else "USD"


def in_currency(offer: OfferInput, currency: str) -> Decimal | None:
    """The offer's base in `currency` at the shipped rates, or None without a rate."""
    from levelset.errors import LevelsetError
    from levelset.offers.currency import shipped_rates

    try:
        return shipped_rates().convert(offer.base, offer.currency, currency)
    except LevelsetError:
        return None


def too_thin(title: str, level: str | None, place: str | None) -> Exception:
    from levelset.errors import DataUnavailable

    where = ", ".join(p for p in (level, place) if p)
    return DataUnavailable(
        f"no source has enough data to show a range for {title}" + (f" ({where})" if where else ""),
        hint="try a broader title or place with `levelset range TITLE --level ... --location ...`",
    )
