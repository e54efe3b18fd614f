"""Board lines that name several states or countries, a region of a country, and bare names a
small US town shares with a country or a larger city abroad. Every text here was written for
this test (none is a corpus row)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
