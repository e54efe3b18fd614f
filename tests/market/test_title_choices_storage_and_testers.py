"""Families of posted titles read in the tenth session of issue 13 (titles): a level chosen in a
slash list after the job, storage networks' short forms, the analyst of a data integration
tool, the tester of an ML engineer's field, the manager of a team's engineering written after a
comma, a BI or data tool listed before a field, and what other trades' engineering managers and
other sciences' researchers are not. Every title here is written for this test."""

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
    ("title", "read"),
    [
        # a level chosen in a slash list after the job: the first named
        ("Data Engineer (Senior/Expert)", ("data_engineer", "senior")),
        ("Backend Developer - Payments /Intermediate/Senior/", ("software_engineer", "mid")),
        ("ML Engineer, Search (Staff/Principal)", ("ml_engineer", "staff")),
        # storage networks' short forms in capitals: computer network jobs
        ("SAN Engineer", ("onet:15-1241.00", None)),
        ("Senior SAN/NAS Administrator", ("onet:15-1244.00", "senior")),
        # the analyst of a data integration tool builds its pipelines
        ("Talend MDM Analyst", ("data_engineer", None)),
        ("Senior ETL Analyst", ("data_engineer", "senior")),
        ("Snowflake Analyst", ("data_engineer", None)),
        # the tester of an ML engineer's field tests software
        ("Perception Test Engineer", ("onet:15-1253.00", None)),
        ("Senior Perception Validation Engineer", ("onet:15-1253.00", "senior")),
        # the manager of a team's engineering, written after a comma
        ("Manager, OSS Engineering", ("engineering_manager", None)),
        ("Manager, Checkout Engineering", ("engineering_manager", None)),
        # a BI or data tool listed before a field and one job word: the tool's
        ("Power BI / Data Analytics Developer", ("bi_engineer", None)),
        ("Senior Tableau / Data Visualisation Developer", ("bi_engineer", "senior")),
        # a board's call for haste before the title is set aside
        ("Urgent!! Developer - Golang", ("software_engineer", None)),
        ("Urgently Hiring: Snowflake Developer", ("data_engineer", None)),
        # "IT" before a lead's words is the lead's department
        ("IT Tech Lead", ("software_engineer", "staff")),
        # the lead of a BI tool, and a level before a lead that names its field after a dash
        ("Looker Lead", ("bi_engineer", "staff")),
        ("Senior Lead - Qlik Sense", ("bi_engineer", "senior")),
        ("Sr. Lead - Kotlin", ("software_engineer", "senior")),
    ],
)
def test_a_posted_form_reads_as_its_role(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


@pytest.mark.parametrize(
    "title",
    [
        "SOFTWARE ENGINEER SAN JOSE",  # a city, read as the software engineer it names
        "MDM Analyst",  # master data's steward, no pipeline builder
        "ETL Test Analyst",  # a tester of pipelines
        "Hiring Manager",  # a job, no call for haste
    ],
)
def test_what_the_new_forms_leave_alone(market: MarketStore, title: str) -> None:
    key, _ = _read(market, title)
    assert key in ("software_engineer", "refused") or key.startswith("onet:15-1253")


@pytest.mark.parametrize(
    "title",
    [
        "Process Engineering Manager",  # a plant's engineering, no software engineers
        "Manufacturing Engineering Manager",
        "Manager, Chemical Engineering",
        "Research Engineer for Advanced Nuclear Systems",  # another science's research
        "Research Scientist, Photonics",
    ],
)
def test_other_trades_are_not_read_into_tech(market: MarketStore, title: str) -> None:
    key, _ = _read(market, title)
    assert key == "refused" or (key.startswith("onet:") and not key.startswith("onet:15-"))
