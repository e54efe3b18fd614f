"""Offers: every lever of an offer, valued year by year, compared and placed in the market.

The public API the CLI, the web app and notebooks use:

    offer = load_offer("examples/offers/bigco-rsu.yaml")
    valuation = value_offer(offer, years=4, refreshers="typical")
    valuation.to_dict()["year1_total"]
    compare_offers([offer, other]).winners
"""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

if TYPE_CHECKING:
    from levelset.offers.cashflow import MonthValue, cash_by_month
    from levelset.offers.compare import ComparedOffer, Comparison, compare_offers
    from levelset.offers.currency import Rate, RateTable, make_rate, shipped_rates
    from levelset.offers.fileformat import load_offer, offer_to_data, parse_offer, plain
    from levelset.offers.model import (
        Bonus,
        Equity,
        EquityKind,
        Frequency,
        Offer,
        Refreshers,
        SignOn,
        Vesting,
    )
    from levelset.offers.options import Scenario, scenarios
    from levelset.offers.placement import MarketRange, Placement, place
    from levelset.offers.refreshers import parse_refreshers
    from levelset.offers.valuation import Valuation, YearValue, value_offer
    from levelset.offers.vesting import VestEvent, check_vesting, vest_events, vested_by_year

_WHERE = {
    "MonthValue": "cashflow",
    "cash_by_month": "cashflow",
    "ComparedOffer": "compare",
    "Comparison": "compare",
    "compare_offers": "compare",
    "Rate": "currency",
    "RateTable": "currency",
    "make_rate": "currency",
    "shipped_rates": "currency",
    "load_offer": "fileformat",
    "offer_to_data": "fileformat",
    "parse_offer": "fileformat",
    "plain": "fileformat",
    "Bonus": "model",
    "Equity": "model",
    "EquityKind": "model",
    "Frequency": "model",
    "Offer": "model",
    "Refreshers": "model",
    "SignOn": "model",
    "Vesting": "model",
    "Scenario": "options",
    "scenarios": "options",
    "MarketRange": "placement",
    "Placement": "placement",
    "place": "placement",
    "parse_refreshers": "refreshers",
    "Valuation": "valuation",
    "YearValue": "valuation",
    "value_offer": "valuation",
    "VestEvent": "vesting",
    "check_vesting": "vesting",
    "vest_events": "vesting",
    "vested_by_year": "vesting",
}

__all__ = [
    "Bonus",
    "ComparedOffer",
    "Comparison",
    "Equity",
    "EquityKind",
    "Frequency",
    "MarketRange",
    "MonthValue",
    "Offer",
    "Placement",
    "Rate",
    "RateTable",
    "Refreshers",
    "Scenario",
    "SignOn",
    "Valuation",
    "VestEvent",
    "Vesting",
    "YearValue",
    "cash_by_month",
    "check_vesting",
    "compare_offers",
    "load_offer",
    "make_rate",
    "offer_to_data",
    "parse_offer",
    "parse_refreshers",
    "place",
    "plain",
    "scenarios",
    "shipped_rates",
    "value_offer",
    "vest_events",
    "vested_by_year",
]


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
