"""An Anchor read back from its `to_dict()` form, as it is stored with a negotiation record."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from levelset.negotiation.anchor import Anchor, Basis
from levelset.negotiation.lever import Lever
from levelset.negotiation.levers import Figure, LeverAsk
from levelset.offers.placement import MarketRange


def anchor_from_dict(data: dict[str, Any]) -> Anchor:
    """An Anchor back from its `to_dict()` form (as stored with the negotiation record)."""

    market = _market_from_dict(data["market"]) if data.get("market") else None

    def sourced(raw: dict[str, Any]) -> str:
        source = str(raw["source"])
        if market is not None and source == market.provenance_before_area:
            return market.provenance  # saved before the source named its area
        return source

    def figure(raw: dict[str, Any]) -> Figure:
        reason, source = str(raw["reason"]), sourced(raw)
        cited = raw["cited"] if "cited" in raw else _cited_before(reason, source, market)
        return Figure(_dec(raw.get("amount")), reason, source, cited)

    asks = tuple(
        LeverAsk(Lever(a["lever"]), a["ask"], _dec(a.get("amount")), a["reason"], sourced(a))
        for a in data.get("asks", [])
    )
    return Anchor(
        company=str(data["company"]),
        currency=str(data["currency"]),
        offer_base=_dec(data["offer_base"]) or Decimal(0),
        percentile=float(data.get("percentile", 75)),
        anchor=figure(data["anchor"]),
        target=figure(data["target"]),
        walk_away=figure(data["walk_away"]),
        asks=asks,
        market=market,
        notes=tuple(data.get("notes", [])),
        basis=tuple(Basis(**b) for b in data.get("basis", [])),
    )


def _cited_before(reason: str, source: str, market: MarketRange | None) -> str | None:
    """What the recruiter reads for an anchor saved before figures kept it: a market figure's
    reason with the range's citation (no age); any other reason (a competing offer's could say
    its age) is left to the user, as a placeholder in the drafts."""
    if market is not None and source.startswith(_market_prefixes(market)):
        return f"{reason} (source: {market.citation})"
    return None


def _market_prefixes(market: MarketRange) -> tuple[str, ...]:
    """How a market figure's source starts: with its area, or without (saved before)."""
    area = (f"{market.source}, {market.place}, {market.as_of}",) if market.place else ()
    return (*area, f"{market.source}, {market.as_of}")


def _market_from_dict(raw: dict[str, Any]) -> MarketRange:
    points = tuple(
        (int(str(k).lstrip("p")), _dec(v) or Decimal(0)) for k, v in raw["percentiles"].items()
    )
    return MarketRange(
        role=raw["role"],
        level=raw.get("level"),
        place=raw.get("place"),
        currency=raw["currency"],
        percentiles=points,
        source=raw["source"],
        as_of=raw["as_of"],
        n=raw.get("n"),
        basis=raw.get("basis", "base pay"),
        note=raw.get("note"),
        age_months=raw.get("age_months"),
        dated=bool(raw.get("dated", False)),
        thin=raw.get("thin"),
    )


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))
