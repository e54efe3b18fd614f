"""Titles read wrong before the eighth title session (issue 13, mk-titles): an ML field before a
data science engineer, ML-Ops before any builder's word, IC grades without a company, the lead
of a field's engineering, identity and access management, a layer of software and its tools
alone, business platforms' engineers, frameworks models are built in; and the classes of the
tuning part of the twelfth draw of the 2024 postings: a job then its field, co-ops, test tools,
game engines, SQL developers. Every title here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.bands import Band
from levelset.market.build import open_market
from levelset.market.levels import parse_level
from levelset.market.store import MarketStore
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        # an engineer of data science in a field of ML builds the models
        ("Machine Learning Data Science Engineer", ("ml_engineer", None)),
        ("Senior AI Data Science Engineer", ("ml_engineer", "senior")),
        ("Data Science Engineer", ("data_scientist", None)),  # no field: the map's own name
        ("ML Data Scientist", ("data_scientist", None)),
        # ML-Ops before any builder's word is ML-Ops work
        ("MLOps Platform Engineer", ("mlops_engineer", None)),
        ("Senior ML Ops Infrastructure Engineer", ("mlops_engineer", "senior")),
        ("MLOps DevOps Engineer", ("mlops_engineer", None)),
        ("LLMOps Developer", ("mlops_engineer", None)),
        ("Kubeflow Engineer", ("mlops_engineer", None)),
        # the frameworks models are built in
        ("PyTorch Engineer", ("ml_engineer", None)),
        ("Senior TensorFlow Developer", ("ml_engineer", "senior")),
        # IC grades without a company: IC1 and IC2 count from one; IC3 between the numberings
        ("Software Engineer IC3", ("software_engineer", "mid")),
        ("Software Engineer (IC1)", ("software_engineer", "entry")),
        ("Data Engineer IC2", ("data_engineer", "mid")),
        ("Machine Learning Engineer, IC5", ("ml_engineer", "senior")),
        # a layer of software and its tools alone name its developer
        ("Fullstack Python/React", ("software_engineer", None)),
        ("Senior Backend Java", ("software_engineer", "senior")),
        ("Full Stack Marketing", ("refused", None)),
        # a business platform's engineer writes for it; a blockchain's developer writes software
        ("ServiceNow Engineer", ("software_engineer", None)),
        ("SharePoint Architect", ("software_engineer", None)),
        ("Blockchain Engineer", ("software_engineer", None)),
        ("Block-Chain Developer", ("software_engineer", None)),
        # a job named whole, then its team's field with no separator
        ("Machine Learning Engineer Data Science", ("ml_engineer", None)),
        ("Data Engineer Data Science", ("data_engineer", None)),
        # a co-op (a student's work term) opening or closing a title is an intern's job
        ("Co-op Data Engineer, Analytics", ("data_engineer", "entry")),
        ("Software Engineer (Co-op)", ("software_engineer", "entry")),
        ("Food Co-op Manager", ("refused", None)),
        # a technical lead at a level, and game engines' developers
        ("Principal Technical Lead", ("software_engineer", "principal")),
        ("Unity Developer", ("software_engineer", None)),
        ("Senior Unreal Engine Developer", ("software_engineer", "senior")),
    ],
)
def test_titles_read_their_role_and_level(
    market: MarketStore, title: str, reading: tuple[str, str | None]
) -> None:
    assert _read(market, title) == reading


@pytest.mark.parametrize(
    ("title", "soc", "band"),
    [
        # the lead of a field's engineering is that field's engineer, never its manager
        ("Security Engineering Lead", "15-1299", Band.STAFF),
        ("Network Engineering Lead", "15-1241", Band.STAFF),
        # identity and access management is information security work
        ("IAM Engineer", "15-1299", None),
        ("Senior Identity and Access Management Analyst", "15-1212", Band.SENIOR),
        ("Privileged Access Management Engineer", "15-1299", None),
        ("Okta Engineer", "15-1299", None),
        # the tools that drive a browser to test it; SQL in capitals is no office's code
        ("Selenium Tester", "15-1253", None),
        ("Senior Cypress Automation Engineer", "15-1253", Band.SENIOR),
        ("SQL Developer", "15-1243", None),
        ("SQL Developer and Analyst", "15-1243", None),
        ("PL/SQL Developer (Data Quality)", "15-1243", None),
    ],
)
def test_security_titles_read_as_their_computer_occupation(
    market: MarketStore, title: str, soc: str, band: Band | None
) -> None:
    role = resolve_role(title, market)
    assert role.soc_codes[0] == soc
    assert (parse_level(role.level_hint).band if role.level_hint else None) == band


def test_a_bare_ic3_reads_mid_and_names_meta_s_entry() -> None:
    found = parse_level("IC3")
    assert (found.band, found.ladder) == (Band.MID, "generic")
    assert found.alternatives == ("at meta IC3 is entry",)
    assert parse_level("IC3", "Meta").band == Band.ENTRY
    assert parse_level("IC4").band == Band.MID
