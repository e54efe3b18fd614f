"""The one bridge from offers and negotiation to `levelset.market`: a RangeReport becomes a
MarketRange value, so the offer and anchor code never query market data themselves."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from levelset.offers.placement import MarketRange

PREFERENCE = ("crowd", "oews_level", "lca", "oews")  # level-specific sources first
KEYS = (("p10", 10), ("p25", 25), ("p50", 50), ("p75", 75), ("p90", 90))


def market_range_for(
    title: str | None, level: str | None, location: str | None, company: str | None = None
) -> tuple[MarketRange | None, str | None]:
    """The best shown market range for this role, level and place, or None and the reason."""
    if not title:
        return None, "no title in the offer, so no market range"
    try:
        from levelset import market

        report = market.market_range(title, level, location, company=company)
    except (ImportError, AttributeError):
        return None, "the market range is not available in this build"
    except Exception as error:  # any market failure must not stop valuing an offer
        message = getattr(error, "message", None) or str(error)
        return None, f"no market range: {message}"
    chosen = _pick(getattr(report, "ranges", ()))
    if chosen is None:
        return None, "no market range with enough data for this role, level and place"
    return _to_range(chosen, title, level, location), None


def _pick(ranges: Any) -> Any:
    shown = [r for r in ranges if getattr(r, "shown", False)]
    for source in PREFERENCE:
        for cell in shown:
            if cell.source == source:
                return cell
    return shown[0] if shown else None


def _to_range(cell: Any, title: str, level: str | None, location: str | None) -> MarketRange:
    points = tuple(
        (pct, Decimal(str(round(cell.values[key]))))
        for key, pct in KEYS
        if cell.values.get(key) is not None
    )
    flags = ", ".join(getattr(cell, "flags", ()) or ())
    asked = f"asked for {location}; " if location and location != cell.area else ""
    note = f"{cell.area}" + (f" ({asked}{flags})" if flags or asked else "")
    return MarketRange(
        role=title,
        level=level,
        place=cell.area,
        currency=cell.currency,
        percentiles=points,
        source=f"{cell.label}, {cell.dataset}",
        as_of=cell.period,
        n=cell.n,
        basis=cell.basis,
        note=note,
    )
