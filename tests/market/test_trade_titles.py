"""Titles whose words look like a tech role's but name another trade's job (a clinical research
scientist, a new product's engineer, an advisor of an IT field), and federal and board forms
that keep their job and level (a senior IT specialist by OPM's code, interns, an underscore), and
the developer of a product no O*NET title names."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    "title",
    [
        "Clinical Research Scientist",
        "Senior Biomedical Research Scientist",
        "Clinical Engineering Manager",
        "Chemistry Research Scientist",
        "New Product Engineer",
        "Senior New Product Development Engineer",
        "Senior Advisor, IT Network",
        "Consultant, Data Centre",
    ],
)
def test_other_trades_are_not_read_as_tech_roles(market: MarketStore, title: str) -> None:
    role, _ = _read(market, title)
    assert role == "refused" or (role.startswith("onet:") and not role.startswith("onet:15-1"))


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Clinical Data Science Manager", "onet:15-2051"),  # O*NET's clinical data managers
        ("Machine Learning Research Scientist", "research_scientist"),
        ("Marketing Data Scientist", "data_scientist"),
        ("Product Engineer", "software_engineer"),
        ("Senior Product Engineer, Growth", "software_engineer"),
        ("Manager, Software Engineering", "engineering_manager"),
    ],
)
def test_tech_roles_beside_those_trades_keep_their_reading(
    market: MarketStore, title: str, role: str
) -> None:
    assert _read(market, title)[0].startswith(role)


@pytest.mark.parametrize(
    ("title", "role", "band"),
    [
        ("Senior IT Specialist (INFOSEC)", "onet:15-1212", "senior"),
        ("Lead Information Technology Specialist (Network Services)", "onet:15-", "staff"),
        ("Supervisory Information Technology Management", "onet:11-3021", None),
        ("Mobile Developer (Interns)", "software_engineer", "entry"),
        ("Backend Developer_Golang", "software_engineer", None),
        ("Platform Engineer_Remote", "platform_engineer", None),
        ("Cloud IT Support Engineer (H/F)", "onet:15-", None),
        ("Virtualization Engineer relo authorized", "onet:15-", None),
    ],
)
def test_federal_and_board_forms_keep_job_and_level(
    market: MarketStore, title: str, role: str, band: str | None
) -> None:
    found, got_band = _read(market, title)
    assert found.startswith(role)
    assert got_band == band


@pytest.mark.parametrize("title", ["Thunderhead Developer", "Mendix Developer", "Odoo Programmer"])
def test_a_named_products_developer_is_a_software_engineer(market: MarketStore, title: str) -> None:
    assert _read(market, title) == ("software_engineer", None)


@pytest.mark.parametrize(
    "title",
    ["Property Developer", "Real Estate Developer", "Bussiness Developer", "Land Developer"],
)
def test_a_developer_of_words_o_net_knows_is_not_guessed_a_software_engineer(
    market: MarketStore, title: str
) -> None:
    assert _read(market, title)[0] != "software_engineer"
