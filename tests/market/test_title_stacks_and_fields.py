"""Titles named by a programming language or framework, titles cut short, learners of
software, support tiers, O*NET's bracketed alternate names, IT fields named their own way
(security heads, a unit's manager, a field before a dash, two joined fields), and federal
supervisors (issue 13, mk-titles). Every title here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.title_forms import _cut_short
from levelset.market.title_it_fields import (
    field_then_job,
    first_joined,
    security_named,
    without_unit,
)
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "band"),
    [
        ("C# Developer", None),
        ("C++ Programmer", None),
        ("Senior React Native Engineer", "senior"),
        ("Angular Developer", None),
        ("Junior Golang Developer", "entry"),
        ("Ruby on Rails Engineer", None),
        ("Vue Developer", None),
        ("Kotlin Engineer II", "mid"),
    ],
)
def test_a_language_or_framework_developer_writes_software(
    market: MarketStore, title: str, band: str | None
) -> None:
    assert _read(market, title) == ("software_engineer", band)


def test_a_data_field_after_a_language_is_still_read_first(market: MarketStore) -> None:
    assert _read(market, "Python Data Engineer")[0] == "data_engineer"
    assert _read(market, "Scala Spark Developer")[0] == "data_engineer"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Ingeniero de datos con", "Ingeniero de datos"),
        ("Senior Data Engineer with", "Senior Data Engineer"),
        ("Machine Learning Engineer -", "Machine Learning Engineer"),
        ("IT Specialist (APPSW", "IT Specialist (APPSW)"),
        ("Platform Engineer for &", "Platform Engineer"),
        ("Data Scientist", "Data Scientist"),
    ],
)
def test_a_title_cut_short_is_read_as_far_as_it_goes(text: str, plain: str) -> None:
    assert _cut_short(text) == plain


def test_titles_cut_short_keep_their_role(market: MarketStore) -> None:
    assert _read(market, "Ingeniero de datos con")[0] == "data_engineer"
    assert _read(market, "Senior Software Engineer with")[0] == "software_engineer"
    assert _read(market, "IT Specialist (APPSW")[0] in ("software_engineer", "onet:15-1252.00")


@pytest.mark.parametrize("title", ["Software Trainee", "Software Intern", "Software Apprentice"])
def test_a_learner_of_software_is_an_entry_software_engineer(
    market: MarketStore, title: str
) -> None:
    assert _read(market, title) == ("software_engineer", "entry")


def test_a_learner_of_another_trade_is_not_a_software_engineer(market: MarketStore) -> None:
    assert _read(market, "Management Trainee")[0] != "software_engineer"
    assert _read(market, "Plumbing Apprentice")[0] != "software_engineer"


def test_a_support_tier_is_no_company_ladder_level(market: MarketStore) -> None:
    assert _read(market, "Application Support Analyst (L3)")[1] is None
    assert _read(market, "L4 Helpdesk Technician")[1] is None
    assert _read(market, "Software Engineer, L5")[1] == "senior"  # a ladder code still reads


def test_a_level_after_the_job_a_board_names_is_kept(market: MarketStore) -> None:
    assert _read(market, "Mobile App Developer - Intern") == ("software_engineer", "entry")


def test_onet_bracketed_names_are_read_both_ways(market: MarketStore) -> None:
    role, _ = _read(market, "Network Operations Center Engineer")
    assert role.startswith("onet:15-1241")  # O*NET: "NOC Engineer (Network Operations ...)"
    assert _read(market, "NOC Engineer")[0].startswith("onet:15-1241")
    role, _ = _read(market, "Information Technology Security Analyst")
    assert role.startswith("onet:15-1212")


@pytest.mark.parametrize(
    ("part", "named"),
    [
        ("it cybersecurity manager", "information security manager"),
        ("cyber security director", "information security manager"),
        ("information assurance chief", "information security manager"),
        ("information assurance manager", "information security manager"),
        ("security manager", None),  # a building's guards: no IT word
        ("cybersecurity analyst", None),  # no head: read as written elsewhere
    ],
)
def test_a_head_of_security_is_named_as_onet_names_it(part: str, named: str | None) -> None:
    assert security_named(part) == named


def test_the_unit_a_head_runs_is_set_aside() -> None:
    assert without_unit("information assurance branch manager") == "information assurance manager"
    assert without_unit("network operations division chief") == "network operations chief"
    assert without_unit("branch manager") is None  # the unit is the whole job
    assert without_unit("data engineer") is None


def test_an_it_field_before_a_dash_names_the_job_s_field() -> None:
    assert field_then_job("IT - Project Manager") == "IT Project Manager"
    assert field_then_job("Information Technology – Business Analyst") == (
        "Information Technology Business Analyst"
    )
    assert field_then_job("Marketing - Project Manager") is None


def test_a_job_of_two_joined_fields_is_read_by_the_first() -> None:
    assert first_joined("it security and governance analyst") == ["it security analyst"]
    assert first_joined("data and analytics") == []


@pytest.mark.parametrize(
    "title",
    [
        "Head of IT Cybersecurity",
        "Director, Cyber Security",
        "Information Assurance Branch Manager",
        "Cybersecurity Division Chief",
    ],
)
def test_security_heads_manage_it(market: MarketStore, title: str) -> None:
    assert _read(market, title)[0].startswith("onet:11-3021")


def test_it_field_readings_never_leave_tech(market: MarketStore) -> None:
    assert _read(market, "Head of Security")[0].startswith("onet:11-3013")  # security managers
    assert _read(market, "Bank Branch Manager")[0] != "onet:11-3021.00"
    assert _read(market, "Research and Development Engineer")[0] != "software_engineer"
    role, _ = _read(market, "Network Security & Compliance Analyst")
    assert role.startswith("onet:15-")


def test_federal_chiefs_of_supervisors_and_managed_fields_in_brackets(
    market: MarketStore,
) -> None:
    assert _read(market, "Chief Supervisory IT Specialist (SYSADMIN)")[0] == "onet:11-3021.00"
    title = "Supervisory Information Technology Management (Network Services)"
    assert _read(market, title)[0] == "onet:11-3021.00"


def test_ml_analysts_are_data_scientists_and_content_work_is_not_ml(market: MarketStore) -> None:
    assert _read(market, "Senior Machine Learning Analyst") == ("data_scientist", "senior")
    role, _ = _read(market, "AI Content Specialist for Language Models")
    assert role not in ("ml_engineer", "research_scientist", "applied_scientist")


# the second batch of rules, from the fifth draws' tuning parts


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Data Modeler Position", "onet:15-2051"),  # a board's word for the posting set aside
        ("Senior Golang Engineer Wanted", "software_engineer"),
        ("REST API Developer", "software_engineer"),
        ("MEAN Stack Developer", "software_engineer"),
        ("Java Architect", "software_engineer"),
        ("Forecasting Modeling Lead", None),  # no ML field: nothing is guessed here
        ("Predictive Modelling Lead", "ml_engineer"),
        ("Data Engineer in Renewable Energy", "data_engineer"),
        ("Senior Infra Engineer", "platform_engineer"),
    ],
)
def test_board_words_stacks_fields_in_a_domain_and_short_forms(
    market: MarketStore, title: str, role: str | None
) -> None:
    found, _ = _read(market, title)
    if role is None:
        assert found not in ("ml_engineer", "data_scientist")
    else:
        assert found.startswith(role)


def test_a_network_or_solutions_architect_stays_with_onet(market: MarketStore) -> None:
    assert _read(market, "Network Architect")[0].startswith("onet:15-1241")
    assert _read(market, "Data Architect")[0].startswith("onet:15-")


@pytest.mark.parametrize(
    "title",
    ["Staff Engineer Equipment Engineering", "Senior Engineer, Process Engineering"],
)
def test_a_bare_engineer_of_another_engineering_is_no_tech_role(
    market: MarketStore, title: str
) -> None:
    role, _ = _read(market, title)
    assert role == "refused" or (role.startswith("onet:") and not role.startswith("onet:15-"))


def test_a_bare_engineer_of_a_tech_engineering_keeps_its_role(market: MarketStore) -> None:
    assert _read(market, "Principal Engineer, Platform Engineering") == (
        "platform_engineer",
        "principal",
    )
    assert _read(market, "Staff Engineer - Data Engineering") == ("data_engineer", "staff")
