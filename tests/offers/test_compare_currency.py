"""Comparing offers across currencies with dated rates, and placing them in a market range."""

import datetime as dt
from decimal import Decimal

import pytest

from levelset.errors import InputError, UnknownValue
from levelset.offers import (
    MarketRange,
    compare_offers,
    make_rate,
    parse_offer,
    place,
    shipped_rates,
)
from tests.suite_day import TODAY

RANGE = MarketRange(
    role="Machine Learning Engineer",
    level="senior",
    place="Seattle",
    currency="USD",
    percentiles=tuple(
        (p, Decimal(v)) for p, v in ((10, 120000), (25, 150000), (50, 180000), (75, 210000))
    ),
    source="test range",
    as_of="2025",
    n=40,
)


def _offer(company: str, currency: str, base: int, **extra: object) -> object:
    return parse_offer({"company": company, "currency": currency, "base": base, **extra})


def test_shipped_rates_carry_their_source_date_and_sample() -> None:
    table = shipped_rates()
    eur = table.get("EUR")
    assert eur.as_of == dt.date(2025, 1, 19)
    assert "ai-jobs.net" in eur.source and "CC0" in eur.source
    assert eur.rows is not None and eur.rows > 0
    assert Decimal("0.9") < eur.usd_per_unit < Decimal("1.3")
    with pytest.raises(UnknownValue):
        table.get("XYZ")


def test_a_user_rate_takes_over_and_converts_exactly() -> None:
    mine = make_rate("eur", "1.10", dt.date(2026, 11, 1), "my bank", today=TODAY)
    table = shipped_rates().with_rates([mine])
    assert table.get("EUR") == mine
    assert table.convert(Decimal(100000), "EUR", "USD") == Decimal("110000.00")
    assert table.convert(Decimal(110000), "USD", "EUR") == Decimal("100000.00")
    with pytest.raises(InputError):
        make_rate("EUR", "-1", dt.date(2026, 1, 1), "x", today=TODAY)


def test_compare_converts_to_one_currency_and_names_the_winners() -> None:
    rates = shipped_rates().with_rates(
        [make_rate("EUR", "1.10", dt.date(2026, 11, 1), "me", today=TODAY)]
    )
    cash_heavy = _offer("Cash Co", "EUR", 190000)
    equity_heavy = _offer(
        "Stock Co", "USD", 190000, equity={"grant_value": 400000, "vesting": "even"}
    )
    result = compare_offers([cash_heavy, equity_heavy], rates=rates, currency="USD")
    first = result.offers[0]
    assert first.base == Decimal("209000.00")  # 190,000 EUR at 1.10
    assert result.winners["four_year_total"] == "Stock Co"
    assert result.winners["four_year_guaranteed"] == "Cash Co"
    assert result.winners["year1_total"] == "Stock Co"  # 190,000 + 100,000 > 209,000
    assert {r.currency for r in result.rates} == {"EUR", "USD"}


def test_placement_in_a_market_range() -> None:
    placed = place(Decimal(195000), RANGE)  # at 62.5: shown whole, halves up, as everywhere
    assert (placed.percentile, placed.text[:9]) == (63, "about P63")
    assert place(Decimal(100000), RANGE).text.startswith("below P10")
    assert place(Decimal(250000), RANGE).text.startswith("above P75")
    assert RANGE.value_at(75) == 210000 and RANGE.value_at(90) is None
    result = compare_offers([_offer("A", "USD", 165000)], markets=[RANGE])
    placement = result.offers[0].placement
    assert placement is not None and placement.percentile == 38  # 37.5, halves up
    assert result.to_dict()["offers"][0]["market_placement"]["market"]["n"] == 40


def test_two_offers_with_the_same_label_are_told_apart() -> None:
    from levelset.offers import compare_offers, parse_offer

    first = parse_offer({"company": "Northwind", "currency": "USD", "base": 190000, "level": "L5"})
    revised = parse_offer(
        {"company": "Northwind", "currency": "USD", "base": 205000, "level": "L5"}
    )
    result = compare_offers([first, revised])
    labels = [o.to_dict()["label"] for o in result.offers]
    assert labels == ["Northwind L5 (1)", "Northwind L5 (2)"]
    assert result.winners["base"] == "Northwind L5 (2)"
