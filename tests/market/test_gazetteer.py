"""US towns through the gazetteer: names the Postal Service also accepts, population to tell
towns of one name apart, and a question instead of a guess when two large ones share it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from levelset.errors import AmbiguousValue
from levelset.market.build import open_market
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths

SF = "San Francisco-Oakland-Fremont, CA"


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def test_a_name_the_post_office_also_accepts_reads_as_its_own_town(market: MarketStore) -> None:
    # 94404's main name is San Mateo; Foster City is only an accepted name of it, while a
    # Foster City in Michigan is a main name: the larger town (33,000 people) is read
    place = resolve_place("Foster City", market)
    assert (place.kind, place.name) == ("metro", SF)
    assert "Foster City, CA" in place.why and "San Mateo County" in place.why
    assert place.note is not None and "MI" in place.note


def test_a_zip_code_still_reads_as_its_main_city(market: MarketStore) -> None:
    place = resolve_place("94404", market)
    assert place.name == SF and "San Mateo, CA" in place.why


def test_city_and_state_chooses_the_small_town(market: MarketStore) -> None:
    place = resolve_place("Foster City, MI", market)
    assert (place.kind, place.name) == ("state", "Michigan")


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("Springfield", {"Springfield, MO", "Springfield, MA", "Springfield, IL"}),
        ("Aurora", {"Aurora, CO", "Aurora, IL"}),
        ("Pasadena", {"Pasadena, TX", "Pasadena, CA"}),
        ("Arlington", {"Arlington, TX", "Arlington, VA"}),
        ("Glendale", {"Glendale, AZ", "Glendale, CA"}),
    ],
)
def test_two_large_towns_of_one_name_are_asked_about(
    market: MarketStore, text: str, choices: set[str]
) -> None:
    with pytest.raises(AmbiguousValue) as caught:
        resolve_place(text, market)
    assert set(caught.value.suggestions) == choices
    assert "ambiguous place" in caught.value.message
    for choice in choices:  # each choice it offers resolves without asking again
        assert choice[-2:] in resolve_place(choice, market).name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kansas City", "Kansas City, MO-KS"),  # two states, one metro: nothing to choose
        ("Redmond", "Seattle-Tacoma-Bellevue, WA"),  # Redmond, OR has 29,000 people
        ("Bellevue", "Seattle-Tacoma-Bellevue, WA"),
        ("Mountain View", "San Jose-Sunnyvale-Santa Clara, CA"),
        ("Pasadena, CA", "Los Angeles-Long Beach-Anaheim, CA"),
        ("Brooklyn", "New York-Newark-Jersey City, NY-NJ"),
    ],
)
def test_one_clearly_larger_town_is_read_without_asking(
    market: MarketStore, text: str, name: str
) -> None:
    assert resolve_place(text, market).name == name


def test_the_shipped_rivals_are_what_the_whole_table_gives() -> None:
    from importlib import resources

    from levelset.market import gazetteer

    derived = gazetteer.derive_rivals()
    shipped = resources.files("levelset.market.curated").joinpath(gazetteer.RIVALS)
    assert shipped.read_text(encoding="utf-8") == gazetteer.rivals_json(derived)
    assert gazetteer._rivals() == derived
    assert {"springfield", "aurora", "pasadena"} <= set(derived)
    assert "seattle" not in derived


def test_a_metros_principal_city_reads_without_the_whole_table(market: MarketStore) -> None:
    from levelset.market import gazetteer

    gazetteer._text.forget()
    assert resolve_place("Seattle", market).name.startswith("Seattle")
    assert not gazetteer._text.computed
    with pytest.raises(AmbiguousValue):
        resolve_place("Springfield", market)


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("Portland", ["Portland, OR", "Portland, ME"]),
        ("Washington", ["Washington State", "Washington DC"]),
    ],
)
def test_a_name_of_two_hiring_places_asks_which(
    market: MarketStore, text: str, choices: list[str]
) -> None:
    with pytest.raises(AmbiguousValue) as caught:
        resolve_place(text, market)
    assert list(caught.value.suggestions) == choices
    names = {resolve_place(choice, market).name for choice in choices}
    assert len(names) == 2  # each choice resolves, to a different area, without asking again


def test_the_table_is_searched_not_parsed_whole(market: MarketStore) -> None:
    # a ZIP code, a town and its state, and a bare name each read a few lines of the table
    from levelset.market import gazetteer

    assert gazetteer._zip_town("94041") is not None
    assert gazetteer._zip_town("00000") is None
    assert [s for s, _kind, _t in gazetteer._named("mountain view")][:2] == ["AR", "CA"]
    assert gazetteer._named("mountain vie") == [] and gazetteer._named("zzzz") == []
    first = gazetteer._text().splitlines()[1].split(",")[0]
    assert gazetteer._named(first)  # the first row is found by the bisection too


def test_the_zip_index_finds_each_codes_first_zip_row_as_a_search_of_the_text_would() -> None:
    # the index (built once) against a plain search of the text, the reading it replaced
    import re

    from levelset.market import gazetteer

    text = gazetteer._text()
    codes = re.findall(r"(?<=,)(\d{5})(?= |,)", text[:200_000])[:300] + ["00000", "99950"]
    for code in codes:
        searched = None
        for match in re.finditer(rf"(?<=[, ]){code}(?=[ ,=\n])", text):
            start = text.rfind("\n", 0, match.start()) + 1
            fields = next(csv.reader([text[start : text.index("\n", start)]]))
            if fields[8] in ("zip", "zipx") and code in fields[6].split():
                searched = (fields[1], fields[2])
                break
        found = gazetteer._zip_town(code)
        assert ((found.name, found.state) if found else None) == searched, code


@pytest.mark.parametrize(
    "key",
    ["boise id", "kansas city missouri", "washington dc", "new york new york", "id", "a b in"],
)
def test_a_key_splits_at_each_state_it_ends_with_in_the_states_order(key: str) -> None:
    from levelset.market import town_keys
    from levelset.market.curated import load

    states = {str(p): str(n) for p, (_f, n) in load("places")["states"].items()}
    naive = [
        (key[: -len(end)].strip(), postal)
        for postal, name in states.items()
        for end in (f" {postal.lower()}", f" {town_keys.clean(name)}")
        if key.endswith(end) and len(key) > len(end)
    ]
    assert town_keys._splits(key, states) == naive


def test_a_census_place_geonames_lacks_reads_as_its_metro(market: MarketStore) -> None:
    # Casa Loma, CA (1,836 people, Kern County) is in neither the Postal Service's names nor
    # GeoNames: the Census's places give it, by its nearest ZIP code's county
    place = resolve_place("Casa Loma, CA", market)
    assert (place.kind, place.name) == ("metro", "Bakersfield-Delano, CA")
    assert "Kern County" in place.why


@pytest.mark.parametrize(
    ("text", "read", "named"),
    [
        # GeoNames sets Plum Grove in Ellis County; the Census's city is Liberty County's
        ("Plum Grove, TX", "Dallas-Fort Worth-Arlington, TX", "Houston-Pasadena-The Woodlands, TX"),
        # GeoNames' point is San Diego County's valley; the Census's place is by Pasadena
        ("San Pasqual, CA", "San Diego-Chula Vista-Carlsbad, CA", "Los Angeles-Long Beach"),
        # the ZIP town of San Luis Obispo County; the Census's larger place is Contra Costa's
        ("San Miguel, CA", "San Luis Obispo-Paso Robles, CA", SF),
        # Essex County's 4,034 is read; Cumberland County's 1,447 is a third of it
        ("Silver Lake, NJ", "New York-Newark-Jersey City, NY-NJ", "Vineland, NJ"),
    ],
)
def test_a_census_place_of_the_name_elsewhere_in_the_state_is_named(
    market: MarketStore, text: str, read: str, named: str
) -> None:
    place = resolve_place(text, market)
    assert place.name == read
    assert place.note is not None and named in place.note and "type '" in place.note
