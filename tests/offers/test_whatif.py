"""Equity what-if arithmetic, worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from levelset.errors import InputError
from levelset.offers.model import EquityKind, Frequency, Vesting
from levelset.offers.whatif import Exit, Grant, what_if

EVEN = Vesting(tuple(Decimal(25) for _ in range(4)), 12, Frequency.QUARTERLY)


def test_options_at_a_company_value_after_two_diluting_rounds() -> None:
    grant = Grant(EquityKind.OPTIONS, Decimal(40000), EVEN, strike=Decimal("2.50"))
    exit = Exit(company_value=Decimal(2_000_000_000), fully_diluted_shares=Decimal(100_000_000),
                dilution_pct=Decimal(15), rounds=2)  # fmt: skip
    found = what_if(grant, exit)
    # 2B x 0.85^2 / 100M = $14.45 a share
    assert found.price == Decimal("14.4500")
    assert [y.vested_total for y in found.years] == [10000, 20000, 30000, 40000]
    last = found.years[-1]
    assert last.gross == Decimal("578000.00")  # 40,000 x 14.45
    assert last.exercise_cost == Decimal("100000.00")  # 40,000 x 2.50
    assert last.net == Decimal("478000.00")
    assert found.ownership_now == Decimal("0.0400") and found.ownership_at_exit == Decimal("0.0289")
    assert not found.underwater
    assert any("not tax advice" in line for line in found.tax_note)


def test_rsus_at_a_share_price_with_a_cliff_release_whole_shares() -> None:
    monthly = Vesting((Decimal(40), Decimal(30), Decimal(20), Decimal(10)), 12, Frequency.MONTHLY)
    found = what_if(Grant(EquityKind.RSU, Decimal(1001), monthly), Exit(price=Decimal(100)))
    assert [y.vested for y in found.years] == [400, 300, 200, 101]  # whole shares, all of them
    assert found.years[0].net == Decimal("40000.00") and found.years[0].exercise_cost == 0
    assert found.ownership_now is None


def test_options_under_water_are_worth_nothing() -> None:
    grant = Grant(EquityKind.OPTIONS, Decimal(1000), EVEN, strike=Decimal(5))
    found = what_if(grant, Exit(price=Decimal(4)))
    assert found.underwater and all(y.net == 0 for y in found.years)
    assert found.years[-1].exercise_cost == Decimal("5000.00")


def test_bad_input_names_each_field() -> None:
    with pytest.raises(InputError) as refused:
        what_if(Grant(EquityKind.RSU, Decimal(0), EVEN), Exit(dilution_pct=Decimal(120)))
    fields = {p.field for p in refused.value.problems}
    assert fields == {"shares", "dilution", "exit"}
