"""An Anchor read back from its `to_dict()` form, as it is stored with a negotiation record."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from levelset.negotiation.anchor import Anchor, Basis
from levelset.negotiation.lever import Lever
from levelset.negotiation.levers import Figure, LeverAsk
from levelset.negotiation.rival_age import RIVAL
from levelset.offers.placement import MarketRange


def anchor_from_dict(data: dict[str, Any]) -> Anchor:
    """An Anchor back from its `to_dict()` form (as stored with the negotiation record)."""

    market = _market_from_dict(data["market"]) if data.get("market") else None
    places = _rival_places(data.get("basis", []))

    def sourced(raw: dict[str, Any]) -> str:
        return _source_now(str(raw["source"]), market, places)

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
        basis=tuple(Basis(**(b | {"source": sourced(b)})) for b in data.get("basis", [])),
    )


def _source_now(source: str, market: MarketRange | None, places: dict[str, str]) -> str:
    """A figure's source in today's wording, for an anchor saved by an earlier version: a
    market figure's as the range's provenance now reads (it gained the area and separated the
    sample size), a competing offer's with the place its basis entry gave."""
    if market is not None and source.startswith(f"{market.source}, ") and source != market.source:
        return market.provenance
    return f"{source}, {places[source]}" if source in places else source


def _rival_places(basis: list[dict[str, Any]]) -> dict[str, str]:
    """Each competing offer's source saved without its place, with that place (the basis
    entry of a competing offer always kept its area)."""
    return {
        b["source"]: b["area"]
        for b in basis
        if str(b["source"]).startswith(RIVAL)
        and b.get("area")
        and not str(b["source"]).endswith(f", {b['area']}")
    }


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
        n_counts=raw.get("n_counts"),  # absent in anchors saved before it was kept
    )


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))
