"""Equity blocks that cannot be valued as written: refused with the field and what is expected."""

import pytest

from levelset.errors import InputError
from levelset.offers import parse_offer

BASE = {"company": "Acme", "currency": "USD", "base": 180000}


def _problems(equity: dict[str, object]) -> dict[str, str]:
    with pytest.raises(InputError) as caught:
        parse_offer(BASE | {"equity": equity})
    return {p.field or "": f"{p.message} (expected {p.expected})" for p in caught.value.problems}


def test_a_grant_value_and_shares_at_once_is_ambiguous() -> None:
    found = _problems({"grant_value": 100000, "shares": 100, "share_price": 10})
    assert "equity.grant_value" in found
    assert "both" in found["equity.grant_value"] and "not both" in found["equity.grant_value"]


@pytest.mark.parametrize(
    "equity",
    [
        {"shares": 0, "share_price": 10},
        {"type": "options", "shares": 0, "strike": 1, "preferred_price": 4},
    ],
)
def test_a_grant_of_no_shares_is_refused(equity: dict[str, object]) -> None:
    found = _problems(equity)
    assert "more than 0" in found["equity.shares"]


def test_options_are_valued_from_shares_not_a_grant_value() -> None:
    found = _problems({"type": "options", "grant_value": 50000, "shares": 100, "strike": 1})
    assert "options" in found["equity.grant_value"] and "shares" in found["equity.grant_value"]


def test_an_rsu_grant_of_shares_and_price_is_valued() -> None:
    offer = parse_offer(BASE | {"equity": {"shares": 100, "share_price": "250.50"}})
    assert offer.equity is not None and str(offer.equity.rsu_value) == "25050.00"
