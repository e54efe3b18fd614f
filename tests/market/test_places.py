"""Places: aliases, states, countries, remote, metro cities, typos and unknowns."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import UnknownValue
from levelset.market.areas import oews_areas
from levelset.market.build import open_market
from levelset.market.curated import load
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("text", "kind", "name", "country"),
    [
        ("SF", "metro", "San Francisco-Oakland-Fremont, CA", "US"),
        ("San Francisco", "metro", "San Francisco-Oakland-Fremont, CA", "US"),
        ("Bay Area", "metro", "San Francisco-Oakland-Fremont, CA", "US"),
        ("NYC", "metro", "New York-Newark-Jersey City, NY-NJ", "US"),
        ("Seattle", "metro", "Seattle-Tacoma-Bellevue, WA", "US"),
        ("Austin, TX", "metro", "Austin-Round Rock-San Marcos, TX", "US"),
        ("Texas", "state", "Texas", "US"),
        ("New York", "metro", "New York-Newark-Jersey City, NY-NJ", "US"),
        ("New York State", "state", "New York", "US"),
        ("WA", "state", "Washington", "US"),
        ("USA", "country", "United States", "US"),
        ("London", "country", "United Kingdom", "GB"),
        ("Germany", "country", "Germany", "DE"),
        ("Remote", "remote", "Remote, United States", "US"),
        ("remote Canada", "remote", "Remote, Canada", "CA"),
        ("San Fransisco", "metro", "San Francisco-Oakland-Fremont, CA", "US"),
    ],
)
def test_places(market: MarketStore, text: str, kind: str, name: str, country: str) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name, place.country) == (kind, name, country)
    assert place.why


def test_us_places_carry_their_oews_area_code(market: MarketStore) -> None:
    sf = resolve_place("SF", market)
    assert sf.area is not None and sf.state == "CA"
    rows = market.fetch("SELECT DISTINCT area_code FROM oews WHERE area_name = ?", [sf.name])
    assert rows == [(sf.area.code,)]
    assert resolve_place("London", market).area is None


def test_every_curated_metro_alias_is_an_oews_area(market: MarketStore) -> None:
    names = {a.name for a in oews_areas(market)}
    for alias, target in load("places")["aliases"].items():
        if "metro" in target:
            assert target["metro"] in names, alias


def test_unknown_place_has_closest_matches(market: MarketStore) -> None:
    with pytest.raises(UnknownValue) as caught:
        resolve_place("Atlantis", market)
    assert caught.value.suggestions


@pytest.mark.parametrize("text", ["", "   ", "!!!", "-"])
def test_an_empty_place_is_refused_not_read_as_some_metro(market: MarketStore, text: str) -> None:
    with pytest.raises(UnknownValue) as caught:
        resolve_place(text, market)
    assert caught.value.what == "place"


def test_closest_places_are_real_names_without_repeats(market: MarketStore) -> None:
    with pytest.raises(UnknownValue) as caught:
        resolve_place("Atlantys", market)
    found = caught.value.suggestions
    assert any(s.startswith("Atlanta") for s in found)
    assert all(len(s) > 2 for s in found)  # not "la" for Atlantis
    assert len({s.lower() for s in found}) == len(found)


@pytest.mark.parametrize(
    ("text", "country"),
    [("Zürich", "CH"), ("Zurich", "CH"), ("MÜNCHEN", "DE"), ("Remote Deutschland", "DE")],
)
def test_accents_are_read_like_plain_letters(market: MarketStore, text: str, country: str) -> None:
    assert resolve_place(text, market).country == country


# no place bears "Atlantys" ("Atlantis" is a town of Palm Beach County, FL)
@pytest.mark.parametrize("text", ["Remote EU", "Remote Atlantys", "Atlantys remote"])
def test_remote_somewhere_unknown_is_refused_not_read_as_the_us(
    market: MarketStore, text: str
) -> None:
    with pytest.raises(UnknownValue) as caught:
        resolve_place(text, market)
    assert caught.value.suggestions


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Compute Labs, Remote, Redmond, WA", "remote", "Remote, United States"),
        ("Seattle, WA (Hybrid)", "metro", "Seattle-Tacoma-Bellevue, WA"),
        ("Hybrid - New York, NY", "metro", "New York-Newark-Jersey City, NY-NJ"),
        ("Mountain View, CA, USA", "metro", "San Jose-Sunnyvale-Santa Clara, CA"),
        ("Austin, TX 78701", "metro", "Austin-Round Rock-San Marcos, TX"),
        ("New York, NY; San Francisco, CA", "metro", "New York-Newark-Jersey City, NY-NJ"),
        ("Toronto, Ontario, Canada", "country", "Canada"),
        ("Remote (United States)", "remote", "Remote, United States"),
    ],
)
def test_a_posting_s_location_line_is_read_in_parts(
    market: MarketStore, text: str, kind: str, name: str
) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == (kind, name)
    assert text in place.why or place.kind == "remote"


def test_a_city_abroad_before_its_regions_code_is_never_taken_elsewhere(
    market: MarketStore,
) -> None:
    place = resolve_place("Ottawa, ON", market)  # Ottawa, Ontario is no Ottawa, Illinois
    assert (place.kind, place.name) == ("country", "Canada")


@pytest.mark.parametrize("text", ["Seatle, WA", "Sna Francisco, CA", "Bostn, MA"])
def test_a_misspelt_city_is_never_widened_to_its_state(market: MarketStore, text: str) -> None:
    try:
        place = resolve_place(text, market)
    except UnknownValue as refused:  # refused with the closest names is right too
        assert refused.suggestions
        return
    assert place.kind == "metro", place  # read as the city meant, never the whole state


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        ("Seattle or Remote", "Seattle-Tacoma-Bellevue, WA", "remote work too"),
        ("Remote or Seattle, WA", "Seattle-Tacoma-Bellevue, WA", "remote work too"),
        ("Austin, TX; Denver, CO", "Austin-Round Rock-San Marcos, TX", "Denver-Aurora-Centennial"),
        ("Chicago, IL (+2 others)", "Chicago-Naperville-Elgin, IL-IN", "2 other place"),
    ],
)
def test_a_line_of_several_places_is_read_first_and_names_the_rest(
    market: MarketStore, text: str, name: str, said: str
) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name, place.text) == ("metro", name, text)
    assert place.note is not None and said in place.note


def test_a_state_with_a_count_of_places_is_the_state_never_a_town_abroad(
    market: MarketStore,
) -> None:
    place = resolve_place("Virginia (+5 others)", market)  # once Virginia, South Africa
    assert (place.kind, place.name) == ("state", "Virginia")


@pytest.mark.parametrize(
    ("typed", "meant", "metro"),
    [
        ("Menlo Prak", "Menlo Park, CA", "San Francisco-Oakland-Fremont, CA"),
        ("Palo Altoo x", "Palo Alto, CA", "San Jose-Sunnyvale-Santa Clara, CA"),
    ],
)
def test_a_misspelt_town_too_small_to_read_for_a_typo_is_offered(
    market: MarketStore, typed: str, meant: str, metro: str
) -> None:
    """'Menlo Prak' was answered with Reno, Ames, Philadelphia, Phoenix and Utica."""
    with pytest.raises(UnknownValue) as caught:
        resolve_place(typed, market)
    assert list(caught.value.suggestions) == [meant]
    assert resolve_place(meant, market).name == metro  # the suggestion reads as typed
