"""Forms of posted titles found on a new tuning draw (issue 13, mk-titles): styled letters,
a board's sentence after the title, an opening tag, Italian and Portuguese, trade initials,
"System" for "Systems", testers, teachers, product leads, jobs joined by "and". Every title
here is written for this test."""

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
        # letters styled with Unicode's compatibility forms, invisible characters
        ("𝐒𝐞𝐧𝐢𝐨𝐫 𝐃𝐚𝐭𝐚 𝐄𝐧𝐠𝐢𝐧𝐞𝐞𝐫 – 𝐎𝐬𝐥𝐨", ("data_engineer", "senior")),
        ("Ｍａｃｈｉｎｅ Ｌｅａｒｎｉｎｇ Ｅｎｇｉｎｅｅｒ", ("ml_engineer", None)),
        # a board's sentence after the title's full stop; a tag in square brackets before it
        ("Platform Engineer. Apply today in Lisbon", ("platform_engineer", None)),
        ("[Northwind] Senior Data Scientist", ("data_scientist", "senior")),
        # Italian and Portuguese
        ("Sviluppatore Backend Senior", ("software_engineer", "senior")),
        ("Engenheira de Dados", ("data_engineer", None)),
        ("Cientista de Dados", ("data_scientist", None)),
        # jobs joined by "and": the first is the posting's
        ("Kubernetes Engineer and Architect", ("platform_engineer", None)),
        ("Senior ELK Stack Engineer", ("platform_engineer", "senior")),
        # fields of machine learning
        ("Conversational Bot Engineer", ("ml_engineer", None)),
        ("Visual SLAM Engineer II", ("ml_engineer", "mid")),
    ],
)
def test_a_posted_form_reads_as_its_role(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


@pytest.mark.parametrize(
    ("title", "soc"),
    [
        ("Senior System Engineer", "onet:15-"),  # O*NET's singular blends nuclear engineers
        ("System Administrator III", "onet:15-1244"),
        ("Load Tester", "onet:15-1253"),
        ("Senior Manual Tester", "onet:15-1253"),
        ("Market Research Analyst and Survey Coordinator", "onet:13-1161"),
    ],
)
def test_a_computer_job_reads_in_the_computer_occupations(
    market: MarketStore, title: str, soc: str
) -> None:
    assert _read(market, title)[0].startswith(soc)


@pytest.mark.parametrize(
    "title",
    [
        "CNC Programmer",  # machine tools (51-9162), no software
        "PLC Programmer / Technician",
        "Associate Professor of Data Science",  # teaches the field
        "Machine Learning Lecturer (Fixed Term)",
        "AI Product Lead",  # a product manager, no software engineer
        "Data Program Lead",
    ],
)
def test_a_trade_teaching_or_product_job_is_no_curated_tech_role(
    market: MarketStore, title: str
) -> None:
    key = _read(market, title)[0]
    assert key == "refused" or key.startswith("onet:"), key
    assert not key.startswith("onet:15-125"), key  # never a software developer


@pytest.mark.parametrize(
    ("title", "level"),
    [("AI Product Lead", None), ("Senior ML Product Lead", "senior")],
)
def test_a_field_product_lead_is_a_product_manager_whose_lead_is_no_level(
    market: MarketStore, title: str, level: str | None
) -> None:
    # "product lead" is the map's tech reading of a product manager; a field before it is set
    # aside as for "AI Product Manager", and its "lead" names the job, not a staff level
    assert _read(market, title) == (_read(market, "AI Product Manager")[0], level)
    assert _read(market, title)[0].startswith("onet:11-2021"), _read(market, title)


@pytest.mark.parametrize(
    ("title", "read"),
    [
        # Brazil's junior-pleno-senior and Argentina's junior-semi senior-senior ladders
        ("Engenheiro de Software Pleno", ("software_engineer", "mid")),
        ("Desarrollador Python Semi Senior", ("software_engineer", "mid")),
        ("Ssr Data Engineer", ("data_engineer", "mid")),
        # a hiring class's year beside the level; a level written "Level 2" after the job
        ("Machine Learning Engineer - New Grad 2026", ("ml_engineer", "entry")),
        ("Data Engineer Level 2", ("data_engineer", "mid")),
        # a trainee or apprentice of a job is at entry
        ("Trainee Data Scientist", ("data_scientist", "entry")),
        ("Software Developer Apprentice", ("software_engineer", "entry")),
        # "SW" is software
        ("Senior SW Engineer", ("software_engineer", "senior")),
    ],
)
def test_a_level_word_of_another_ladder_or_form_is_read(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


@pytest.mark.parametrize(
    ("title", "read"),
    [
        # qualifiers after the job in French or Spanish, the nearest first
        ("Ingénieur Kubernetes Cloud Senior", ("platform_engineer", "senior")),
        # a bare job word after a slash takes the first job's field
        ("Oracle & ETL Designer / Developer - Doha", ("data_engineer", None)),
        # a second job after a slash is no specialty of the first
        ("Senior Data Engineer / MLOps Engineer", ("data_engineer", "senior")),
        # languages of older and functional programming
        ("COBOL Lead", ("software_engineer", "staff")),
        ("Haskell Engineer", ("software_engineer", None)),
        # short forms
        ("Sr. Eng Manager, Search", ("engineering_manager", "senior")),
        ("Prin. Software Engineer", ("software_engineer", "principal")),
        ("Dev Ops Engineer II", ("platform_engineer", "mid")),
    ],
)
def test_a_short_form_or_a_second_job_is_read(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


def test_an_it_operations_engineer_administers_systems(market: MarketStore) -> None:
    assert _read(market, "IT Operations Engineer - Data Centre") == ("onet:15-1244.00", None)
