"""Total-pay evidence for an offer's role, level and place (the user's comps with bonus or
equity, their other offers), and the equity ask it sizes: the yearly gap between that
evidence's median and what the offer comes to at the realistic target base, over the vesting.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from levelset.money import format_money
from levelset.negotiation.lever import Lever
from levelset.negotiation.levers import Figure, LeverAsk, yearly_equity
from levelset.offers.currency import RateTable
from levelset.offers.model import Offer

SMALL = 5  # below this many figures the median is a rough guide (the range hides it)


@dataclass(frozen=True)
class TotalPay:
    """The median yearly total pay of the user's evidence, with where it comes from."""

    median: Decimal
    currency: str
    n: int
    sources: str  # "your comps 3, your offers 1"
    area: str | None
    dates: str | None  # "2026-09-01 to 2026-11-20"

    @property
    def label(self) -> str:
        rough = "; a small sample, a rough guide" if self.n < SMALL else ""
        return f"your total pay evidence (n={self.n}: {self.sources}{rough})"


def equity_from_total(
    offer: Offer, target: Figure, evidence: TotalPay, table: RateTable
) -> LeverAsk | None:
    """More equity to close the gap to the evidence's median total, or None when none."""
    money = offer.currency
    median = table.convert(evidence.median, evidence.currency, money)
    at_target = offer_total(offer, target.amount or offer.base, table)
    gap = median - at_target
    if gap <= 0:
        return None
    years = offer.equity.vesting.years if offer.equity else 4
    extra = (gap * years).quantize(Decimal(1))
    reason = (
        f"your total-pay evidence for this role puts total pay at a median of "
        f"{format_money(median, money)} a year; at the realistic target base this offer "
        f"comes to {format_money(at_target, money)}: the {format_money(gap, money)} a year "
        f"between them, over {years} years, as equity"
    )
    ask = f"{format_money(extra, money)} more in the grant"
    return LeverAsk(Lever.EQUITY, ask, extra, reason, evidence.label)


def offer_total(offer: Offer, base: Decimal, table: RateTable) -> Decimal:
    """A year of the offer at `base`: base, target bonus, a year of the grant."""
    bonus = base * offer.bonus.target_pct * offer.bonus.multiplier / 100 if offer.bonus else 0
    return base + Decimal(bonus) + yearly_equity(offer, offer.currency, table)
