"""Families of posted titles read in the twelfth session of issue 13 (t-titles): the manager,
head or director of another trade's engineering ("Manager, Oil Platform Engineering") is O*NET's
engineering manager, never the map's; a platform named after a product before "AI Platform" is a
product its engineers build, no ML-Ops team; the protocol that gives language-model agents their
tools ("MCP Engineer"); the director or manager of an engineering named after its domain
("Director, Medical AI Engineering") is an engineering manager, never an engineer; and the lead
of a computer job's field with a team after it ("Network Automation Lead - Core Networking").
Every title here is written for this test."""

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
        "Manager, Oil Platform Engineering",
        "Senior Manager, Offshore Platform Engineering",
        "Director, Drilling Platform Engineering",
        "Head of Subsea Platform Engineering",
        "Engineering Manager, Oil Platform",
        "Manager, Oil and Gas Platform Engineering",
    ],
)
def test_another_trades_engineering_manager_is_onets(market: MarketStore, title: str) -> None:
    key, _ = _read(market, title)
    assert key.startswith("onet:11-9041")


@pytest.mark.parametrize(
    ("title", "read"),
    [
        # a team's platform stays the map's engineering manager
        ("Manager, Platform Engineering", ("engineering_manager", None)),
        ("Engineering Manager, Data Platform", ("engineering_manager", None)),
        # the head of an engineering named after its domain manages its engineers
        ("Director, Medical AI Engineering", ("engineering_manager", None)),
        ("Manager, Clinical AI Engineering", ("engineering_manager", None)),
        ("Head of Medical Software Engineering", ("engineering_manager", None)),
        ("Head, Consumer Health Software Engineering", ("engineering_manager", None)),
        ("Medical AI Engineer", ("ml_engineer", None)),
        # the ML platform alone is ML infrastructure; a product's AI platform is built by its
        # software engineers
        ("Software Engineer, AI Platform", ("mlops_engineer", None)),
        ("Software Engineer, AI/ML Platform", ("mlops_engineer", None)),
        ("Software Engineer, Core ML Infrastructure", ("mlops_engineer", None)),
        ("Senior Software Engineer, Copilot AI Platform", ("ml_engineer", "senior")),
        ("Software Engineer, Enterprise AI Platform", ("ml_engineer", None)),
        # the protocol of agents' tools
        ("MCP Engineer", ("ml_engineer", None)),
        ("Senior MCP Developer", ("ml_engineer", "senior")),
        ("Model Context Protocol Engineer", ("ml_engineer", None)),
    ],
)
def test_a_posted_form_reads_as_its_role(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


@pytest.mark.parametrize(
    ("title", "soc"),
    [
        ("Network Automation Lead - Core Networking", "onet:15-1241"),
        ("Network Deployment Automation Lead (Remote)", "onet:15-1241"),
        ("Database Administration Lead", "onet:15-1243"),
        ("Network Lead - Datacenter", "onet:15-1241"),
    ],
)
def test_the_lead_of_a_computer_job_is_that_job_at_the_leads_level(
    market: MarketStore, title: str, soc: str
) -> None:
    key, band = _read(market, title)
    assert key.startswith(soc) and band == "staff"


@pytest.mark.parametrize(
    "title",
    [
        "Europe National Security Lead, Global Affairs",  # policy, no security engineers
        "Sales Operations Lead - EMEA",
        "Data Center Lead - Leasing",
        "Security Lead - Store Operations",  # may guard a shop
    ],
)
def test_a_lead_outside_computing_is_never_a_computer_job(market: MarketStore, title: str) -> None:
    key, _ = _read(market, title)
    assert not key.startswith("onet:15-") and key not in (
        "software_engineer",
        "platform_engineer",
        "engineering_manager",
    )
