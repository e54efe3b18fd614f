"""Military installations, regional names and remote forms as postings and people write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.place_typing import as_known, naval_town
from levelset.market.places import resolve_place
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fort Moore, Georgia", "Columbus, GA-AL"),
        ("Fort Gregg-Adams, VA", "Richmond, VA"),
        ("Nellis Air Force Base, NV", "Las Vegas-Henderson-North Las Vegas, NV"),
        ("Buckley Space Force Base", "Denver-Aurora-Centennial, CO"),
        ("Naval Air Station Pensacola, FL", "Pensacola-Ferry Pass-Brent, FL"),
        ("JBSA-Lackland, TX", "San Antonio-New Braunfels, TX"),
        ("Inland Empire", "Riverside-San Bernardino-Ontario, CA"),
        ("Greater Chicagoland Area", "Chicago-Naperville-Elgin, IL-IN"),
        ("Seattle Metropolitan Area, Washington", "Seattle-Tacoma-Bellevue, WA"),
    ],
)
def test_bases_and_regions_read_as_their_metro(market: MarketStore, text: str, name: str) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == ("metro", name)


@pytest.mark.parametrize(
    "text",
    [
        "Remote (USA only)",
        "Anywhere in the United States",
        "Remote within the USA",
        "Anywhere within the US",
    ],
)
def test_remote_in_the_us(market: MarketStore, text: str) -> None:
    place = resolve_place(text, market)
    assert (place.kind, place.name) == ("remote", "Remote, United States")


def test_installation_words_are_written_short() -> None:
    assert as_known("Luke Air Force Base, AZ") == "Luke AFB, AZ"
    assert naval_town("naval station everett") == "everett"
    assert naval_town("everett") is None
