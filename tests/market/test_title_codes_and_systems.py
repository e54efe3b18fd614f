"""Forms of late-2024 board titles found on an eleventh tuning draw of the 2024 postings (issue
13, mk-titles, seventh session): requisition codes and doubled bars, a grade after a second
naming of the job or glued to it, operating systems and tools listed before one job word, a
bare job word followed by another job, "founding" and "Apache" before a job or tool, module
and architecture leads and team leaders, "Jnr", "Midlevel" and "Intermediate", the entry of
data never an entry level, web scraping, and the ranking work of search and feeds. Every title
here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.title_forms import posting_form
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "form"),
    [
        # a requisition code glued to letters, alone in brackets, after a dash, or named
        ("Python Developer - Engineer III QRT104233", "Python Developer - Engineer III"),
        ("Data Scientist (40917)", "Data Scientist"),
        ("ML Engineer - 771204 - Hybrid", "ML Engineer - Hybrid"),
        ("Backend Engineer (Req 5512)", "Backend Engineer"),
        ("Cloud Engineer [JR99881]", "Cloud Engineer"),
        # a stray letter after the last bracket, doubled bars
        ("Data Engineer (Remote)x", "Data Engineer (Remote)"),
        ("Database Engineer||Onsite in Austin", "Database Engineer | Onsite in Austin"),
        # what is left alone: pay plans, short numbers, tools and grades written apart
        ("IT Specialist (SYSADMIN) GS-2210-12", "IT Specialist (SYSADMIN) GS-2210-12"),
        ("F-16 Avionics Technician", "F-16 Avionics Technician"),
        ("Software Engineer II - 5G", "Software Engineer II - 5G"),
        ("AS400 Developer", "AS400 Developer"),
        ("Python3 Developer", "Python3 Developer"),
        ("12345", "12345"),
        # a grade glued to its job word or short form
        ("SWE2", "SWE 2"),
        ("Data Engineer3", "Data Engineer 3"),
        # "founding" and "Apache" before the job or the tool
        ("Founding Product Designer", "Product Designer"),
        ("Founding Engineer", "Founding Engineer"),
        ("Apache Kafka Developer", "Kafka Developer"),
    ],
)
def test_a_posting_code_a_glued_grade_and_a_founders_word_are_set_aside(
    title: str, form: str
) -> None:
    assert posting_form(title) == form


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        # the grade after a second naming of the job, the code after it set aside
        ("Python Developer - Engineer III QRT104233", ("software_engineer", "senior")),
        ("Golang Developer, Engineer II", ("software_engineer", "mid")),
        ("Data Engineer (Remote)x", ("data_engineer", None)),  # no grade "I" read from the "x"
        ("SDE2", ("software_engineer", "mid")),
        # a grade after a job's short form
        ("MLE 3", ("ml_engineer", "senior")),
        ("MTS 2", ("software_engineer", "mid")),
        # operating systems and virtual machines: their engineer runs the platform, their
        # developer writes software
        ("Linux Engineer", ("platform_engineer", None)),
        ("Senior VMware Engineer", ("platform_engineer", "senior")),
        ("Windows/Unix/SQL Engineer", ("platform_engineer", None)),
        ("Kafka/Hadoop Developer", ("data_engineer", None)),
        ("Windows Developer", ("refused", None)),
        ("San Jose Engineer", ("refused", None)),  # "San" is no storage network
        # the lead of a module of a tool's work (a rank of IT services firms)
        ("Apache Kafka Module Lead", ("data_engineer", "staff")),
        ("React Module Lead", ("software_engineer", "staff")),
        # the ranking models of search, feeds and shops; GPU and data-pipeline operations
        ("Search Relevance Engineer", ("ml_engineer", None)),
        ("Senior Ranking Engineer", ("ml_engineer", "senior")),
        ("Personalisation Engineer", ("ml_engineer", None)),
        ("CUDA Engineer", ("software_engineer", None)),
        ("DataOps Engineer", ("data_engineer", None)),
        ("Predictive Modeller", ("data_scientist", None)),
        # SQL and its dialects are the language of databases, whose level words never refuse
        # the title; a DBA is a database administrator
        ("Senior SQL Developer", ("onet", "senior")),
        ("Junior T-SQL Developer", ("onet", "entry")),
        ("Senior Oracle DBA", ("onet", "senior")),
        # a way of programming and programs that read the web: software
        ("Functional Programming Engineer", ("software_engineer", None)),
        ("Go & Web Scraping Engineer", ("software_engineer", None)),
        # the lead of a field's architecture leads the field's engineering
        ("Data Architecture Lead", ("data_engineer", "staff")),
        ("Cloud Architecture Lead", ("platform_engineer", "staff")),
        ("Kubernetes Platform Engineer", ("platform_engineer", None)),
        ("Infrastructure Engineer, Networking", ("platform_engineer", None)),
        # an engineering after the job is named is the job's unit, not a second job's name
        ("Senior Engineer, Data Engineering", ("data_engineer", "senior")),
        ("Machine Learning Engineering Intern", ("ml_engineer", "entry")),
        # level words boards write short or in other words: "Jnr", "Midlevel", "Intermediate"
        ("Jnr Python Developer", ("software_engineer", "entry")),
        ("Midlevel Data Engineer", ("data_engineer", "mid")),
        ("Intermediate Backend Engineer", ("software_engineer", "mid")),
        ("Data Scientist (Intermediate)", ("data_scientist", "mid")),
        # a team's or tech leader is its lead
        ("Data Engineering Team Leader", ("data_engineer", "staff")),
        ("Tech Leader, Machine Learning", ("ml_engineer", "staff")),
        ("Predictive Maintenance Engineer", ("refused", None)),
    ],
)
def test_codes_grades_systems_and_fields_read(
    market: MarketStore, title: str, reading: tuple[str, str | None]
) -> None:
    found = _read(market, title)
    if reading[0] == "onet":  # a database occupation of O*NET's, at the title's level
        assert _soc(market, title).startswith("15-124") and found[1] == reading[1]
    else:
        assert found == reading


def _soc(market: MarketStore, title: str) -> str:
    from levelset.errors import UnknownValue
    from levelset.market.titles import resolve_role

    try:
        role = resolve_role(title, market)
    except UnknownValue:
        return ""
    return role.socs[0].soc


def test_doubled_bars_separate_the_job_from_the_boards_words(market: MarketStore) -> None:
    found = _read(market, "Database Engineer||Onsite in Austin")
    assert found[0] != "refused" and found == _read(market, "Database Engineer")


@pytest.mark.parametrize(
    "title",
    [
        # a bare job word followed by another trade's job is never that field's tech job
        "ENGINEER, PLANT LAYOUT INDUSTRIAL ENGINEER - ANALYTICS",
        "Engineer, Quality Manager - Data",
        # "founding" set aside leaves a presales job a presales job
        "Founding Solutions Engineer, Data",
        # the job named, then an ML field in brackets and the team's engineering after it
        "Desktop Support Engineer (Data / ML), Support Engineering",
        # a job every engineering names, on an oil platform or in another trade's field
        "Offshore Platform Engineer",
        "Oil Platform Engineer",
        "Infrastructure Engineer - Civil",
        "Reliability Engineer (Mechanical)",
        # the entry of data is the job, never an entry-level data job: a clerk's work
        "Team Leader - Data Entry",
        "Lead, Data Entry",
        "Data Entry Lead",
        "Data Entry Analyst",
        "Data Entry Coordinator",
    ],
)
def test_another_job_or_a_team_after_the_job_is_never_read_as_an_ml_or_data_job(
    market: MarketStore, title: str
) -> None:
    role, band = _read(market, title)
    tech = ("data_engineer", "software_engineer", "ml_engineer", "data_scientist")
    assert role not in (*tech, "platform_engineer")
    assert band != "entry" or "Entry" not in title
    if "Data Entry" in title:  # read outside tech or refused, never a computer occupation
        assert _soc(market, title)[:3] != "15-"
