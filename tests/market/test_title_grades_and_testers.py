"""Families of posted titles read in the tenth session of issue 13 (m13b): a band word beside a
company ladder's code, a level named after the job, a lone "I" used as a separator, German
compounds of a field and a job, administrators of data and platform tools, practices of
platform operations, testers of an ML field, and a job O*NET files under several other
engineerings before a tech field. Every title here is written for this test."""

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
        # a band word beside a ladder code wins; a code alone still says the level
        ("Senior Software Engineer (IC3)", ("software_engineer", "senior")),
        ("Senior Data Engineer - L4", ("data_engineer", "senior")),
        ("Staff Engineer (IC5)", ("software_engineer", "staff")),
        ("Machine Learning Engineer (IC3)", ("ml_engineer", "mid")),
        ("Software Engineer - Payments (L4)", ("software_engineer", "mid")),
        # a level named as one after the job, past other words
        ("Data Engineer Analyst-Bilingual Mid level-Toronto", ("data_engineer", "mid")),
        ("Data Scientist - Remote - Senior level", ("data_scientist", "senior")),
        # a lone "I" between two words, after no job word, separates them
        ("Remote I Senior Data Engineer", ("data_engineer", "senior")),
        ("Contractor I Mid-level Data Scientist", ("data_scientist", "mid")),
        ("Data Engineer I - Remote", ("data_engineer", "entry")),
        ("Software Engineer I Payments", ("software_engineer", "entry")),
        # German compounds of a field and a job, feminine forms too
        ("Datenwissenschaftlerin", ("data_scientist", None)),
        ("Senior Datenwissenschaftler (m/w/d)", ("data_scientist", "senior")),
        ("Dateningenieur (m/w/d)", ("data_engineer", None)),
        ("Softwareentwicklerin", ("software_engineer", None)),
        ("Datenbankadministrator", ("onet:15-1242.00", None)),
        # an administrator of a data platform keeps data; of a platform tool, systems
        ("Hadoop Administrator", ("onet:15-1242.00", None)),
        ("Senior Kafka Admin", ("onet:15-1242.00", "senior")),
        ("Kubernetes Administrator", ("onet:15-1244.00", None)),
        ("Linux Administrator", ("onet:15-1244.00", None)),
        # operations practices of a platform
        ("AIOps Engineer", ("platform_engineer", None)),
        ("Senior GitOps Engineer", ("platform_engineer", "senior")),
        ("FinOps Engineer", ("platform_engineer", None)),
        # the tester of an ML field or of software tests software
        ("Algorithm Validation Engineer", ("onet:15-1253.00", None)),
        ("Senior Machine Learning Test Engineer", ("onet:15-1253.00", "senior")),
        ("AI QA Engineer", ("onet:15-1253.00", None)),
        ("Software Verification Engineer", ("onet:15-1253.00", None)),
    ],
)
def test_a_posted_form_reads_as_its_role(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


@pytest.mark.parametrize(
    "title",
    [
        "Consulting Engineer, Data Center",  # O*NET: civil, industrial and other engineers
        "Consulting Engineer - Cloud Networking",
    ],
)
def test_an_other_engineering_job_before_a_tech_field_is_not_read_outside_tech(
    market: MarketStore, title: str
) -> None:
    key, _ = _read(market, title)
    assert key == "refused" or key.startswith("onet:15-")


@pytest.mark.parametrize(
    "title",
    [
        "Consulting Engineer - Structural",  # a civil engineer's specialty
        "Phase I Environmental Engineer",  # a phase, no grade; no tech either
    ],
)
def test_other_trades_stay_outside_tech(market: MarketStore, title: str) -> None:
    key, _ = _read(market, title)
    assert key == "refused" or (key.startswith("onet:") and not key.startswith("onet:15-"))
