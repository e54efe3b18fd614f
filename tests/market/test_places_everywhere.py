"""Places by the Census CBSA of their ZIP codes, as LinkedIn and postings write them, and
abroad: the rules the generated Census check (tests/corpus/places/SOURCES.md) was tuned with."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from levelset.errors import AmbiguousValue, UnknownValue
from levelset.market.build import open_market
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths

LA = "Los Angeles-Long Beach-Anaheim, CA"


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Winston-Salem", "Winston-Salem, NC"),  # was Greensboro: the title splits at "-"
        ("Louisville, KY", "Louisville/Jefferson County, KY-IN"),
        ("Honolulu", "Urban Honolulu, HI"),
        ("Alabaster, AL", "Birmingham, AL"),  # an outer county no principal city lies in
        ("Saint Bernard Parish, LA", "New Orleans-Metairie, LA"),  # "St. Bernard" in the table
        ("King County, Washington", "Seattle-Tacoma-Bellevue, WA"),
        ("Dublin, CA", "San Francisco-Oakland-Fremont, CA"),
        ("Dublin, OH", "Columbus, OH"),
    ],
)
def test_a_place_reads_as_the_metro_of_its_cbsa(market: MarketStore, text: str, name: str) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == ("metro", name)


def test_a_place_in_no_metro_reads_as_its_state(market: MarketStore) -> None:
    place = resolve_place("Albertville, AL", market)  # a micropolitan area: OEWS has none
    assert (place.kind, place.name) == ("state", "Alabama")


def test_a_name_towns_share_is_read_by_its_largest_town_not_by_a_metro_title(
    market: MarketStore,
) -> None:
    # Lancaster, PA names a metro; Lancaster, CA (170,000 people) is three times as large
    place = resolve_place("Lancaster", market)
    assert place.name == LA
    assert place.note is not None and "PA" in place.note


def test_an_unknown_town_in_a_known_state_is_widened_aloud(market: MarketStore) -> None:
    place = resolve_place("Nowhereville Junction, CA", market)
    assert (place.kind, place.name) == ("state", "California")
    assert place.note is not None and "Nowhereville Junction" in place.note


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Greater Boston", "Boston-Cambridge-Newton, MA-NH"),
        ("Greater Seattle Area", "Seattle-Tacoma-Bellevue, WA"),
        ("San Francisco Bay Area", "San Francisco-Oakland-Fremont, CA"),
        ("Los Angeles Metropolitan Area", LA),
        ("Dallas-Fort Worth Metroplex", "Dallas-Fort Worth-Arlington, TX"),
        ("Austin, Texas, United States", "Austin-Round Rock-San Marcos, TX"),
    ],
)
def test_linkedin_area_lines_read_as_their_metro(market: MarketStore, text: str, name: str) -> None:
    assert resolve_place(text, market).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "OR" is Oregon, not "or": Lane County's Santa Clara (a Census place, no ZIP code)
        ("Santa Clara, OR", "Eugene-Springfield, OR"),
        ("Ashland, OH", "Ohio"),  # Huntington-Ashland's Ashland is Kentucky's
        ("Manchester, VA", "Richmond, VA"),  # Chesterfield County's; never Manchester, UK
    ],
)
def test_a_trailing_state_is_that_state(market: MarketStore, text: str, name: str) -> None:
    place = resolve_place(text, market)
    assert place.name == name and place.country == "US"


def test_linkedins_joined_areas_read_the_first_and_name_the_others(
    market: MarketStore,
) -> None:
    place = resolve_place("Washington DC-Baltimore Area", market)
    assert place.name == "Washington-Arlington-Alexandria, DC-VA-MD-WV"
    assert place.note is not None and "Baltimore-Columbia-Towson, MD" in place.note


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("München", "Germany"),
        ("Bangalore", "India"),
        ("Bengaluru, Karnataka, India", "India"),
        ("São Paulo", "Brazil"),
        ("Kuala Lumpur", "Malaysia"),
        ("Moscow, Russia", "Russia"),  # not Moscow, Ohio: the line names its country
        ("Lima, Peru", "Peru"),  # not Peru, Indiana
        ("Toronto, ON", "Canada"),
        ("Riyadh", "Saudi Arabia"),
    ],
)
def test_a_city_abroad_reads_as_its_country(market: MarketStore, text: str, country: str) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == ("country", country)
    assert place.area is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Frankfurt, DE", "Germany"),  # GeoNames' name is "Frankfurt am Main"
        ("Frankfurt", "Germany"),
        ("Gurgaon, Haryana", "India"),  # renamed Gurugram in 2016
        ("Gurgaon", "India"),
    ],
)
def test_a_city_abroad_reads_by_its_other_names_no_us_town_bears(
    market: MarketStore, text: str, country: str
) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == ("country", country)


def test_a_us_towns_name_stays_its_own_when_a_city_abroad_bears_it_too(
    market: MarketStore,
) -> None:
    # "Frankfort" is among Frankfurt am Main's other names in GeoNames, and Kentucky's capital
    assert resolve_place("Frankfort, KY", market).name == "Kentucky"
    assert resolve_place("Frankfort", market).state == "KY"


def test_a_much_larger_city_abroad_wins_a_bare_name_and_says_so(market: MarketStore) -> None:
    place = resolve_place("Lima", market)  # Peru's 7.7 million against Ohio's 37,000
    assert (place.kind, place.name) == ("country", "Peru")
    assert place.note is not None and "Lima, OH" in place.note
    assert resolve_place("Lima, OH", market).name == "Lima, OH"


def test_the_note_names_the_us_town_not_the_words_around_it(market: MarketStore) -> None:
    place = resolve_place("Greater London", market)
    assert place.name == "United Kingdom"
    assert place.note is not None and "'London, OH'" in place.note


def test_a_us_town_keeps_its_name_and_names_the_city_abroad(market: MarketStore) -> None:
    place = resolve_place("San Jose", market)
    assert place.name == "San Jose-Sunnyvale-Santa Clara, CA"
    assert place.note is not None and "Costa Rica" in place.note


@pytest.mark.parametrize("text", ["Dublin", "Vancouver", "Birmingham"])
def test_two_large_cities_of_one_name_here_and_abroad_are_asked_about(
    market: MarketStore, text: str
) -> None:
    with pytest.raises(AmbiguousValue) as caught:
        resolve_place(text, market)
    choices = caught.value.suggestions
    assert len(choices) == 2
    kinds = {resolve_place(choice, market).kind for choice in choices}
    assert kinds == {"metro", "country"}  # each choice resolves, one here and one abroad


def test_a_county_name_in_many_states_is_asked_about(market: MarketStore) -> None:
    with pytest.raises(AmbiguousValue) as caught:
        resolve_place("Washington County", market)
    assert all(c.startswith("Washington County, ") for c in caught.value.suggestions)


def test_a_two_letter_code_abroad_reads_only_for_the_crowds_countries(
    market: MarketStore,
) -> None:
    assert resolve_place("Belarus", market).country == "BY"
    with pytest.raises(UnknownValue):
        resolve_place("BY", market)  # Bavaria's code as often as Belarus's


def test_the_small_world_file_agrees_with_the_whole_one() -> None:
    from levelset.market import world

    path = resources.files("levelset.market.curated").joinpath("world_us_names.json")
    shipped = json.loads(path.read_text(encoding="utf-8"))["us_names"]
    for key, (name, country, people, *_us) in shipped.items():
        assert world.find_city(key) == world.City(name, country, people)
    assert world.us_name("lima") is not None and world.us_name("seattle") is None
    assert world.is_us_name("pueblo") and world.us_name("pueblo") is None  # Puebla's other name


def test_a_city_abroad_named_after_a_district_reads_as_its_country(market: MarketStore) -> None:
    place = resolve_place("Gachibowli, Hyderabad, Telangana", market)
    assert (place.kind, place.name) == ("country", "India")
    assert resolve_place("Some Labs, Paris, Texas", market).name == "Texas"  # a state named
