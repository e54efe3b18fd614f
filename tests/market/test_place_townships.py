"""Towns and townships that govern themselves, from the Census's list of county subdivisions
(scripts/make_gazetteer.py, `mcd` rows): read by their county's CBSA with a note saying so,
and a name several counties give named for each other area it reads to."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import AmbiguousValue
from levelset.market import gazetteer
from levelset.market.build import open_market
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("text", "county", "name"),
    [
        # no ZIP town nor GeoNames place bears these names: only the Census's townships
        ("Hempfield, PA", "Westmoreland County", "Pittsburgh, PA"),
        ("Hempfield Township, PA", "Westmoreland County", "Pittsburgh, PA"),
        ("Milton Township, IL", "DuPage County", "Chicago-Naperville-Elgin, IL-IN"),
    ],
)
def test_a_township_the_zip_codes_lack_reads_as_its_countys_area_and_says_so(
    market: MarketStore, text: str, county: str, name: str
) -> None:
    place = resolve_place(text, market)
    assert place.name == name
    assert place.note is not None
    assert "the town or township the Census lists" in place.note
    assert county in place.note


def test_a_township_in_no_metro_reads_as_its_state_and_says_so(market: MarketStore) -> None:
    # Camp Creek township is Pike County's; a smaller place of the name may be elsewhere
    # (Taylor Creek township, Hardin County's, was the example until the Census's places named
    # Hamilton County's Taylor Creek, a place of 4,000 in Cincinnati's metro)
    place = resolve_place("Camp Creek, OH", market)
    assert (place.kind, place.name) == ("state", "Ohio")
    assert place.note is not None and "is known in OH" in place.note
    assert "Pike County" in place.note


def test_a_name_several_counties_give_names_each_other_area(market: MarketStore) -> None:
    # Greenwich, NJ: the ZIP town is Cumberland County's (Vineland); townships of the name
    # lie in Gloucester County (Philadelphia's) and Warren County (Allentown's)
    place = resolve_place("Greenwich, NJ", market)
    assert place.name == "Vineland, NJ"
    assert place.note is not None
    assert "'Gloucester County, NJ'" in place.note and "Philadelphia" in place.note
    assert "'Warren County, NJ'" in place.note and "Allentown" in place.note


def test_the_other_county_a_twin_lies_by_is_named(market: MarketStore) -> None:
    # Oakwood, OH: Montgomery County's city (Dayton's), and the Census's Oakwood of Cuyahoga
    # County (Cleveland's), whose nearest ZIP code is Summit County's (Akron's)
    place = resolve_place("Oakwood, OH", market)
    assert place.name == "Dayton-Kettering-Beavercreek, OH"
    assert place.note is not None and "'Cuyahoga County, OH'" in place.note
    assert "Cleveland, OH" in place.note and "type 'Akron, OH'" in place.note


def test_a_twin_is_in_the_census_county_of_its_place(market: MarketStore) -> None:
    # Fairview, NC: Buncombe County's town, and Union County's (Charlotte's), which GeoNames
    # puts nearest a Stanly County ZIP code; the Census's county is read (until 2026-12-06 night
    # the twin was Stanly County's)
    place = resolve_place("Fairview, NC", market)
    assert place.name == "Asheville, NC"
    assert place.note is not None and "'Union County, NC'" in place.note
    assert "Charlotte-Concord-Gastonia, NC-SC" in place.note


def test_a_township_name_alone_is_asked_about_without_a_size(market: MarketStore) -> None:
    with pytest.raises(AmbiguousValue) as asked:
        resolve_place("Hempfield", market)
    assert "Hempfield township, PA, a town or township," in str(asked.value)
    assert "5,000" not in str(asked.value)


def test_a_township_never_hides_a_zip_town_or_its_other_spelling() -> None:
    # St. Clair township (Westmoreland County) does not take "St. Clair, PA" from Saint
    # Clair, Schuylkill County's borough, nor Bethel town the ZIP town of Bethel, CT
    found = gazetteer.find_town("st clair pa", {"PA": "Pennsylvania"})
    assert found is not None and found.town.county == "Schuylkill County"
    assert not found.how.endswith("town or township")
    bethel = gazetteer.find_town("bethel ct", {"CT": "Connecticut"})
    assert bethel is not None and bethel.town.zips > 0


def test_a_name_other_states_share_says_how_to_type_one_of_them(market: MarketStore) -> None:
    """'Austin' is read as Austin, TX; the note names the form that reads the other one,
    'Austin, MN', not a placeholder 'Austin, ST' a reader has to decode."""
    place = resolve_place("Austin", market)
    assert place.note is not None and "'Austin, MN'" in place.note, place.note
    assert ", ST'" not in place.note
    assert resolve_place("Austin, MN", market).name != place.name
