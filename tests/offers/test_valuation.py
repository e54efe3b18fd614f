"""Valuing offers: a hand check of a 5/15/40/40 offer, options scenarios, refreshers, months."""

from decimal import Decimal
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.offers import cash_by_month, load_offer, parse_offer, value_offer

BACK_LOADED = {
    "company": "Example Corp",
    "currency": "USD",
    "base": 180000,
    "bonus_target_pct": 10,
    "sign_on": [60000, 45000],
    "equity": {
        "grant_value": 400000,
        "vesting": [5, 15, 40, 40],
        "cliff_months": 12,
        "frequency": "quarterly",
    },
}


def test_a_5_15_40_40_offer_checked_by_hand() -> None:
    # By hand: the bonus is 10% of 180,000 = 18,000 a year. Equity: 5% of 400,000 = 20,000
    # (all at the 12-month cliff), 15% = 60,000, then 40% = 160,000 twice.
    # Year 1: 180,000 + 18,000 + 60,000 + 20,000 = 278,000
    # Year 2: 180,000 + 18,000 + 45,000 + 60,000 = 303,000
    # Years 3 and 4: 180,000 + 18,000 + 160,000 = 358,000 each
    # Four years: 278,000 + 303,000 + 358,000 + 358,000 = 1,297,000
    valuation = value_offer(parse_offer(BACK_LOADED))
    rows = [(y.base, y.bonus, y.sign_on, y.equity, y.total) for y in valuation.years]
    assert rows == [
        (180000, 18000, 60000, 20000, 278000),
        (180000, 18000, 45000, 60000, 303000),
        (180000, 18000, 0, 160000, 358000),
        (180000, 18000, 0, 160000, 358000),
    ]
    assert valuation.year1_total == 278000
    assert valuation.four_year_total == 1297000
    # guaranteed is base plus sign-on; bonus and equity can move
    assert [y.guaranteed for y in valuation.years] == [240000, 225000, 180000, 180000]
    assert [y.at_risk for y in valuation.years] == [38000, 78000, 178000, 178000]


def test_json_keys_promised_to_other_capabilities() -> None:
    data = value_offer(parse_offer(BACK_LOADED), years=5).to_dict()
    assert {"years", "year1_total", "four_year_total"} <= set(data)
    year = data["years"][0]
    assert {"year", "base", "bonus", "sign_on", "equity", "total", "guaranteed", "at_risk"} <= set(
        year
    )
    assert len(data["years"]) == 5
    assert data["years"][4]["equity"] == 0  # the grant is fully vested after year 4
    assert data["four_year_total"] == 1297000  # always four years, whatever --years says


def test_refreshers_count_only_when_asked_and_are_labelled() -> None:
    offer = parse_offer(BACK_LOADED)
    plain = value_offer(offer)
    assert all(y.refreshers == 0 for y in plain.years)
    assert "no refresher grants counted" in plain.assumptions
    typical = value_offer(offer, refreshers="typical")
    # 20% of 400,000 = 80,000 a year, each grant vesting 20,000 a year over 4 years
    assert [y.refreshers for y in typical.years] == [0, 20000, 40000, 60000]
    assert "assumption" in typical.to_dict()["refreshers"]
    assert typical.steady_state == 180000 + 18000 + 80000
    custom = value_offer(offer, years=6, refreshers="15%")
    assert custom.years[5].refreshers == Decimal(60000)  # 15% of 400,000, a full stack
    with pytest.raises(InputError):
        value_offer(offer, refreshers="plenty")


def test_private_options_are_shown_under_scenarios_never_one_number() -> None:
    offer = parse_offer(
        {
            "company": "Seed Co",
            "currency": "USD",
            "base": 150000,
            "equity": {
                "type": "options",
                "shares": 10000,
                "strike": 2,
                "fmv_409a": 2,
                "preferred_price": 6,
                "fully_diluted_shares": 50_000_000,
                "exit_values": [50_000_000, 500_000_000],
                "vesting": "even",
            },
        }
    )
    valuation = value_offer(offer)
    worth = {s.key: s.grant_value for s in valuation.scenarios}
    # spread x shares: preferred (6 - 2) x 10,000; exits at 1 and 10 dollars a share
    assert worth == {
        "preferred": 40000,
        "409a": 0,
        "exit-50000000": 0,
        "exit-500000000": 80000,
        "zero": 0,
    }
    assert valuation.scenario is not None and valuation.scenario.key == "preferred"
    assert value_offer(offer, scenario="zero").four_year_total == 4 * 150000
    labels = " ".join(s.label for s in valuation.scenarios)
    assert "worth nothing" in labels and "preferred price" in labels and "$500.0M" in labels


def test_months_add_up_to_each_year() -> None:
    valuation = value_offer(parse_offer(BACK_LOADED | {"base": 180001, "relocation": 5000}))
    months = cash_by_month(valuation)
    assert len(months) == 48
    for year in valuation.years:
        chunk = months[(year.year - 1) * 12 : year.year * 12]
        assert sum(m.total for m in chunk) == year.total
    assert months[0].sign_on == 60000 and months[0].relocation == 5000
    assert months[11].bonus == Decimal("18000.10") and months[11].equity == 20000
    assert months[14].equity == 15000  # the first quarterly release after the cliff


def test_the_shipped_examples_load_and_value(tmp_path: Path) -> None:
    root = Path(__file__).parents[2] / "examples" / "offers"
    for file in sorted(root.glob("*.yaml")):
        valuation = value_offer(load_offer(file))
        assert valuation.year1_total > valuation.offer.base


def test_an_unknown_scenario_lists_the_known_ones() -> None:
    from levelset.errors import UnknownValue

    with pytest.raises(UnknownValue) as caught:
        value_offer(parse_offer(BACK_LOADED), scenario="moon")
    assert caught.value.suggestions == ("grant",)
