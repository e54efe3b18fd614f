"""Titles read in the fourteenth session of issue 13 (titles2): a tech lead manager manages a
team, an engineering manager on the management ladder's first rung, never a software engineer;
a tech lead without reports stays a software engineer; the lead of a computer job's field keeps a
level written before it ("Senior Security Lead" is senior); a scientist of a product or business
team is its data scientist ("Staff Scientist - Ads & Offers"), never one of a lab science; a team
after "for" is set aside as after a dash. Every title here is written for this test."""

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
        "Tech Lead Manager",
        "TLM, Search Infrastructure",
        "Technical Lead Manager - Payments",
        "Engineering Tech Lead Manager, Maps",
        "Engineering Technical Lead Manager (TLM) - Billing",
    ],
)
def test_a_tech_lead_manager_is_an_engineering_manager(market: MarketStore, title: str) -> None:
    assert _read(market, title)[0] == "engineering_manager"


@pytest.mark.parametrize("title", ["Tech Lead", "Technical Lead, Payments"])
def test_a_tech_lead_stays_a_software_engineer(market: MarketStore, title: str) -> None:
    assert _read(market, title) == ("software_engineer", "staff")


@pytest.mark.parametrize(
    ("title", "band"),
    [
        # a level before a computer job's lead is the lead's level, as "Senior Data Lead" is senior
        ("Senior Security Lead", "senior"),
        ("Sr. QA Lead - Checkout", "senior"),
        ("Principal Network Lead", "principal"),
        ("Security Lead", "staff"),  # a lead alone is staff
        ("Network Automation Lead - Edge Networking", "staff"),
    ],
)
def test_a_computer_jobs_lead_keeps_its_level(market: MarketStore, title: str, band: str) -> None:
    key, found = _read(market, title)
    assert key.startswith("onet:15-") and found == band


@pytest.mark.parametrize(
    ("title", "band"),
    [
        ("Staff Scientist - Rides & Pricing", "staff"),
        ("Scientist, Marketplace", None),
        ("Senior Scientist, Growth and Engagement", "senior"),
        ("Scientist II - Search Ranking", "mid"),
    ],
)
def test_a_scientist_of_a_product_team_is_its_data_scientist(
    market: MarketStore, title: str, band: str | None
) -> None:
    assert _read(market, title) == ("data_scientist", band)


@pytest.mark.parametrize(
    "title",
    [
        "Staff Scientist, Protein Chemistry",
        "Senior Scientist - Drug Delivery",
        "Scientist, Consumer Health",
        "Senior Scientist - Product Safety",
        "Scientist, Cell Therapy",
    ],
)
def test_a_scientist_of_a_lab_science_is_no_data_scientist(market: MarketStore, title: str) -> None:
    assert _read(market, title)[0] not in ("data_scientist", "applied_scientist")


@pytest.mark.parametrize(
    ("title", "job"),
    [
        ("Manager, PgM, Payments", "Program Manager"),
        ("Senior Manager - Program Management", "Program Manager"),
        ("Manager, Product Management", "Product Manager"),
    ],
)
def test_the_manager_of_managers_is_their_job(market: MarketStore, title: str, job: str) -> None:
    from levelset.market.titles import resolve_role

    assert resolve_role(title, market).key == resolve_role(job, market).key


@pytest.mark.parametrize(
    ("title", "band"),
    [
        ("Senior Test Engineer for Billing Solutions", "senior"),
        ("Release Engineer for Mobile Apps", None),
    ],
)
def test_a_team_after_for_is_set_aside_as_after_a_dash(
    market: MarketStore, title: str, band: str | None
) -> None:
    key, found = _read(market, title)
    assert key.startswith(("onet:15-", "platform_engineer")) and found == band


def test_another_trade_after_for_keeps_its_trade(market: MarketStore) -> None:
    assert not _read(market, "Test Engineer for Automotive Systems")[0].startswith("onet:15-")


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Web Design Intern", "onet:15-1255"),
        ("Internship - UX Design", "onet:15-1255"),
        ("Web Development Intern", "software_engineer"),
        ("Data Analysis Intern", "onet:15-2051"),
    ],
)
def test_an_intern_of_a_work_is_an_intern_of_its_worker(
    market: MarketStore, title: str, key: str
) -> None:
    found, band = _read(market, title)
    assert found.startswith(key) and band == "entry"


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("Capacity Engineer, Storage Fleet", ("platform_engineer", None)),
        ("Senior Capacity Engineer", ("platform_engineer", "senior")),
    ],
)
def test_a_capacity_engineer_runs_a_fleets_capacity(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


def test_a_plants_capacity_engineer_is_no_platform_engineer(market: MarketStore) -> None:
    assert _read(market, "Capacity Engineer - Power Plant")[0] != "platform_engineer"
