"""Titles read in the t-titles session of issue 13: a manager of a security team's work of
cyber defence (incidents, detection and response, threats) manages information security, with
the rank before the field too ("Senior Manager - Security Incident Response"), never a
building's security operations. A bare job word's field after "for" is its field, as after a
dash, and words of rank or appointment before it ("Master", "Expert", "Visiting") say no band;
a researcher of a science of computing is a research scientist; "Artificial Intelligence"
written out reads as "AI" when nothing else reads the title, and a leading "Agency" (the
employer) is set aside when that reads the title in tech. Every title here is written for this
test."""

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
    ("title", "band"),
    [
        ("Security Incident Response Manager", None),
        ("Manager, Security Incident Response", None),
        ("Senior Manager - Security Threat Detection and Response", "senior"),
        ("Manager - Cybersecurity", None),
        ("Director, Security Vulnerability Response", None),
    ],
)
def test_a_manager_of_cyber_defence_manages_information_security(
    market: MarketStore, title: str, band: str | None
) -> None:
    assert _read(market, title) == ("onet:11-3021.00", band)


@pytest.mark.parametrize(
    "title", ["Manager, Security Operations", "Security Operations Manager", "Manager - Security"]
)
def test_a_building_s_security_is_no_information_security(market: MarketStore, title: str) -> None:
    assert _read(market, title)[0] != "onet:11-3021.00"


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("Senior Engineer for AI Applications", ("ml_engineer", "senior")),
        ("Master Engineer for Computer Vision", ("ml_engineer", None)),
        ("Expert Engineer - Data Platform", ("data_engineer", None)),
        ("Master Developer, Machine Learning", ("ml_engineer", None)),
        ("Visiting Researcher - Deep Learning", ("research_scientist", None)),
        ("Researcher, Computer Science", ("research_scientist", None)),
        ("Visiting Researcher, Core Applied Science", ("research_scientist", None)),
    ],
)
def test_a_bare_job_words_field_after_for_or_a_rank(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("Senior Software Engineer for AI Startups", ("software_engineer", "senior")),
        ("Engineer for Automotive Systems", ("refused", None)),
        ("Visiting Scientist - Organic Chemistry", ("refused", None)),
        ("Researcher - Political Science", ("refused", None)),
    ],
)
def test_a_named_job_or_another_science_keeps_its_reading(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("DataOps Artificial Intelligence Developer Specialist", ("ml_engineer", None)),
        ("Senior Agency Artificial Intelligence Model Expert", ("ml_engineer", "senior")),
        ("Agency Artificial Intelligence Developer Analyst", ("ml_engineer", None)),
    ],
)
def test_artificial_intelligence_written_out_and_the_agency_that_employs(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


def test_the_agency_is_set_aside_only_for_a_tech_reading(market: MarketStore) -> None:
    assert _read(market, "Agency Travel Coordinator")[0] == "refused"
