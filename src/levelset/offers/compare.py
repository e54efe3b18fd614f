"""Offers side by side in one currency: who wins in year 1, over 4 years and in guaranteed cash."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from levelset.offers.currency import Rate, RateTable, shipped_rates
from levelset.offers.model import Offer, Refreshers
from levelset.offers.placement import MarketRange, Placement, place
from levelset.offers.valuation import Valuation, value_offer


@dataclass(frozen=True)
class ComparedOffer:
    """One offer's valuation and its headline figures converted to the comparison currency."""

    valuation: Valuation
    year1_total: Decimal
    four_year_total: Decimal
    four_year_guaranteed: Decimal
    base: Decimal
    placement: Placement | None
    label: str = ""  # the offer's label, numbered when two offers share it

    def to_dict(self) -> dict[str, Any]:
        return {
            "company": self.valuation.offer.company,
            "label": self.label or self.valuation.offer.label,
            "offer_currency": self.valuation.currency,
            "year1_total": self.year1_total,
            "four_year_total": self.four_year_total,
            "four_year_guaranteed": self.four_year_guaranteed,
            "base": self.base,
            "market_placement": self.placement.to_dict() if self.placement else None,
            "valuation": self.valuation.to_dict(),
        }


@dataclass(frozen=True)
class Comparison:
    currency: str
    offers: tuple[ComparedOffer, ...]
    winners: dict[str, str]
    rates: tuple[Rate, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "winners": self.winners,
            "offers": [o.to_dict() for o in self.offers],
            "rates_used": [vars(r) for r in self.rates],
        }


def compare_offers(
    offers: Sequence[Offer],
    *,
    refreshers: Refreshers | str | None = None,
    currency: str | None = None,
    rates: RateTable | None = None,
    markets: Sequence[MarketRange | None] = (),
    growth: Decimal | None = None,
    today: dt.date | None = None,
) -> Comparison:
    """Value every offer, convert to `currency` (default: the first offer's), mark the winners,
    and place each base in its market range when one is given (same order as `offers`); `today`
    given, a start date already past is noted in that offer's valuation."""
    table = rates or shipped_rates()
    target = (currency or offers[0].currency).upper()
    table.get(target)  # an unknown target currency fails here, before any work
    compared = []
    for index, offer in enumerate(offers):
        market = markets[index] if index < len(markets) else None
        valued = value_offer(offer, 4, refreshers, growth=growth, today=today)
        compared.append(_compare_one(valued, target, table, market))
    used = {o.currency for o in offers} | {target}
    rates_used = tuple(table.get(c) for c in sorted(used)) if len(used) > 1 else ()
    labelled = _unique_labels(compared)
    return Comparison(target, labelled, _winners(labelled), rates_used)


def _unique_labels(compared: Sequence[ComparedOffer]) -> tuple[ComparedOffer, ...]:
    """Each offer's label; offers that share one get (1), (2)... so columns and winners differ."""
    labels = [c.valuation.offer.label for c in compared]
    seen: dict[str, int] = {}
    found = []
    for item, label in zip(compared, labels, strict=True):
        if labels.count(label) > 1:
            seen[label] = seen.get(label, 0) + 1
            label = f"{label} ({seen[label]})"
        found.append(replace(item, label=label))
    return tuple(found)


def _compare_one(
    valuation: Valuation, target: str, table: RateTable, market: MarketRange | None
) -> ComparedOffer:
    source = valuation.currency

    def convert(amount: Decimal) -> Decimal:
        return table.convert(amount, source, target)

    placement = None
    if market is not None:
        placement = place(table.convert(valuation.offer.base, source, market.currency), market)
    return ComparedOffer(
        valuation=valuation,
        year1_total=convert(valuation.year1_total),
        four_year_total=convert(valuation.four_year_total),
        four_year_guaranteed=convert(valuation.guaranteed_total),
        base=convert(valuation.offer.base),
        placement=placement,
    )


def _winners(compared: Sequence[ComparedOffer]) -> dict[str, str]:
    measures: dict[str, Callable[[ComparedOffer], Decimal]] = {
        "year1_total": lambda c: c.year1_total,
        "four_year_total": lambda c: c.four_year_total,
        "four_year_guaranteed": lambda c: c.four_year_guaranteed,
        "base": lambda c: c.base,
    }
    winners = {}
    for name, measure in measures.items():
        best = max(measure(c) for c in compared)
        top = [c.label for c in compared if measure(c) == best]
        winners[name] = top[0] if len(top) == 1 else "tie: " + ", ".join(top)
    return winners
