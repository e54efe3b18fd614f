"""Cost of living between places: only the user's ratio, parsed strictly, named as theirs."""

from decimal import Decimal

import pytest

from levelset.errors import InputError
from levelset.offers import Offer, compare_offers, parse_offer
from levelset.offers.living import LivingRatio, in_reference_terms, living_ratios, parse_ratio


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


def _offer(company: str, place: str, base: int) -> Offer:
    data = {"company": company, "base": base, "location": place, "currency": "USD"}
    return parse_offer(data, source="inline")


def test_a_ratio_alone_is_for_the_one_other_place_and_refused_among_three() -> None:
    offers = [_offer("A", "Seattle, WA", 200_000), _offer("B", "Austin, TX", 170_000)]
    found = in_reference_terms(compare_offers(offers), {"": "0.85"})
    assert found is not None and found.reference == "Seattle, WA"
    (austin,) = found.offers  # Seattle's offer stands as it is
    assert (austin.position, austin.year1_total, austin.label) == (1, 200_000, "B")
    assert in_reference_terms(compare_offers(offers), {"Austin, TX": ""}) is None  # left empty
    three = compare_offers([*offers, _offer("C", "Denver, CO", 180_000)])
    with pytest.raises(InputError, match="name the place of each ratio"):
        in_reference_terms(three, {"": "0.85"})
