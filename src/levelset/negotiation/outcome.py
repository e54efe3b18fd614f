"""What the negotiation changed: initial offer against final, levers improved, days to sign.

Which levers improved is each Lever's own test (see `levelset.negotiation.lever`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from levelset.money import round_money
from levelset.negotiation.lever import MEASURED, Lever
from levelset.negotiation.record import EventKind, NegotiationRecord
from levelset.offers.currency import RateTable, shipped_rates
from levelset.offers.model import Offer
from levelset.offers.valuation import value_offer

ZERO = Decimal(0)


@dataclass(frozen=True)
class Delta:
    initial: Decimal
    final: Decimal

    @property
    def absolute(self) -> Decimal:
        return self.final - self.initial

    @property
    def percent(self) -> Decimal | None:
        if self.initial == 0:
            return None
        return (self.absolute * 100 / self.initial).quantize(Decimal("0.1"), ROUND_HALF_UP)

    def to_dict(self) -> dict[str, Any]:
        return {
            "initial": self.initial,
            "final": self.final,
            "absolute": self.absolute,
            "percent": self.percent,
        }


@dataclass(frozen=True)
class Outcome:
    """The result of one negotiation; deltas are None until an offer is logged."""

    company: str
    status: str
    currency: str | None
    year1_total: Delta | None
    four_year_total: Delta | None
    base: Delta | None
    levers_improved: tuple[Lever, ...]
    days_to_signature: int | None
    offer_versions: int
    first_offer_on: str | None
    signed_on: str | None

    @property
    def delta(self) -> dict[str, Delta | None]:
        """The three deltas by name: year1_total, four_year_total, base."""
        return {
            "year1_total": self.year1_total,
            "four_year_total": self.four_year_total,
            "base": self.base,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "status": self.status,
            "currency": self.currency,
            "delta": {k: d.to_dict() if d else None for k, d in self.delta.items()},
            "levers_improved": list(self.levers_improved),
            "levers_improved_count": len(self.levers_improved),
            "days_to_signature": self.days_to_signature,
            "offer_versions": self.offer_versions,
            "first_offer_on": self.first_offer_on,
            "signed_on": self.signed_on,
        }


def negotiation_outcome(record: NegotiationRecord, rates: RateTable | None = None) -> Outcome:
    """Delta from the first to the latest offer (year-1 total, 4-year value, base), the levers
    improved and the days from the first offer to the signature (None if not signed)."""
    offers = record.offer_events()
    signed = record.first(EventKind.SIGNED)
    first_on = offers[0].on if offers else None
    days = (signed.on - first_on).days if signed and first_on else None
    common: dict[str, Any] = {
        "company": record.company,
        "status": record.step.value,
        "days_to_signature": days,
        "offer_versions": len(offers),
        "first_offer_on": first_on.isoformat() if first_on else None,
        "signed_on": signed.on.isoformat() if signed else None,
    }
    if not offers or offers[0].offer is None or offers[-1].offer is None:
        return Outcome(
            currency=None,
            year1_total=None,
            four_year_total=None,
            base=None,
            levers_improved=(),
            **common,
        )
    initial, final = offers[0].offer, _same_currency(offers[-1].offer, offers[0].offer, rates)
    first, last = value_offer(initial), value_offer(final)
    return Outcome(
        currency=initial.currency,
        year1_total=Delta(first.year1_total, last.year1_total),
        four_year_total=Delta(first.four_year_total, last.four_year_total),
        base=Delta(initial.base, final.base),
        levers_improved=levers_improved(initial, final),
        **common,
    )


def levers_improved(initial: Offer, final: Offer) -> tuple[Lever, ...]:
    """The levers that went up (money) or changed (title, level, start date, scope, remote)."""
    return tuple(lever for lever in MEASURED if lever.improved(initial, final))


def _same_currency(offer: Offer, like: Offer, rates: RateTable | None) -> Offer:
    """`offer` restated in `like`'s currency, so the two can be subtracted."""
    if offer.currency == like.currency:
        return offer
    from dataclasses import replace

    table = rates or shipped_rates()

    def convert(amount: Decimal) -> Decimal:
        return round_money(table.convert(amount, offer.currency, like.currency))

    def maybe(amount: Decimal | None) -> Decimal | None:
        return None if amount is None else convert(amount)

    sign_on, equity = offer.sign_on, offer.equity
    if sign_on is not None:
        sign_on = replace(sign_on, amounts=tuple(convert(a) for a in sign_on.amounts))
    if equity is not None:
        equity = replace(
            equity,
            grant_value=maybe(equity.grant_value),
            share_price=maybe(equity.share_price),
            strike=maybe(equity.strike),
            fmv_409a=maybe(equity.fmv_409a),
            preferred_price=maybe(equity.preferred_price),
            exit_values=tuple(convert(v) for v in equity.exit_values),
        )
    return replace(
        offer,
        currency=like.currency,
        base=convert(offer.base),
        relocation=convert(offer.relocation),
        sign_on=sign_on,
        equity=equity,
        benefits=tuple((n, convert(a)) for n, a in offer.benefits),
    )
