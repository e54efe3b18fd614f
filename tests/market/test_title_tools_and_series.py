"""Titles found on the sixth JobBERT and third billhunt.dev USAJOBS draws: an infrastructure
tool's engineer, the lead of two joined fields, initials that hold a Roman numeral's letter,
OPM's series named alone before its specialty, a support analyst of software; non-US
conventions (a British graduate, a Canadian public-service group and level); and the
suggestions an unknown title gets, which come from the tech occupations only."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import UnknownValue
from levelset.market.build import open_market
from levelset.market.onet_titles import is_tech_soc
from levelset.market.store import MarketStore
from levelset.market.title_clean import clean_title
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "role", "band"),
    [
        ("Senior Splunk Engineer", "platform_engineer", "senior"),
        ("Kubernetes Architect", "platform_engineer", None),
        ("Terraform Engineer", "platform_engineer", None),
        ("Infrastructure and Operations (I&O) Team Lead", "platform_engineer", "staff"),
        ("Cloud and Security Tech Lead", "platform_engineer", "staff"),
        ("Graduate Software Engineer", "software_engineer", "entry"),  # a British new graduate
        ("IT-03 Developer", "software_engineer", None),  # the Canadian public service's group
        ("Data Scientist, EC-05", "data_scientist", None),
        ("ODNI CISO-Chief of Cybersecurity", "engineering_manager", None),  # initials, a dash
    ],
)
def test_tools_and_joined_fields(market: MarketStore, title: str, role: str, band: str) -> None:
    assert _read(market, title) == (role, band)


def test_initials_hold_no_level() -> None:
    assert clean_title("I&O Team Lead").level_words == ("lead",)
    assert clean_title("Software Engineer I & II").level_words == ("i", "ii")


def test_a_federal_pay_plan_holds_no_level() -> None:
    assert clean_title("IT Specialist (Network Services), NB-2210-V").level_words == ()
    assert clean_title("IT Specialist, GS-2210- 13/14").level_words == ()


def test_an_associate_ending_a_title_is_the_job_not_a_level() -> None:
    assert clean_title("Technical Support Associate").level_words == ()
    assert clean_title("Associate Software Engineer").level_words == ("associate",)
    assert clean_title("Data Engineer Associate").level_words == ("associate",)  # after a job


@pytest.mark.parametrize(
    "title",
    [
        "Information Technology (Information Security)",
        "IT (Network)",
        "Information Technology Services (Network Services)",
        "Application Support Analyst",
        "Senior Production Support Analyst",
    ],
)
def test_it_series_and_software_support_are_computer_jobs(market: MarketStore, title: str) -> None:
    assert _read(market, title)[0].startswith("onet:15-")


@pytest.mark.parametrize("title", ["Sales Support Analyst", "Information Technology"])
def test_no_computer_job_is_guessed_from_other_support_or_a_bare_field(
    market: MarketStore, title: str
) -> None:
    assert not _read(market, title)[0].startswith("onet:15-")


@pytest.mark.parametrize(
    "title", ["Qzxv Wrangler 9000", "Head of Qzxv Cooking", "Port Qzxvk Engineer", "Chef Qzxv"]
)
def test_an_unknown_titles_suggestions_are_tech_jobs(market: MarketStore, title: str) -> None:
    with pytest.raises(UnknownValue) as caught:
        resolve_role(title, market)
    assert caught.value.suggestions or (caught.value.hint or "").startswith("no title")
    for suggestion in caught.value.suggestions:
        role = resolve_role(suggestion, market)
        # a suggestion is a tech job's title, though O*NET may file it elsewhere too
        assert role.source == "curated" or any(is_tech_soc(c) for c in role.soc_codes), suggestion
