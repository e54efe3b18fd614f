"""Places as people type them in a hurry: initials with dots, a ZIP code's label, a direction's
initial, a part of the city before its name, nicknames and airport codes, a newspaper's state
short form alone, a part of Washington DC, and one slip in a large town's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.market.build import open_market
from levelset.market.place_typing import as_known
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths

DC = "Washington-Arlington-Alexandria, DC-VA-MD-WV"
LA = "Los Angeles-Long Beach-Anaheim, CA"


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("typed", "known"),
    [
        ("L.A.", "LA"),
        ("Washington, D.C.", "Washington, DC"),
        ("Zip: 10001", "10001"),
        ("postal code 60601", "60601"),
        ("W. Hollywood, CA", "West Hollywood, CA"),
        ("Seattle, S Lake Union", "Seattle, South Lake Union"),
        ("Uptown Dallas", "Dallas"),
        ("St. Louis, MO", "St. Louis, MO"),
    ],
)
def test_typed_forms_are_written_the_known_way(typed: str, known: str) -> None:
    assert as_known(typed) == known


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("L.A.", "metro", LA),
        ("W. Hollywood, CA", "metro", LA),
        ("Zip: 10001", "metro", "New York-Newark-Jersey City, NY-NJ"),
        ("Uptown Dallas", "metro", "Dallas-Fort Worth-Arlington, TX"),
        ("the DMV", "metro", DC),
        ("Vegas, NV", "metro", "Las Vegas-Henderson-North Las Vegas, NV"),
        ("Ind.", "state", "Indiana"),
        ("Foggy Bottom, DC", "metro", DC),
        ("Sacramneto, CA", "metro", "Sacramento-Roseville-Folsom, CA"),
    ],
)
def test_hurried_places(market: MarketStore, text: str, kind: str, name: str) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == (kind, name)
    assert place.text == text  # the answer names what was typed


def test_washingtons_short_form_alone_is_not_taken_for_the_state(market: MarketStore) -> None:
    try:
        place = resolve_place("Wash.", market)
    except InputError:
        return  # refused or asked: never guessed
    assert place.kind != "state"
