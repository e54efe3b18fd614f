"""Amounts as people type them: a $ sign, separators, k and M multiples."""

from __future__ import annotations

from decimal import Decimal

import pytest

from levelset.errors import InputError
from levelset.money import to_money
from levelset.offers.fieldreader import to_decimal


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("192k", 192_000), ("$192K", 192_000), ("1.2M", 1_200_000), (" 185 000 ", 185_000),
     ("185,000", 185_000), ("$185,000", 185_000), ("12.5", Decimal("12.5"))],
)  # fmt: skip
def test_typed_amounts_are_read_like_the_cli(typed: str, amount: Decimal) -> None:
    assert to_money(typed) == amount
    assert to_decimal(typed) == amount


@pytest.mark.parametrize("typed", ["k", "abc", "12kk", "$", "1k2"])
def test_text_that_is_no_amount_is_still_refused(typed: str) -> None:
    with pytest.raises(InputError):
        to_money(typed)
    assert to_decimal(typed) is None
