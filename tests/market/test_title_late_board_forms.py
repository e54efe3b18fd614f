"""Forms of late-2024 board titles found on a tenth tuning draw of the 2024 postings (issue 13,
mk-titles, sixth session): misspelt level words, "AIML", heads of a field of machine learning
written out, a tool after a bare job word, data tools' experts, testers, security tools'
engineers. Every title here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.title_levels import misspelt_level
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("senoir", "senior"),  # two letters swapped
        ("seinor", "senior"),
        ("snior", "senior"),  # one left out
        ("seniour", "senior"),  # one added
        ("juinor", "junior"),
        ("pricipal", "principal"),
        ("principle", "principal"),
        ("staf", "staff"),
        ("assoicate", "associate"),
        # words of their own one slip from a level word, and short words, are left alone
        ("seniors", "seniors"),
        ("senor", "senor"),
        ("stuff", "stuff"),
        ("sta", "sta"),
        ("senior", "senior"),
        ("sensor", "sensor"),  # another letter in place of one: no slip of typing read
    ],
)
def test_a_misspelt_level_word_is_the_level_it_misspells(word: str, meant: str) -> None:
    assert misspelt_level(word) == meant


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        # misspelt level words read as the level, never dropped or read as another
        ("Senoir Staff Software Engineer", ("software_engineer", "senior_staff")),
        ("Seinor Data Scientist", ("data_scientist", "senior")),
        ("Principle Machine Learning Engineer", ("ml_engineer", "principal")),
        ("Juinor Python Developer", ("software_engineer", "entry")),
        # AI/ML written as one word
        ("AIML Engineer", ("ml_engineer", None)),
        ("Senior AIML Developer", ("ml_engineer", "senior")),
        # the head of a field of machine learning written out is an engineering manager
        ("Director of Artificial Intelligence", ("engineering_manager", None)),
        ("Head of Generative AI", ("engineering_manager", None)),
        ("VP, Computer Vision", ("engineering_manager", None)),
        # a language or tool after a bare job word, with no separator
        ("Engineer golang", ("software_engineer", None)),
        ("Senior Engineer Python", ("software_engineer", "senior")),
        ("Engineer Kafka", ("data_engineer", None)),
        # a data tool's expert, specialist or architect, and a tool named before another
        ("ETL Expert", ("data_engineer", None)),
        ("Pentaho ETL Expert", ("data_engineer", None)),
        ("Snowflake Architect", ("data_engineer", None)),
        ("MDM Engineer", ("data_engineer", None)),
        # glued "CloudOps", SAS the language
        ("CloudOps Engineer", ("platform_engineer", None)),
        ("SAS Engineer - Banking", ("software_engineer", None)),
        # a bank's rank before the job a comma names; never a job of its own
        ("Analyst, Python Developer, Global Markets Technology", ("software_engineer", None)),
        ("VP, Data Engineer", ("data_engineer", None)),
        ("Vice President, Engineering", ("engineering_manager", None)),
        # Amazon's "Software Dev Engineer": the job before the comma, not a field after it
        (
            "Software Dev Engineer II, Ads, Measurement and Data Science",
            ("software_engineer", "mid"),
        ),
        # two jobs joined by "and", the second of several words: the first is the posting's
        ("Senior AI Researcher and Model Serving Expert", ("research_scientist", "senior")),
        # streams of events are data engineering
        ("Senior Streaming Engineer (GCP) - Canada", ("data_engineer", "senior")),
        ("Flink Developer", ("data_engineer", None)),
        # fields listed before one job word: the first is the job's
        ("Software, Controls and Analytics Engineer", ("software_engineer", None)),
        ("Platform, Data and ML Engineer", ("platform_engineer", None)),
        # language models and what is built on them
        ("RAG Engineer", ("ml_engineer", None)),
        ("Senior Agentic Engineer", ("ml_engineer", "senior")),
        ("Large Language Model Engineer", ("ml_engineer", None)),
        ("Assoicate Data Scientist", ("data_scientist", "entry")),
    ],
)
def test_late_board_forms_read_their_role_and_level(
    market: MarketStore, title: str, reading: tuple[str, str | None]
) -> None:
    assert _read(market, title) == reading


@pytest.mark.parametrize(
    ("title", "soc"),
    [
        # a testing engineer tests software; a programming analyst is a programmer analyst
        ("Testing Engineer", "15-1253"),
        ("Senior Programming Analyst", "15-1251"),
        # the engineers of a security operations centre's tools secure systems
        ("Senior SOAR Engineer", "15-1299"),
        ("Microsoft Sentinel Engineer", "15-1299"),
        ("SIEM Engineer", "15-1299"),
        ("Technology Architect", "15-1299"),
    ],
)
def test_tech_trades_named_otherwise_read_as_their_computer_occupation(
    market: MarketStore, title: str, soc: str
) -> None:
    from levelset.market.titles import resolve_role

    assert resolve_role(title, market).soc_codes[0] == soc
