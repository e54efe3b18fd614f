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
