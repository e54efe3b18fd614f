"""Stored offers keep every amount exact, on SQLite and PostgreSQL."""

import datetime as dt
from decimal import Decimal

import pytest

from levelset.errors import NotFound
from levelset.offers import make_rate, parse_offer
from levelset.store.offers import add_offers, add_rate, get_offer, list_offers, rate_table
from tests.suite_day import TODAY

EXACT = {
    "company": "Exact Co",
    "currency": "USD",
    "base": "187500.55",
    "bonus_target_pct": "12.5",
    "sign_on": ["33333.33", "16666.67"],
    "equity": {
        "type": "options",
        "shares": 12345,
        "strike": "1.0375",
        "preferred_price": "7.125",
        "vesting": [33, 33, 22, 12],
        "frequency": "monthly",
    },
    "benefits": {"401k_match": "9000.10"},
    "start_date": "2026-02-02",
}


def test_offers_round_trip_exactly(store) -> None:
    offer = parse_offer(EXACT)
    [saved] = add_offers(store, [offer])
    loaded = get_offer(store, saved.id).offer
    assert loaded == offer
    assert loaded.base == Decimal("187500.55")
    assert loaded.equity is not None and loaded.equity.strike == Decimal("1.0375")
    assert [s.id for s in list_offers(store)] == [saved.id]
    with pytest.raises(NotFound):
        get_offer(store, saved.id + 100)


def test_user_rates_are_dated_and_the_newest_wins(store) -> None:
    add_rate(store, make_rate("EUR", "1.05", dt.date(2026, 1, 1), "old", today=TODAY))
    add_rate(store, make_rate("EUR", "1.12", dt.date(2026, 10, 1), "new", today=TODAY))
    add_rate(store, make_rate("CHF", "1.20", dt.date(2026, 5, 1), "mine", today=TODAY))
    table = rate_table(store)
    assert table.get("EUR").usd_per_unit == Decimal("1.12")
    assert table.get("CHF").source == "mine"
    assert "GBP" in table.codes  # the shipped rates are still there
