"""Board lines that name several states or countries, a region of a country, and bare names a
small US town shares with a country or a larger city abroad. Every text here was written for
this test (none is a corpus row)."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import AmbiguousValue, InputError
from levelset.market.build import open_market
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("typed", "kind", "name", "other"),
    [
        # a list of states or countries reads its first, the others said; never its last
        ("Ohio, Kentucky, Indiana", "state", "Ohio", "Indiana"),
        ("Oregon, Nevada", "state", "Oregon", "Nevada"),
        ("Remote in Portugal, Spain", "remote", "Remote, Portugal", "Spain"),
        ("Anywhere in Austria, Germany, Italy", "remote", "Remote, Austria", "Italy"),
        ("Poland, Romania (Remote)", "remote", "Remote, Poland", "Romania"),
    ],
)
def test_a_list_of_states_or_countries_reads_its_first(
    market: MarketStore, typed: str, kind: str, name: str, other: str
) -> None:
    place = resolve_place(typed, market)
    assert (place.kind, place.name) == (kind, name), place
    assert place.note is not None and other in place.note, place


@pytest.mark.parametrize(
    "typed",
    ["Remote (West Coast US or Mexico)", "Remote - Eastern USA", "Remote (Pacific Time US)"],
)
def test_a_region_of_a_country_is_remote_in_that_country(market: MarketStore, typed: str) -> None:
    place = resolve_place(typed, market)
    assert (place.kind, place.name) == ("remote", "Remote, United States"), place
    assert place.note is not None, place


@pytest.mark.parametrize(
    ("typed", "abroad"),
    [
        # a US town of under 100,000 people and a larger city abroad: asked, never the town
        # silently (Waterloo, IA 68,000 and Waterloo, Ontario; Geneva, IL and Switzerland's)
        ("Waterloo", "Waterloo, Canada"),
        ("Geneva", "Geneva, Switzerland"),
        ("Oxford", "Oxford, United Kingdom"),
    ],
)
def test_a_small_us_town_named_like_a_larger_city_abroad_is_asked_about(
    market: MarketStore, typed: str, abroad: str
) -> None:
    with pytest.raises(AmbiguousValue) as asked:
        resolve_place(typed, market)
    assert abroad in asked.value.suggestions


def test_a_large_us_city_named_like_a_city_abroad_is_still_read() -> None:
    # Cambridge, MA (110,000) against Cambridge, England (146,000): read, the other said
    from levelset.market import world

    city = world.us_name("cambridge")
    assert city is not None and world.weigh(city) == "here"


def test_a_country_is_read_by_its_name_without_its_compass_word(market: MarketStore) -> None:
    # "North Macedonia" as people still write it; Macedonia, OH is a town of 12,000: said
    place = resolve_place("Macedonia", market)
    assert (place.kind, place.name) == ("country", "North Macedonia"), place
    assert place.note is not None and "Macedonia, OH" in place.note, place
    remote = resolve_place("Remote - Macedonia", market)
    assert (remote.kind, remote.name) == ("remote", "Remote, North Macedonia"), remote


@pytest.mark.parametrize("typed", ["Africa", "Korea"])
def test_a_short_name_two_countries_or_a_continent_bear_is_no_country(
    market: MarketStore, typed: str
) -> None:
    # "Africa" is part of the Central African Republic's name; two countries are Korea
    try:
        place = resolve_place(typed, market)
    except InputError:
        return
    assert place.kind != "country" or place.note, place


def test_a_question_offers_every_large_city_abroad_of_the_name(market: MarketStore) -> None:
    # Valencia, Venezuela (1.6 million) is the table's city of the name; Spain's (824,000) is
    # kept under its other names and offered too
    with pytest.raises(AmbiguousValue) as asked:
        resolve_place("Valencia", market)
    assert "Valencia, Spain" in asked.value.suggestions, asked.value.suggestions


def test_a_name_read_as_another_us_place_than_the_town_weighed_is_not_asked(
    market: MarketStore,
) -> None:
    # the table weighs San Juan, TX (37,000) against a larger San Juan abroad; the name is
    # read as Puerto Rico's capital, no small town's: it stays read, the other said
    place = resolve_place("San Juan", market)
    assert place.state == "PR", place


@pytest.mark.parametrize("typed", ["Remote (non-US)", "Remote - North America", "Remote (EU/UK)"])
def test_words_that_are_no_region_of_a_country_are_not_read_as_one(
    market: MarketStore, typed: str
) -> None:
    # "non", "north ... america", "EU" are no part of the country named after them
    try:
        place = resolve_place(typed, market)
    except InputError:
        return
    assert place.note is None or "not ranged on its own" not in place.note, place


@pytest.mark.parametrize(
    ("typed", "state", "abroad"),
    [
        # a town of a large metro (San Francisco's, Boston's: over a million jobs) beside a city
        # abroad under three times its size: the town, the other said (San Rafael, CA 59,000
        # and Argentina's 118,000; Newton, MA 89,000 and Canada's 159,000)
        ("San Rafael", "CA", "San Rafael, Argentina"),
        ("Newton", "MA", "Newton, Canada"),
    ],
)
def test_a_town_of_a_large_us_metro_named_like_a_city_abroad_is_read(
    market: MarketStore, typed: str, state: str, abroad: str
) -> None:
    place = resolve_place(typed, market)
    assert (place.kind, place.state) == ("metro", state), place
    assert place.note is not None and abroad in place.note, place
