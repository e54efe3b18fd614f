"""Families of posted titles read in the thirteenth session of issue 13 (titles): a job that is
no engineer's before a department "<field> Engineering" is that job in that department, never the
field's engineer ("Account Manager, Software Engineering", "Recruiter, Machine Learning
Engineering"); a director or head of a field is never the field's own job, whatever qualifies it
("Senior Director, Marketing Data Engineering", "Director, Clinical Data Science"); and a tech
posting's "Security Lead" leads information security. Every title here is written for this
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
    ("title", "soc"),
    [
        ("Account Manager, Software Engineering", "onet:11-2011"),
        ("Senior Account Manager - Platform Engineering", "onet:11-2011"),
        ("Product Manager, Data Engineering", "onet:11-2021"),
        ("Recruiter, Machine Learning Engineering", "onet:13-1071"),
        ("Recruiter - Data Engineering", "onet:13-1071"),
        ("Sales Manager, Cloud Engineering", "onet:11-2022"),
    ],
)
def test_a_job_before_a_department_is_that_job(market: MarketStore, title: str, soc: str) -> None:
    key, _ = _read(market, title)
    assert key.startswith(soc)


@pytest.mark.parametrize(
    ("title", "read"),
    [
        # a bare job word, a rank or a head takes the department as its field
        ("Analyst, Data Engineering", ("data_engineer", None)),
        ("Manager, Data Engineering", ("engineering_manager", None)),
        ("Director, Data Engineering", ("engineering_manager", None)),
        ("Engineering Manager, Data Engineering", ("engineering_manager", None)),
        ("Technical Program Manager, Data Engineering", ("onet:15-1299", None)),
        # a director heads the engineering a business function qualifies
        ("Senior Director, Marketing Data Engineering", ("engineering_manager", None)),
        ("Director, Marketing Data Engineering", ("engineering_manager", None)),
        # a tech posting's security lead leads information security; a policy job's does not
        ("Security Lead", ("onet:15-1299", "staff")),
        ("Security Team Lead", ("onet:15-1299", "staff")),
        ("Network Lead", ("onet:15-1241", "staff")),
        ("National Security Lead, Europe", ("refused", None)),
        ("Security Lead - Physical Security", ("refused", None)),
        ("Security Shift Lead", ("refused", None)),
        # a scrum master is the job it names, in the department after it
        ("Scrum Master, Software Engineering", ("onet:15-1299", None)),
    ],
)
def test_departments_heads_and_leads(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    key, band = _read(market, title)
    assert (key[: len(read[0])], band) == read


@pytest.mark.parametrize(
    "title",
    [
        "Director, Clinical Data Science",
        "Head of Clinical Data Science",
        "Senior Director, Clinical Data Science",
    ],
)
def test_a_head_of_a_science_is_never_its_scientist(market: MarketStore, title: str) -> None:
    key, _ = _read(market, title)
    assert key not in ("data_scientist", "research_scientist", "applied_scientist")


@pytest.mark.parametrize(
    ("title", "read"),
    [
        # operations research is a field of its own (O*NET's 15-2031), no ML research
        ("Operations Research Scientist", ("onet:15-2031", None)),
        ("Senior Operations Research Engineer", ("onet:15-2031", "senior")),
        ("Staff Engineer - Operations Research", ("software_engineer", "staff")),
        ("Principal Engineer, Operations Research", ("software_engineer", "principal")),
        # a partner engineer integrates partners with the platform: a solutions engineer
        ("Partner Engineer", ("onet:15-1299", None)),
        ("Senior Partner Engineer, Payments", ("onet:15-1299", "senior")),
        # the specialist of a cloud or DevOps field builds it; one who advises on it does not
        ("DevOps Specialist", ("platform_engineer", None)),
        ("Senior Cloud Specialist - AWS", ("platform_engineer", "senior")),
        ("Site Reliability Specialist", ("platform_engineer", None)),
        ("Cloud Adoption Specialist", ("refused", None)),
        ("Civil Infrastructure Specialist", ("refused", None)),
        # the product engineer the map names is no tester of products
        ("Validation Product Engineer", ("refused", None)),
        ("Senior Product Engineer, Payments", ("software_engineer", "senior")),
        # "PgM", a board's short form of program manager (tech's since t-titles: IT project
        # managers, 15-1299.09)
        ("Senior PgM", ("onet:15-1299", "senior")),
        ("Technical PgM", ("onet:15-1299", None)),
    ],
)
def test_fields_of_their_own_and_named_jobs(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    key, band = _read(market, title)
    assert (key[: len(read[0])], band) == read
