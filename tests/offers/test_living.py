"""Cost of living between places: only the user's ratio, parsed strictly, named as theirs."""

from decimal import Decimal

import pytest

from levelset.errors import InputError
from levelset.offers.living import LivingRatio, living_ratios, parse_ratio


@pytest.mark.parametrize(
    ("typed", "value"),
    [("0.85", Decimal("0.85")), ("85%", Decimal("0.85")), ("1,2", Decimal("1.2")), (" ", None)],
)
def test_a_ratio_is_read_as_people_type_it(typed: str, value: Decimal | None) -> None:
    assert parse_ratio(typed, "living") == value


@pytest.mark.parametrize("typed", ["lots", "0", "-1", "12", "nan", "inf"])
def test_a_ratio_that_is_not_one_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_ratio(typed, "living", "Austin, TX")
    assert caught.value.problems[0].field == "living"
    assert "for Austin, TX" in caught.value.problems[0].message


def test_an_amount_is_worth_its_ratio_in_the_reference_place() -> None:
    austin = LivingRatio("Austin, TX", Decimal("0.85"), "Seattle, WA")
    assert austin.in_reference(170_000) == Decimal(200_000)
    assert "your figure" in austin.said and "no cost-of-living index" in austin.said
    found = living_ratios("Seattle, WA", {"austin, tx": "0.85", "Denver, CO": ""},
                          ["Austin, TX", "Denver, CO"])  # fmt: skip
    assert found == (austin,)  # the place as the offer names it; an empty one left out
    with pytest.raises(InputError):
        living_ratios("Seattle, WA", {"Boise, ID": "0.8"}, ["Austin, TX"])
