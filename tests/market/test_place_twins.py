"""Places the gazetteer's sources know by another of the same name: a metro's hyphenated city
("Winston-Salem" is no Salem), a name a larger place took from a ZIP town, a plural that is
no misspelling, townships and counties the sources lack, and Long Hill, CT."""

from __future__ import annotations

import csv
import gzip
import itertools
from pathlib import Path

import pytest

from levelset.errors import AmbiguousValue
from levelset.market import gazetteer
from levelset.market.build import SHIPPED_DIR, open_market
from levelset.market.metro_keys import ONE_CITY
from levelset.market.place_typing import plural_of
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from levelset.market.us_areas import place_key
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def test_one_city_holds_each_hyphenated_city_of_an_oews_metro_name() -> None:
    # "Winston-Salem, NC": the gazetteer has a town "Winston Salem" in the metro's state
    path = SHIPPED_DIR / "oews_may2025_tech_subset.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as stream:
        names = {r["area_name"] for r in csv.DictReader(stream) if r["areatype"] == "M"}
    found = set()
    for name in names:
        cities, _, states = name.partition(",")
        parts = [place_key(p) for p in cities.split("-") if place_key(p)]
        state = states.strip().split("-")[0]
        for one, two in itertools.pairwise(parts):
            if gazetteer._town_at(f"{one} {two}", state) is not None:
                found.add(f"{one} {two}")
    assert found == ONE_CITY


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Salem, NC", "Hickory-Lenoir-Morganton, NC"),  # Burke County's, not Winston-Salem
        ("Winston-Salem", "Winston-Salem, NC"),
        ("Winston Salem, NC", "Winston-Salem, NC"),
        ("Wilkes-Barre, PA", "Scranton--Wilkes-Barre, PA"),
    ],
)
def test_a_hyphenated_city_of_a_metro_name_is_one_city(
    market: MarketStore, text: str, name: str
) -> None:
    assert resolve_place(text, market).name == name


def test_the_zip_town_a_larger_place_took_the_name_from_is_named(market: MarketStore) -> None:
    # Irvine's Woodbridge (25,000) took the name; San Joaquin County's (4,000) is said
    place = resolve_place("Woodbridge, CA", market)
    assert place.name == "Los Angeles-Long Beach-Anaheim, CA"
    assert place.note is not None and "San Joaquin County, CA" in place.note
    assert "Stockton-Lodi, CA" in place.note


@pytest.mark.parametrize(
    ("text", "state"), [("Oaklands, CA", "California"), ("Hollands, MI", "Michigan")]
)
def test_a_plural_of_a_known_name_is_no_misspelling_of_it(
    market: MarketStore, text: str, state: str
) -> None:
    # Oakland and Holland are other places ("Woodlands, CA" and "Highlands, CA", the examples
    # until the Census's places, are places of their own: San Luis Obispo's and San Mateo's)
    place = resolve_place(text, market)
    assert (place.kind, place.name) == ("state", state)
    assert place.note is not None and f"is known in {state}" in place.note


@pytest.mark.parametrize(
    ("typed", "known", "plural"),
    [
        ("woodlands", "woodland", True),
        ("highlands ranch", "highland ranch", True),
        ("seatle", "seattle", False),
        ("woodland", "woodland", False),
        ("sans", "san", True),
        ("palo alto", "palo altos x", False),
    ],
)
def test_plural_of_tells_a_final_s_apart_from_a_slip(typed: str, known: str, plural: bool) -> None:
    assert plural_of(typed, known) is plural


def test_a_county_read_for_a_town_the_data_lacks_says_so(market: MarketStore) -> None:
    # no town is called "Van Zandt" in Texas (which has no townships); its county is read
    place = resolve_place("Van Zandt, TX", market)
    assert place.note is not None and "no town 'Van Zandt' is known in Texas" in place.note
    assert "county" in place.why.lower()


def test_a_township_the_zip_codes_lack_is_read_by_its_county(market: MarketStore) -> None:
    # Van Buren Charter Township (Wayne County) and Milton Township (DuPage County): no ZIP
    # code names them, the Census's list of county subdivisions does (before 2026-12-06 Van
    # Buren County and Pike County's village of 300 were read, with a note)
    van_buren = resolve_place("Van Buren, MI", market)
    assert van_buren.name == "Detroit-Warren-Dearborn, MI"
    assert van_buren.note is not None and "Wayne County" in van_buren.note
    milton = resolve_place("Milton Township, IL", market)
    assert milton.name == "Chicago-Naperville-Elgin, IL-IN"
    assert milton.note is not None and "DuPage County" in milton.note


def test_a_large_town_read_for_its_township_needs_no_note(market: MarketStore) -> None:
    place = resolve_place("Cherry Hill Township, NJ", market)
    assert place.name == "Philadelphia-Camden-Wilmington, PA-NJ-DE-MD" and place.note is None


@pytest.mark.parametrize("text", ["Long Hill, CT", "Long Hill, Connecticut"])
def test_long_hill_is_trumbulls_and_names_grotons(market: MarketStore, text: str) -> None:
    place = resolve_place(text, market)
    assert place.name == "Bridgeport-Stamford-Danbury, CT"
    assert place.note is not None and "Norwich-New London-Willimantic, CT" in place.note
    assert resolve_place("Groton, CT", market).name == "Norwich-New London-Willimantic, CT"


def test_a_town_split_three_ways_names_the_metro_not_a_second_area_read_alike(
    market: MarketStore,
) -> None:
    # 53965: 37% in no CBSA, 37% Baraboo's micropolitan area (both read as Wisconsin), 26%
    # Madison's: Madison is named, Baraboo's share would say nothing
    place = resolve_place("Wisconsin Dells, WI", market)
    assert (place.kind, place.name) == ("state", "Wisconsin")
    assert place.note is not None and "Madison, WI" in place.note


def test_a_city_abroad_whose_name_after_the_is_a_metro_city_is_asked_about(
    market: MarketStore,
) -> None:
    # "Woodlands" alone: Singapore's town, or The Woodlands, TX (a principal city of Houston's
    # metro); each choice reads on its own
    with pytest.raises(AmbiguousValue) as asked:
        resolve_place("Woodlands", market)
    choices = asked.value.suggestions
    assert "The Woodlands" in choices and "Woodlands, Singapore" in choices
    assert resolve_place("The Woodlands", market).name == "Houston-Pasadena-The Woodlands, TX"
    assert resolve_place("Woodlands, Singapore", market).name == "Singapore"


@pytest.mark.parametrize(
    ("text", "metro"),
    [
        # Stamford, TX: the town and its ZIP code lie in Jones County (Abilene's metro); only
        # Lake Stamford's water is Haskell County's, which the Census file's county names
        ("Stamford, TX", "Abilene, TX"),
        ("Stamford, Texas", "Abilene, TX"),
        ("79553", "Abilene, TX"),
        # 33936, Lehigh Acres: Lee County's homes (Cape Coral-Fort Myers), Hendry County's land
        ("33936", "Cape Coral-Fort Myers, FL"),
        ("Lehigh Acres, FL", "Cape Coral-Fort Myers, FL"),
    ],
)
def test_a_place_on_a_county_line_is_read_where_its_people_live(
    market: MarketStore, text: str, metro: str
) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == ("metro", metro)
