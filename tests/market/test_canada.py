"""Canada's provinces and territories, by name and Canada Post symbol, read as Canada (no source
here has a Canadian area of its own), saying which place it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("text", "named"),
    [("Ontario", "Ontario"), ("Québec", "Quebec"), ("BC", "British Columbia"),
     ("Smalltown, ON", "Smalltown"), ("Toronto, ON", "Toronto"),
     ("Kitchener, ON (Hybrid)", "Kitchener"), ("Calgary, Alberta", "Calgary")],
)  # fmt: skip
def test_a_province_or_a_place_in_one_reads_as_canada_and_names_it(
    market: MarketStore, text: str, named: str
) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name, place.country) == ("country", "Canada", "CA")
    assert place.note is not None and place.note.startswith(f"no source here has {named} alone")


def test_a_province_named_like_a_us_city_says_how_to_get_the_city(market: MarketStore) -> None:
    place = resolve_place("Ontario", market)
    assert place.note is not None and "type 'Ontario, CA'" in place.note
    city = resolve_place("Ontario, CA", market)
    assert (city.kind, city.name) == ("metro", "Riverside-San Bernardino-Ontario, CA")


def test_a_misspelt_us_city_is_still_never_widened(market: MarketStore) -> None:
    place = resolve_place("Seatle, WA", market)
    assert place.name == "Seattle-Tacoma-Bellevue, WA"
