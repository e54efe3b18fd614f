"""Titles read in the fifteenth session of issue 13 (h13-titles): a new or recent college
graduate named as a segment of its own is the entry level; a scientist of a product team in
brackets is its data scientist, as after a dash; the work of a field of its own done "for" ML
stays that field's; a bare engineer of piping, vessels or structures is that trade's; a dash or
quote of typography is no word of another language; a hiring program of a business function
hires into that function; a scientist of a health or lab science is never read by setting a
word of its work aside; two qualifying words side by side may be set aside. Every title here is
written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.titles import function_program
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("New College Graduate - Data Engineer", "data_engineer"),
        ("Software Engineer - New College Graduate", "software_engineer"),
        ("Recent College Graduate, Machine Learning Engineer", "ml_engineer"),
        ("Site Reliability Engineer (University Graduate)", "platform_engineer"),
    ],
)
def test_a_college_graduate_segment_is_the_entry_level(
    market: MarketStore, title: str, key: str
) -> None:
    assert _read(market, title) == (key, "entry")


@pytest.mark.parametrize(
    ("title", "band"),
    [("Sr Scientist (Payments)", "senior"), ("Staff Scientist (Ads & Pricing)", "staff")],
)
def test_a_product_teams_scientist_in_brackets(market: MarketStore, title: str, band: str) -> None:
    assert _read(market, title) == ("data_scientist", band)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Senior Software Engineer, Privacy for ML", "software_engineer"),
        ("Software Developer - Compliance for AI Products", "software_engineer"),
        ("Software Engineer, Tooling for ML", "ml_engineer"),  # the tooling is ML work
        ("Software Engineer, Machine Learning", "ml_engineer"),
    ],
)
def test_a_field_of_its_own_done_for_ml(market: MarketStore, title: str, key: str) -> None:
    assert _read(market, title)[0] == key


@pytest.mark.parametrize(
    "title",
    [
        "Senior Engineer – Piping Design",
        "Staff/Principal Engineer – Vessel Design",
        "Lead Engineer - Structural Steel",
        "Principal Engineer (HVAC)",
    ],
)
def test_a_bare_engineer_of_another_trade_is_never_software(
    market: MarketStore, title: str
) -> None:
    key, _ = _read(market, title)
    assert key == "refused" or (key.startswith("onet:") and not key.startswith("onet:15-"))


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        # an en dash is typography, not a word of another language: the specialty is kept
        ("Senior Data Engineer – Payments", ("data_engineer", "senior")),
        ("Développeur – Python", ("software_engineer", None)),  # an accent is translated
    ],
)
def test_a_typographic_dash_is_no_foreign_word(
    market: MarketStore, title: str, reading: tuple[str, str | None]
) -> None:
    assert _read(market, title) == reading


@pytest.mark.parametrize(
    "title",
    [
        "AI Specialist Intern – Marketing Graduate Program 2026",
        "Data Analyst (Finance Rotational Programme)",
        "ML Engineer Intern - Sales Development Program",
    ],
)
def test_a_hiring_program_of_a_business_function(market: MarketStore, title: str) -> None:
    assert _read(market, title)[0] == "refused"


@pytest.mark.parametrize(
    "title",
    ["Marketing Program Manager", "Sales Programs Lead", "Data Engineer - Graduate Program"],
)
def test_a_program_s_job_or_a_tech_program_is_no_functions_program(title: str) -> None:
    assert not function_program(title)


@pytest.mark.parametrize(
    "title", ["Clinical Data Review Scientist", "Senior Medical Data Surveillance Scientist"]
)
def test_a_health_sciences_work_is_never_set_aside(market: MarketStore, title: str) -> None:
    assert _read(market, title)[0] not in ("data_scientist", "research_scientist")


def test_a_clinical_data_scientist_stays_a_data_scientist(market: MarketStore) -> None:
    assert _read(market, "Clinical Data Scientist")[0] == "data_scientist"


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Cloud Access Orchestration Engineer", "platform_engineer"),
        ("Python Keras AWS Tuning Engineer", "ml_engineer"),
    ],
)
def test_two_qualifying_words_set_aside(market: MarketStore, title: str, key: str) -> None:
    assert _read(market, title)[0] == key


@pytest.mark.parametrize(
    ("title", "never"),
    [
        ("Data Hall Facilities Operations Engineer", "data_engineer"),
        ("Software Onsite Field Support Engineer", "software_engineer"),
    ],
)
def test_two_words_are_never_set_aside_after_a_field(
    market: MarketStore, title: str, never: str
) -> None:
    assert _read(market, title)[0] != never


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        ("Cloud Infrastructure Expert", ("platform_engineer", None)),
        ("Senior Cloud Data Platform Specialist", ("data_engineer", "senior")),
    ],
)
def test_a_cloud_specialist_of_infrastructure_or_a_platform(
    market: MarketStore, title: str, reading: tuple[str, str | None]
) -> None:
    assert _read(market, title) == reading


def test_a_cloud_data_specialist_stays_a_data_specialist(market: MarketStore) -> None:
    assert _read(market, "Cloud Data Specialist")[0] not in ("platform_engineer", "data_engineer")
