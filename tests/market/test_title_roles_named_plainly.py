"""A BI tool's specialist and an administrator of applications (issue 13, titles2). Every title
here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.title_it_fields import applications_named
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    "title", ["Looker Specialist", "Qlik Specialist (Contract)", "Power BI/Tableau Specialist"]
)
def test_a_bi_tool_s_specialist_builds_bi(market: MarketStore, title: str) -> None:
    assert _read(market, title) == ("bi_engineer", None)


def test_a_specialist_of_another_field_is_not_bi(market: MarketStore) -> None:
    assert _read(market, "Payroll Specialist")[0] != "bi_engineer"


def test_an_administrator_of_applications_is_named_as_onet_names_it() -> None:
    assert applications_named("application administrator") == "application systems administrator"
    assert applications_named("apps admin") == "application systems administrator"
    assert applications_named("office administrator") is None


def test_an_applications_administrator_administers_computer_systems(market: MarketStore) -> None:
    assert _read(market, "Senior Application Administrator") == ("onet:15-1244.00", "senior")


@pytest.mark.parametrize("title", ["Engineer (Senior)", "Sr. Engineer", "Engineer III - Hybrid"])
def test_an_engineer_of_no_field_is_asked_which(market: MarketStore, title: str) -> None:
    from levelset.errors import AmbiguousValue
    from levelset.market.titles import resolve_role

    with pytest.raises(AmbiguousValue) as asked:
        resolve_role(title, market)
    assert "names no field" in str(asked.value)
    assert "Software Engineer" in asked.value.suggestions
    assert "Mechanical Engineer" in asked.value.suggestions  # not only tech is offered


def test_an_engineer_of_a_field_or_a_ladder_level_is_still_read(market: MarketStore) -> None:
    assert _read(market, "Engineer, Machine Learning") == ("ml_engineer", None)
    assert _read(market, "Principal Engineer") == ("software_engineer", "principal")


def test_a_product_s_technical_engineer_is_its_developer(market: MarketStore) -> None:
    assert _read(market, "Zentrixa Technical Engineer") == ("software_engineer", None)
    assert _read(market, "Senior Zentrixa Technical Developer") == ("software_engineer", "senior")
    assert _read(market, "Chemical Technical Engineer")[0] != "software_engineer"
