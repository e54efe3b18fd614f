"""How places are typed and where the gazetteer's sources disagree: government words ("Weymouth
Town", "Township of Cherry Hill"), newspaper state abbreviations, ZIP+4, a state's name after an
unknown town, towns and ZIP codes split between metros, and two places of one name in a state."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import AmbiguousValue, InputError
from levelset.market.build import open_market
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths

DC = "Washington-Arlington-Alexandria, DC-VA-MD-WV"
NYC = "New York-Newark-Jersey City, NY-NJ"


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Weymouth Town, MA", "metro", "Boston-Cambridge-Newton, MA-NH"),
        ("Township of Cherry Hill, NJ", "metro", "Philadelphia-Camden-Wilmington, PA-NJ-DE-MD"),
        ("Village of Schaumburg, IL", "metro", "Chicago-Naperville-Elgin, IL-IN"),
        ("Boise City, Idaho", "metro", "Boise City, ID"),
        ("Cupertino, Calif.", "metro", "San Jose-Sunnyvale-Santa Clara, CA"),
        ("Calif.", "state", "California"),
        ("N. Carolina", "state", "North Carolina"),
        ("98101-1234", "metro", "Seattle-Tacoma-Bellevue, WA"),
        ("nyc, ny", "metro", NYC),
        ("SoHo, New York", "metro", NYC),
        ("Berlin, DE", "country", "Germany"),
        ("Rose Hill, VA", "metro", DC),  # Fairfax County's 20,000, not Lee County's village
        ("Saint Simons, Georgia", "metro", "Brunswick-St. Simons, GA"),
        ("Urban Honolulu, Hawaii", "metro", "Urban Honolulu, HI"),
        ("Port St. John, FL", "metro", "Palm Bay-Melbourne-Titusville, FL"),
        ("Māʻili, HI", "metro", "Urban Honolulu, HI"),  # GeoNames' accents folded too
        ("West Carrollton, OH", "metro", "Dayton-Kettering-Beavercreek, OH"),
        ("Bailey's Crossroads, VA", "metro", DC),  # GeoNames: "Baileys Crossroads"
        ("San Buenaventura", "metro", "Oxnard-Thousand Oaks-Ventura, CA"),  # Ventura's own name
    ],
)
def test_typed_forms_read_to_their_area(
    market: MarketStore, text: str, kind: str, name: str
) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == (kind, name), place.why


def test_a_state_name_after_an_unknown_town_is_the_state_said_so(market: MarketStore) -> None:
    # a state's name after a town the gazetteer lacks is the state, widened (Loudonville, NY,
    # once such a town, is now known by the Postal Service's name of 12211: Albany's metro;
    # Steiner Ranch, TX, by the Census's places: Austin's). Bluff Springs is a quarter of
    # Austin that no source holds
    place = resolve_place("Bluff Springs, Texas", market)
    assert (place.kind, place.name) == ("state", "Texas")
    assert place.note is not None and "Bluff Springs" in place.note
    assert resolve_place("Loudonville, New York", market).name == "Albany-Schenectady-Troy, NY"


def test_a_short_state_abbreviation_alone_is_no_state(market: MarketStore) -> None:
    try:
        place = resolve_place("Wash", market)
    except InputError:
        return
    assert place.name != "Washington"


def test_a_town_split_between_metros_names_the_other(market: MarketStore) -> None:
    # Poinciana's ZIP codes: 34758 in Orlando's CBSA, 34759 mostly in Lakeland's
    place = resolve_place("Poinciana, FL", market)
    assert place.kind == "metro" and place.note is not None
    others = {"Lakeland-Winter Haven, FL", "Orlando-Kissimmee-Sanford, FL"} - {place.name}
    assert others.pop() in place.note


def test_a_zip_code_reads_its_own_metro_by_its_homes(market: MarketStore) -> None:
    # Landrum's 29356: 51% of its homes in Greenville's CBSA, most of its businesses in
    # Spartanburg's; its town's other ZIP code does not decide
    place = resolve_place("29356", market)
    assert place.name == "Greenville-Anderson-Greer, SC"
    assert place.note is not None and "Spartanburg" in place.note


def test_two_places_of_one_name_in_a_state_name_each_other(market: MarketStore) -> None:
    # Sutter County's city of Live Oak keeps the name; Santa Cruz County's is named
    place = resolve_place("Live Oak, CA", market)
    assert place.note is not None and "Santa Cruz" in place.note


def test_two_places_of_a_size_name_each_other_even_the_smaller(market: MarketStore) -> None:
    # GeoNames: Kern County's Alta Sierra (7,047) and Nevada County's (6,911), far apart; the
    # second lies in no OEWS metro, so its area is the state, named in full
    place = resolve_place("Alta Sierra, CA", market)
    assert place.name == "Bakersfield-Delano, CA"
    assert place.note is not None and "Nevada County, CA, in California" in place.note


def test_a_place_without_a_zip_code_by_a_county_line_names_the_other_area(
    market: MarketStore,
) -> None:
    # Maplewood, WA has no ZIP code: its nearest ZIP code is Kitsap County's (2.8 km), Pierce
    # County's is 5.6 km away, and the Census puts the place in Pierce (Tacoma's metro): the
    # Census's county is read, the nearest ZIP code's named (until 2026-12-06 night the nearest
    # ZIP code's was read and Pierce's named)
    place = resolve_place("Maplewood, WA", market)
    assert place.name == "Seattle-Tacoma-Bellevue, WA"
    assert place.note is not None and "type 'Bremerton-Silverdale-Port Orchard, WA'" in place.note


@pytest.mark.parametrize(
    ("text", "metro", "by"),
    [
        # Census places with no ZIP code of their own: Assumption Parish's, by St. Mary Parish's
        # Morgan City (no OEWS metro); Guadalupe County's, by Caldwell County's (Austin's)
        ("Bayou L'Ourse, LA", "Baton Rouge, LA", "Louisiana"),
        ("Redwood, TX", "San Antonio-New Braunfels, TX", "Austin-Round Rock-San Marcos, TX"),
    ],
)
def test_a_place_without_a_zip_code_is_in_the_census_county_of_its_place(
    market: MarketStore, text: str, metro: str, by: str
) -> None:
    place = resolve_place(text, market)
    assert place.name == metro
    assert place.note is not None and f"type '{by}'" in place.note


def test_a_zip_code_no_area_holds_most_of_names_every_other_area(market: MarketStore) -> None:
    # 46574 (Walkerton, IN): HUD puts 31% of its homes in South Bend's CBSA, 29% in none, 21%
    # in Michigan City-La Porte's and 19% in Plymouth's micropolitan area (the state's rest)
    place = resolve_place("46574", market)
    assert place.name == "South Bend-Mishawaka, IN-MI"
    assert place.note is not None and "none holding most of its homes" in place.note
    assert "type 'Indiana' or 'Michigan City-La Porte, IN'" in place.note


@pytest.mark.parametrize("text", ["Ross, IN", "Ross, Indiana"])
def test_a_town_unknown_in_its_state_is_not_another_states_town(
    market: MarketStore, text: str
) -> None:
    # no ZIP town Ross is known in Indiana: Ross, OH lies in Cincinnati's metro, which reaches
    # Indiana, but "Ross, IN" never reads as it; Lake County's Ross (a census-designated place
    # in the Census's places, and a township) is read, in Chicago's metro
    place = resolve_place(text, market)
    assert place.name == "Chicago-Naperville-Elgin, IL-IN"
    assert "Lake County" in place.why


def test_a_metros_own_short_name_before_its_state_still_reads_the_metro(
    market: MarketStore,
) -> None:
    assert resolve_place("the Twin Cities, MN", market).name.startswith("Minneapolis")
    assert resolve_place("NYC, NY", market).name == "New York-Newark-Jersey City, NY-NJ"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cuppertino", "San Jose-Sunnyvale-Santa Clara, CA"),
        ("Mountain Veiw", "San Jose-Sunnyvale-Santa Clara, CA"),
        ("Kirklnd", "Seattle-Tacoma-Bellevue, WA"),
        ("Mountain Veiw, CA", "San Jose-Sunnyvale-Santa Clara, CA"),  # not California, widened
    ],
)
def test_a_misspelt_large_town_reads_as_it_saying_so(
    market: MarketStore, text: str, name: str
) -> None:
    # towns of 50,000 people or more are weighed by the typo reader beside metros' cities
    place = resolve_place(text, market)
    assert place.name == name and "similar" in place.why


def test_a_countrys_name_with_and_in_it_is_one_place_not_two(market: MarketStore) -> None:
    # every such country (GeoNames) after a city, read as that country, not as two places offered
    from levelset.market import world

    joined = [n for n in world.countries().values() if " and " in n and "," not in n]
    assert len(joined) >= 10
    for name in joined:
        place = resolve_place(f"Capital City, {name}", market)
        assert (place.kind, place.name, place.note) == ("country", name, None), name
    assert resolve_place("Newfoundland and Labrador", market).name == "Canada"
    two = resolve_place("Seattle and Austin", market)  # two places: the first, the other named
    assert two.note is not None and "Austin" in two.note


@pytest.mark.parametrize(
    ("text", "choice"),
    [("Midwest", "Midwest, WY"), ("Middle East", "Middle East, MD"), ("Home", "Home, KS")],
)
def test_a_name_alone_only_small_towns_bear_is_asked_about(
    market: MarketStore, text: str, choice: str
) -> None:
    # read as the largest of them, "Midwest" was Casper, WY's metro without a word
    with pytest.raises(AmbiguousValue) as caught:
        resolve_place(text, market)
    assert choice in caught.value.suggestions
    assert resolve_place(choice, market).state == choice[-2:]  # each choice reads
    if caught.value.suggestions == [choice]:  # one town: said as found, not as a choice
        assert caught.value.message == (
            f"{text!r} alone is known here only as {choice}, a town of fewer than 5,000 "
            "people, which levelset does not take for a name typed alone"
        )
        assert caught.value.hint is not None and caught.value.hint.startswith(f"type '{choice}'")


def test_small_towns_names_are_read_with_their_state_or_when_a_city_abroad_bears_them(
    market: MarketStore,
) -> None:
    assert resolve_place("Midwest, WY", market).name == "Casper, WY"
    assert resolve_place("Manila", market).name == "Philippines"  # Manila, AR: 3,675 people


def test_a_misspelt_name_read_as_the_closest_says_so_beside_the_answer(
    market: MarketStore,
) -> None:
    for text in ("Bostn", "Mountain Veiw, CA"):
        place = resolve_place(text, market)
        assert place.note is not None and "closest name" in place.note, text


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        ("Culver City, LA", "Los Angeles-Long Beach-Anaheim, CA", "LA read as"),
        ("Venice, LA", "New Orleans-Metairie, LA", ""),  # Plaquemines Parish has a Venice
        ("Nowhere, LA", "Louisiana", "no place 'Nowhere' is known in Louisiana"),
    ],
)
def test_la_after_a_los_angeles_place_louisiana_lacks_is_los_angeles_said_so(
    market: MarketStore, text: str, name: str, said: str
) -> None:
    place = resolve_place(text, market)
    assert place.name == name and said in (place.note or "")


def test_a_name_the_post_office_accepts_reads_with_its_state(market: MarketStore) -> None:
    # Kingstowne (17,000 people, Fairfax County) is only an accepted name of 22315, and GeoNames
    # has no place of it: with its state it reads as its ZIP code's metro
    place = resolve_place("Kingstowne, VA", market)
    assert place.name == "Washington-Arlington-Alexandria, DC-VA-MD-WV"


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Remote", "remote", "Remote, United States"),  # Remote, OR: a post office's name
        ("Munich, Bavaria", "country", "Germany"),  # Bavaria, KS likewise
        ("Ft. Worth", "metro", "Dallas-Fort Worth-Arlington, TX"),
    ],
)
def test_such_a_name_alone_is_never_read_as_that_post_office(
    market: MarketStore, text: str, kind: str, name: str
) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == (kind, name)


def test_a_connecticut_place_without_a_zip_code_reads_its_planning_regions_metro(
    market: MarketStore,
) -> None:
    # since July 2023 Connecticut's CBSAs are made of planning regions, not of its old counties:
    # Cheshire Village (New Haven County) lies in Waterbury-Shelton's, as its ZIP code does
    assert resolve_place("Cheshire Village, CT", market).name == "Waterbury-Shelton, CT"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the Postal Service's "Saint Louis, MO" and GeoNames' "St. Louis" are one city, read
        # together against Saint Louis, MI's 7,500 (it was read alone, as Michigan)
        ("Saint Louis", "St. Louis, MO-IL"),
        ("Ft Myers", "Cape Coral-Fort Myers, FL"),
        ("Metro Detroit", "Detroit-Warren-Dearborn, MI"),
        ("Metro Atlanta", "Atlanta-Sandy Springs-Roswell, GA"),
        ("Tampa Bay", "Tampa-St. Petersburg-Clearwater, FL"),
    ],
)
def test_a_common_name_in_its_other_spelling_reads_its_city(
    market: MarketStore, text: str, name: str
) -> None:
    assert resolve_place(text, market).name == name


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("NY, NY", "metro", "New York-Newark-Jersey City, NY-NJ"),  # was the state, widened
        ("Long Island", "metro", "New York-Newark-Jersey City, NY-NJ"),  # was asked: KS, ME, VA
        ("Westchester", "metro", "New York-Newark-Jersey City, NY-NJ"),  # was Westchester, FL's
        ("South Florida", "metro", "Miami-Fort Lauderdale-West Palm Beach, FL"),
        ("SoCal", "state", "California"),  # several metros: the state, said so
        ("Upstate NY", "state", "New York"),
    ],
)
def test_regions_people_name_read_their_metro_or_state(
    market: MarketStore, text: str, kind: str, name: str
) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == (kind, name)
    if kind == "state":
        assert place.note is not None and "spans several OEWS metros" in place.note


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marin", "San Francisco-Oakland-Fremont, CA"),  # no town is Marin: the county
        ("Miami-Dade", "Miami-Fort Lauderdale-West Palm Beach, FL"),
        ("DuPage", "Chicago-Naperville-Elgin, IL-IN"),
        ("DuPage, IL", "Chicago-Naperville-Elgin, IL-IN"),  # was Illinois, widened
        ("Loudoun, VA", "Washington-Arlington-Alexandria, DC-VA-MD-WV"),
    ],
)
def test_a_county_named_without_the_word_reads_as_the_county(
    market: MarketStore, text: str, name: str
) -> None:
    place = resolve_place(text, market)
    assert place.name == name and "County" in place.why


@pytest.mark.parametrize("text", ["Remote, OR", "Remote - Oregon", "Oregon (Remote)"])
def test_remote_in_a_state_is_ranged_nationally_and_says_the_state_is_not_used(
    text: str, market: MarketStore
) -> None:
    place = resolve_place(text, market)
    assert place.kind == "remote" and place.country == "US"
    assert place.note is not None and "not Oregon alone" in place.note
    assert "'Oregon'" in place.note


def test_remote_alone_or_in_a_country_carries_no_such_note(market: MarketStore) -> None:
    assert resolve_place("Remote", market).note is None
    assert resolve_place("Remote US", market).note is None
