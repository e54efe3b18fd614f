"""The one bridge from offers and negotiation to `levelset.market`: a RangeReport becomes a
MarketRange value, so the offer and anchor code never query market data themselves."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from levelset.app.workspace import Workspace
from levelset.market.bridge import thin_reason
from levelset.market.privacy import THIN
from levelset.market.registry import preferred, spec_of
from levelset.offers.placement import MarketRange

SMALL_SAMPLE = 30  # below this a percentile moves a lot with a few answers (SourceSpec default)
KEYS = (("p10", 10), ("p25", 25), ("p50", 50), ("p75", 75), ("p90", 90))


def market_range_for(
    ws: Workspace,
    title: str | None,
    level: str | None,
    location: str | None,
    company: str | None = None,
) -> tuple[MarketRange | None, str | None]:
    """The best shown market range for this role, level and place, or None and the reason."""
    if not title:
        return None, "no title in the offer, so no market range"
    try:
        from levelset.app import market

        report = market.market_range(ws, title, level, location, company=company)
    except (ImportError, AttributeError):
        return None, "the market range is not available in this build"
    except Exception as error:  # any market failure must not stop valuing an offer
        message = getattr(error, "message", None) or str(error)
        return None, f"no market range: {message}"
    chosen = _pick(getattr(report, "ranges", ()))
    if chosen is None:
        return None, "no market range with enough data for this role, level and place"
    return _to_range(chosen, report, location), None


def _pick(ranges: Any) -> Any:
    """Level-specific sources first; a national row moved to the place before the row itself."""
    return preferred([r for r in ranges if getattr(r, "shown", False)])


def _to_range(cell: Any, report: Any, location: str | None) -> MarketRange:
    points = tuple(
        (pct, Decimal(str(cell.values[key])))  # as published: placed as `range --offer` places
        for key, pct in KEYS
        if cell.values.get(key) is not None
    )
    band = getattr(getattr(report.level, "band", None), "value", None) if report.level else None
    spec = spec_of(cell.source)
    return MarketRange(
        role=report.role.label,
        level=band,
        place=cell.area,
        currency=cell.currency,
        percentiles=points,
        source=_source_name(cell),
        as_of=_flat(str(cell.period)),
        # BLS withheld the employment: no count, never "n=0"
        n=None if "employment-not-released" in cell.flags else cell.n,
        basis=spec.basis_plural if spec else "pay",
        note=_note(cell, report, location),
        age_months=getattr(cell, "age_months", None),
        dated="dated" in cell.flags,
        thin=thin_of(cell),
        n_counts=getattr(cell, "n_label", None) or None,
    )


def thin_of(cell: Any) -> str | None:
    """Why a market row is thin, in words, or None: the same flag and reason `range` shows,
    so a placement read elsewhere is never finer than the range's own (issue 13)."""
    if "thin" not in cell.flags:
        return None
    return thin_reason(cell) or f"{cell.n:,} {cell.n_label}, under {THIN}"


def _source_name(cell: Any) -> str:
    """The dataset's name; a blend at its median, not moved to the level, is not called
    "level-adjusted" (senior: "BLS OEWS wages, blend at senior")."""
    spec = spec_of(cell.source)
    whole = spec_of(spec.part_of) if spec and spec.part_of else None
    if spec is None:
        return str(cell.label)
    if whole is None or "level-adjusted" in cell.flags:
        return spec.name
    return f"{whole.name}, {str(cell.label).removeprefix(whole.short + ' ')}"


def _flat(period: str) -> str:
    """ "2024-2025 (snapshot 2025-01-19)" as "2024-2025, snapshot 2025-01-19": no nested
    brackets when the source is itself cited in brackets."""
    return period.replace(" (", ", ").replace(")", "")


def _note(cell: Any, report: Any, location: str | None) -> str | None:
    """Why the range is not exactly the one asked for, and whether its sample is small."""
    parts = [
        reason.split(":", 1)[1].strip()
        for reason in getattr(report, "widened", ())
        if reason.startswith(f"{cell.source}:")
    ]
    if location and location != cell.area and not parts:
        parts.append(f"asked for {location}, the nearest range is {cell.area}")
    spec = spec_of(cell.source)
    small = cell.n is not None and cell.n < (spec.small_sample if spec else SMALL_SAMPLE)
    if small and "thin" not in cell.flags:  # a thin row says why in its own reason
        parts.append(f"a small sample (n={cell.n}): read it as a rough guide")
    return "; ".join(parts) or None
