"""What an offer is worth year by year: guaranteed cash apart from pay that can move."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from levelset.money import round_money
from levelset.offers.model import Offer, Refreshers
from levelset.offers.options import Scenario, caveats, pick, scenarios
from levelset.offers.plausible import base_notes, start_notes
from levelset.offers.refreshers import parse_refreshers, refresher_by_year, steady_state
from levelset.offers.vesting import vested_by_year

ZERO = Decimal(0)
ASSUMPTIONS = (
    "base stays flat (no raises counted)",
    "the bonus pays at target every year, including a full first year",
    "sign-on for year N is paid in year N",
    "equity counts when it vests, at the value of the scenario shown",
)


@dataclass(frozen=True)
class YearValue:
    """One year of an offer. Guaranteed: base, sign-on, relocation, benefits; the rest can move."""

    year: int
    base: Decimal
    bonus: Decimal
    sign_on: Decimal
    relocation: Decimal
    equity: Decimal
    refreshers: Decimal
    benefits: Decimal

    @property
    def guaranteed(self) -> Decimal:
        return self.base + self.sign_on + self.relocation + self.benefits

    @property
    def at_risk(self) -> Decimal:
        return self.bonus + self.equity + self.refreshers

    @property
    def total(self) -> Decimal:
        return self.guaranteed + self.at_risk

    def to_dict(self) -> dict[str, Any]:
        names = ("year", "base", "bonus", "sign_on", "relocation", "equity", "refreshers")
        data = {name: getattr(self, name) for name in names}
        extra = {"benefits": self.benefits, "total": self.total}
        return data | extra | {"guaranteed": self.guaranteed, "at_risk": self.at_risk}


@dataclass(frozen=True)
class ScenarioTotals:
    key: str
    label: str
    grant_value: Decimal
    year1_total: Decimal
    four_year_total: Decimal


@dataclass(frozen=True)
class Valuation:
    """An offer's value: the years asked for, plus year-1 and 4-year totals (always 4 years)."""

    offer: Offer
    years: tuple[YearValue, ...]
    year1_total: Decimal
    four_year_total: Decimal
    scenario: Scenario | None
    scenarios: tuple[ScenarioTotals, ...]
    refreshers: Refreshers | None
    steady_state: Decimal
    assumptions: tuple[str, ...]
    notes: tuple[str, ...] = ()

    @property
    def currency(self) -> str:
        return self.offer.currency

    @property
    def guaranteed_total(self) -> Decimal:
        """Guaranteed cash over the first four years."""
        return sum((y.guaranteed for y in self._four), ZERO)

    @property
    def _four(self) -> tuple[YearValue, ...]:
        return _years(self.offer, 4, self.scenario, self.refreshers)

    def to_dict(self) -> dict[str, Any]:
        return {
            "company": self.offer.company,
            "currency": self.currency,
            "years": [y.to_dict() for y in self.years],
            "year1_total": self.year1_total,
            "four_year_total": self.four_year_total,
            "four_year_guaranteed": self.guaranteed_total,
            "equity_scenario": _scenario_dict(self.scenario),
            "scenarios": [vars(s) for s in self.scenarios],
            "refreshers": self.refreshers.label if self.refreshers else "not counted",
            "steady_state": self.steady_state,
            "assumptions": list(self.assumptions),
            "notes": list(self.notes),
        }


def value_offer(
    offer: Offer,
    years: int = 4,
    refreshers: Refreshers | str | None = None,
    scenario: str | None = None,
    growth: Decimal | None = None,
    today: dt.date | None = None,
) -> Valuation:
    """Value `offer` over `years` years. Refreshers count only if the offer or `refreshers` asks
    (a preset name, a percent, or a Refreshers); `scenario` picks the equity scenario by key;
    `growth` (percent a year, an assumption) moves the share price from year 2 on; `today`
    given, a start date already past is noted."""
    chosen = _refreshers(offer, refreshers)
    picked = pick(offer.equity, offer.currency, scenario) if offer.equity else None
    shown = _grown(_years(offer, max(years, 1), picked, chosen), growth)
    four = _grown(_years(offer, 4, picked, chosen), growth)
    return Valuation(
        offer=offer,
        years=shown,
        year1_total=four[0].total,
        four_year_total=sum((y.total for y in four), ZERO),
        scenario=picked,
        scenarios=_all_scenarios(offer, chosen),
        refreshers=chosen,
        steady_state=_steady(offer, picked, chosen),
        assumptions=_assumptions(chosen) + _growth_note(growth if offer.equity else None),
        notes=base_notes(offer)
        + start_notes(offer, today)
        + (caveats(offer.equity, offer.currency) if offer.equity else ()),
    )


def _refreshers(offer: Offer, override: Refreshers | str | None) -> Refreshers | None:
    chosen = parse_refreshers(override) if isinstance(override, str) else override
    chosen = chosen or offer.refreshers
    return chosen if chosen and chosen.pct > 0 and offer.equity else None


def _years(
    offer: Offer, count: int, scenario: Scenario | None, refreshers: Refreshers | None
) -> tuple[YearValue, ...]:
    grant = scenario.grant_value if scenario else ZERO
    vest = offer.equity.vesting if offer.equity else None
    equity = vested_by_year(vest, grant, count) if vest else [ZERO] * count
    extra = refresher_by_year(refreshers, grant, vest.years, count) if refreshers and vest else []
    bonus = _bonus(offer)
    sign_on = offer.sign_on.amounts if offer.sign_on else ()
    return tuple(
        YearValue(
            year=n,
            base=offer.base,
            bonus=bonus,
            sign_on=sign_on[n - 1] if n <= len(sign_on) else ZERO,
            relocation=offer.relocation if n == 1 else ZERO,
            equity=equity[n - 1],
            refreshers=round_money(extra[n - 1]) if extra else ZERO,
            benefits=offer.benefits_total,
        )
        for n in range(1, count + 1)
    )


def _grown(years: tuple[YearValue, ...], growth: Decimal | None) -> tuple[YearValue, ...]:
    """Equity and refreshers vesting in year N worth (1 + growth)^(N-1) of today's price."""
    if not growth:
        return years
    rate = 1 + growth / 100
    found = []
    for y in years:
        factor = rate ** (y.year - 1)
        equity, extra = round_money(y.equity * factor), round_money(y.refreshers * factor)
        found.append(replace(y, equity=equity, refreshers=extra))
    return tuple(found)


def _growth_note(growth: Decimal | None) -> tuple[str, ...]:
    if not growth:
        return ()
    way = "grows" if growth > 0 else "falls"
    return (f"your assumption: the share price {way} {float(abs(growth)):g}% a year from year 2",)


def _bonus(offer: Offer) -> Decimal:
    if offer.bonus is None:
        return ZERO
    return round_money(offer.base * offer.bonus.target_pct / 100 * offer.bonus.multiplier)


def _steady(offer: Offer, scenario: Scenario | None, refreshers: Refreshers | None) -> Decimal:
    stack = steady_state(refreshers, scenario.grant_value) if refreshers and scenario else ZERO
    return round_money(offer.base + _bonus(offer) + offer.benefits_total + stack)


def _all_scenarios(offer: Offer, refreshers: Refreshers | None) -> tuple[ScenarioTotals, ...]:
    if offer.equity is None:
        return ()
    found = []
    for scenario in scenarios(offer.equity, offer.currency):
        four = _years(offer, 4, scenario, refreshers)
        total = sum((y.total for y in four), ZERO)
        found.append(
            ScenarioTotals(scenario.key, scenario.label, scenario.grant_value, four[0].total, total)
        )
    return tuple(found)


def _assumptions(refreshers: Refreshers | None) -> tuple[str, ...]:
    if refreshers is None:
        return (*ASSUMPTIONS, "no refresher grants counted")
    return (*ASSUMPTIONS, refreshers.label)


def _scenario_dict(scenario: Scenario | None) -> dict[str, Any] | None:
    if scenario is None:
        return None
    return {"key": scenario.key, "label": scenario.label, "grant_value": scenario.grant_value}
