"""Families of posted titles read in the ninth session of issue 13 (m13): a field's qualifiers
after "R&D" and a joined field, the reach of an IT department before "IT", business platforms
and their product clouds, a generic builder with a stack or field after its separator, fields
listed with a slash after a bare job, a one-word role on a cloud, German contract words, data
integration, big-data and BI tools, an application's layers, IT analysts, group managers,
research interns, business functions' analytics managers. Every title here is written for this
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
    ("title", "read"),
    [
        # the head of a field written after "R&D" and joined to another field
        ("Vice President, R&D Machine Learning & Clinical Imaging", ("engineering_manager", None)),
        ("Director, R&D Data Engineering & Analytics – Oncology", ("engineering_manager", None)),
        # where an IT department serves is not the job
        ("Global IT Engineer", ("onet:15-1243.00", None)),
        ("Senior Corporate IT Engineer", ("onet:15-1243.00", "senior")),
        # business platforms, their product clouds and low-code tools
        ("Salesforce Engineer", ("software_engineer", None)),
        ("Senior Salesforce Developer", ("software_engineer", "senior")),
        ("Salesforce Marketing Cloud Developer", ("software_engineer", None)),
        ("Oracle EBS Developer", ("software_engineer", None)),
        ("Power Apps Developer", ("software_engineer", None)),
        # a generic builder whose specialty names a stack or a builder's field
        ("Application Engineer, SAP/ABAP", ("software_engineer", None)),
        ("Senior Application Engineer - Java", ("software_engineer", "senior")),
        ("Development Engineer II (Machine Learning)", ("ml_engineer", "mid")),
        ("Product Development Engineer (Software)", ("software_engineer", None)),
        # fields listed with a slash after a bare job: the first
        ("Principal Scientist – ML/AI", ("applied_scientist", "principal")),
        ("Lead Engineer - Machine Learning/Computer Vision", ("ml_engineer", "staff")),
        # a one-word role on a cloud or platform tool
        ("AWS MLOps", ("mlops_engineer", None)),
        ("Azure SRE", ("platform_engineer", None)),
        # German contract words are the board's, not the job's
        ("AI-Engineer/Teilzeit", ("ml_engineer", None)),
        # moving data between systems
        ("Data Integration Lead", ("data_engineer", "staff")),
        ("Ab Initio Developer", ("data_engineer", None)),
        # big-data platforms, BI tools and an application's layers before a builder's word
        ("Hortonworks Engineer", ("data_engineer", None)),
        ("Spotfire Engineer", ("bi_engineer", None)),
        ("Backend Architect", ("software_engineer", None)),
        ("Kafka Full Stack Engineer", ("software_engineer", None)),
        # an IT job named by its generic "analyst"
        ("IT Storage Solutions Analyst", ("onet:15-1299.06", None)),
        # a group's manager manages a field's managers; a research intern of an ML field
        ("Group Manager, Machine Learning", ("engineering_manager", None)),
        ("Research Intern - Computer Vision", ("research_scientist", "entry")),
        # tools of pipelines, catalogues, reports, delivery, directories and the web's stacks
        ("Senior Matillion Engineer", ("data_engineer", "senior")),
        ("Collibra Engineer", ("data_engineer", None)),
        ("OBIEE Engineer", ("bi_engineer", None)),
        ("GitLab Engineer", ("platform_engineer", None)),
        ("Intune Engineer", ("platform_engineer", None)),
        ("Svelte Engineer", ("software_engineer", None)),
        # a research job of another science keeps its computing when it names some
        ("Research Scientist, Clinical Machine Learning", ("research_scientist", None)),
    ],
)
def test_a_posted_form_reads_as_its_role(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


@pytest.mark.parametrize(
    "title",
    [
        "Application Engineer, Mechanical",  # O*NET's application engineer, outside tech
        "Design Engineer (Cooling Systems)",
        "Engineer, Plant Industrial Engineer - Reporting",  # a job, no field, after the comma
        "Digital Marketing Specialist",  # "digital" before no "IT"
        "Campaign Analytics Manager",  # a business function's analytics, no engineers
        "Pricing Analytics Manager",
        "Research Scientist – Organic Chemistry",  # a chemist's research, not ML research
        "Research Engineer, Mechanical Systems",
        "Sous Chef",  # a cook, whatever the tools named "Chef"
    ],
)
def test_other_trades_are_not_read_into_tech(market: MarketStore, title: str) -> None:
    key, _ = _read(market, title)
    assert key == "refused" or (key.startswith("onet:") and not key.startswith("onet:15-"))
