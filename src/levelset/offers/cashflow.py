"""Month by month: when each part of an offer actually reaches you.

Base and benefits are spread evenly over the months (rounded on the running total so each
year adds up exactly); the bonus lands in the last month of each year; sign-on in the first
month of its year; relocation in month 1; equity on its vesting dates; refreshers at year end.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from levelset.money import round_money
from levelset.offers.valuation import Valuation
from levelset.offers.vesting import vest_events

ZERO = Decimal(0)


@dataclass(frozen=True)
class MonthValue:
    month: int
    base: Decimal
    bonus: Decimal
    sign_on: Decimal
    relocation: Decimal
    equity: Decimal
    refreshers: Decimal
    benefits: Decimal

    @property
    def total(self) -> Decimal:
        return (
            self.base
            + self.bonus
            + self.sign_on
            + self.relocation
            + self.equity
            + self.refreshers
            + self.benefits
        )

    def to_dict(self) -> dict[str, Any]:
        names = ("month", "base", "bonus", "sign_on", "relocation", "equity", "refreshers")
        return {n: getattr(self, n) for n in names} | {
            "benefits": self.benefits,
            "total": self.total,
        }


def cash_by_month(valuation: Valuation) -> tuple[MonthValue, ...]:
    """Every month of the valued years; each year's months add up to that year's row."""
    offer = valuation.offer
    equity = _equity_by_month(valuation)
    months = []
    for year in valuation.years:
        base = _spread(year.base)
        benefits = _spread(year.benefits)
        for k in range(12):
            month = (year.year - 1) * 12 + k + 1
            months.append(
                MonthValue(
                    month=month,
                    base=base[k],
                    bonus=year.bonus if k == 11 else ZERO,
                    sign_on=year.sign_on if k == 0 else ZERO,
                    relocation=offer.relocation if month == 1 else ZERO,
                    equity=equity.get(month, ZERO),
                    refreshers=year.refreshers if k == 11 else ZERO,
                    benefits=benefits[k],
                )
            )
    return tuple(months)


def _spread(yearly: Decimal) -> list[Decimal]:
    running = [round_money(yearly * k / 12) for k in range(13)]
    return [running[k + 1] - running[k] for k in range(12)]


def _equity_by_month(valuation: Valuation) -> dict[int, Decimal]:
    equity = valuation.offer.equity
    if equity is None or valuation.scenario is None:
        return {}
    events = vest_events(equity.vesting, valuation.scenario.grant_value)
    return {e.month: e.amount for e in events}
