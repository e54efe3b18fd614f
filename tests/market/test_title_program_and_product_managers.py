"""Program and product managers (issue 13, t-titles): levelset is a tool for tech workers, so a
bare "Program Manager" is read as the program manager of tech (O*NET's IT project manager,
15-1299.09), never O*NET's blend of general managers and broadcast producers, and says what to
type for a program manager of a nonprofit's or an agency's programs; a program manager of a
computing team or field is the same job, one of another field keeps O*NET's reading, said to be
outside tech. A product manager stays O*NET's (11-2021), the occupation BLS counts tech's
product managers in, and says so. Every title here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "band"),
    [
        ("Program Manager", None),
        ("Senior Program Manager", "senior"),
        ("Sr. Program Manager", "senior"),
        ("Lead Program Manager", "staff"),
        ("Program Manager II", "mid"),
        ("Program Manager, Data Engineering", None),
        ("Senior Program Manager - Cloud Infrastructure", "senior"),
        ("Program Manager, AI Platform", None),
        ("Program Manager - Payments", None),
        ("AI Program Manager", None),
        ("Machine Learning Program Manager", None),
    ],
)
def test_a_program_manager_in_tech_is_an_it_project_manager(
    market: MarketStore, title: str, band: str | None
) -> None:
    assert _read(market, title) == ("onet:15-1299.09", band)


def test_a_bare_program_manager_says_what_to_type_outside_tech(market: MarketStore) -> None:
    role = resolve_role("Program Manager", market)
    assert role.outside_tech == ()
    assert "27-2012" not in role.soc_codes
    assert "Social and Community Service Manager" in role.why
    other = resolve_role("Social and Community Service Manager", market)
    assert other.soc_codes == ("11-9151",)


@pytest.mark.parametrize(
    "title",
    [
        "Program Manager - Youth Services",
        "Program Manager, Community Health",
        "Senior Program Manager, Housing Assistance",
    ],
)
def test_a_program_manager_of_another_field_is_never_read_as_tech(
    market: MarketStore, title: str
) -> None:
    key, _ = _read(market, title)
    assert not key.startswith("onet:15-")
    if key.startswith("onet:"):  # O*NET's reading, said to be outside tech
        assert "outside the tech occupations" in resolve_role(title, market).why


@pytest.mark.parametrize(
    ("title", "band"),
    [
        ("Product Manager", None),
        ("Senior Product Manager", "senior"),
        ("Product Manager - Payments", None),
    ],
)
def test_a_product_manager_is_o_nets_and_says_tech_is_counted_there(
    market: MarketStore, title: str, band: str | None
) -> None:
    assert _read(market, title) == ("onet:11-2021.00", band)
    why = resolve_role(title, market).why
    assert "tech" in why
    assert "product managers" in why
