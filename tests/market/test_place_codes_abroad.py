"""Cities abroad written with a code or name a US state shares, and towns split between
metros by one of their ZIP codes: read right, asked about, or said, never silently wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import AmbiguousValue
from levelset.market.build import open_market
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def test_a_city_of_a_country_that_shares_a_states_name_is_that_country(
    market: MarketStore,
) -> None:
    place = resolve_place("Tbilisi, Georgia", market)
    assert (place.kind, place.name) == ("country", "Georgia")
    assert resolve_place("Athens, Georgia", market).name == "Athens-Clarke County, GA"


def test_a_city_before_another_countrys_code_asks_which(market: MarketStore) -> None:
    # NL is Nuevo León's code as well as the Netherlands'
    with pytest.raises(AmbiguousValue) as asked:
        resolve_place("Monterrey, NL", market)
    assert list(asked.value.suggestions) == ["Monterrey, Mexico", "Monterrey, Netherlands"]
    assert resolve_place("Monterrey, Mexico", market).name == "Mexico"
    # a Canadian province's code after a city abroad of another name stays Canada
    assert resolve_place("London, ON", market).name == "Canada"
    assert resolve_place("Amsterdam, NL", market).name == "Netherlands"


def test_a_town_one_of_whose_zip_codes_lies_partly_in_another_metro_says_so(
    market: MarketStore,
) -> None:
    # 34134's homes lie partly in Naples's CBSA in HUD's crosswalk, Bonita Springs's others not
    place = resolve_place("Bonita Springs, FL", market)
    assert place.name == "Cape Coral-Fort Myers, FL"
    assert place.note is not None and "34134" in place.note and "Naples" in place.note
    assert "type 'Naples-Marco Island, FL'" in place.note
    assert resolve_place("Naples-Marco Island, FL", market).name == "Naples-Marco Island, FL"
    assert resolve_place("Seattle, WA", market).note is None
