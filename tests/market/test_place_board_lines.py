"""Location lines as company job boards write them: a workplace word after the place ("Austin
office", "Denver HQ", "Boston-Hybrid"), remote marks with a hyphen ("Remote-First"), a line
whose remote mark carries a qualifier ("Remote-Friendly (Travel-Required) | Austin, TX"), a
country "(Everywhere)" within it, and a remote line naming a state in long form. Every text here
was written for this test (none is a corpus row)."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths

AUSTIN = "Austin-Round Rock-San Marcos, TX"
BOSTON = "Boston-Cambridge-Newton, MA-NH"
DENVER = "Denver-Aurora-Centennial, CO"


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("typed", "kind", "name"),
    [
        ("Austin office", "metro", AUSTIN),
        ("Denver HQ", "metro", DENVER),
        ("Boston-Hybrid", "metro", BOSTON),
        ("Boston, MA - Headquarters", "metro", BOSTON),
        ("Hyderabad office", "country", "India"),
        ("Remote-First | Austin, TX", "metro", AUSTIN),
        ("Remote-Friendly (Travel-Required) | Denver, CO | Austin, TX", "metro", DENVER),
        ("Canada (Everywhere)", "remote", "Remote, Canada"),
        ("United States (Anywhere)", "remote", "Remote, United States"),
    ],
)
def test_board_lines_read_their_place(
    market: MarketStore, typed: str, kind: str, name: str
) -> None:
    place = resolve_place(typed, market)
    assert (place.kind, place.name) == (kind, name), place


def test_a_remote_mark_with_a_hyphen_is_never_read_as_a_town(market: MarketStore) -> None:
    # "Friendly" is a town of Maryland: "Remote-Friendly" is a remote mark, not remote near it
    place = resolve_place("Remote-Friendly", market)
    assert (place.kind, place.name, place.note) == ("remote", "Remote, United States", None)


def test_a_remote_line_naming_a_state_and_its_country_is_read_and_said(
    market: MarketStore,
) -> None:
    place = resolve_place("Colorado, United States - Remote", market)
    assert (place.kind, place.name) == ("remote", "Remote, United States")
    assert place.note is not None and "Colorado" in place.note


def test_a_part_saying_remote_and_where_is_read_as_remote_there(market: MarketStore) -> None:
    place = resolve_place("Lisbon, Portugal (Portugal remote)", market)
    assert (place.kind, place.name) == ("remote", "Remote, Portugal")


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        # a list of places is read as its first, the others said; never its last alone
        ("Boston, MA, Austin, TX, Denver, CO", BOSTON),
        ("Austin (TX), Boston (MA)", AUSTIN),
        ("Denver, Boston", DENVER),
        ("Austin, Denver, Boston", AUSTIN),
    ],
)
def test_a_list_of_places_reads_its_first_and_names_the_rest(
    market: MarketStore, typed: str, name: str
) -> None:
    place = resolve_place(typed, market)
    assert (place.kind, place.name) == ("metro", name), place
    assert place.note is not None and "names" in place.note


def test_a_country_named_first_is_never_read_as_a_us_town_after_it(market: MarketStore) -> None:
    # Cartago is a Costa Rican city and a small town of California
    place = resolve_place("Costa Rica - Cartago", market)
    assert (place.kind, place.name) == ("country", "Costa Rica"), place


def test_a_remote_place_read_as_a_near_name_says_so(market: MarketStore) -> None:
    place = resolve_place("Remote - Austrailia", market)
    assert place.note is not None and "closest" in place.note, place


@pytest.mark.parametrize(
    ("typed", "kind", "name"),
    [
        ("Denver, CO - Data Center", "metro", DENVER),
        ("Austin l Relocation", "metro", AUSTIN),
        ("Boston Office (HQ)", "metro", BOSTON),
        ("Denver, CO - US (3)", "metro", DENVER),  # a board's count of openings
        ("Fully Remote", "remote", "Remote, United States"),
        ("Anywhere - Remote", "remote", "Remote, United States"),
        ("Anywhere (USA)", "remote", "Remote, United States"),
    ],
)
def test_more_board_forms_read_their_place(
    market: MarketStore, typed: str, kind: str, name: str
) -> None:
    place = resolve_place(typed, market)
    assert (place.kind, place.name) == (kind, name), place


@pytest.mark.parametrize(
    ("typed", "kind", "name"),
    [
        ("Austin, Denver, or Boston (Hybrid)", "metro", AUSTIN),  # a list ending "or ..."
        ("United States-Denver", "metro", DENVER),  # a country, then its city
        ("India-Hyderabad", "country", "India"),
    ],
)
def test_lists_with_or_and_a_country_before_its_city(
    market: MarketStore, typed: str, kind: str, name: str
) -> None:
    place = resolve_place(typed, market)
    assert (place.kind, place.name) == (kind, name), place
