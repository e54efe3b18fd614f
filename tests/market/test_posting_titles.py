"""Titles as company job boards write them: ladder codes, tech ladder words, management in both
orders, a field's lead, tools before a role word, and typos that are other words."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import UnknownValue
from levelset.market.build import open_market
from levelset.market.ranges import _hinted_level
from levelset.market.roles import match_curated
from levelset.market.store import MarketStore
from levelset.market.title_clean import clean_title
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def _band(title: str) -> str | None:
    found = match_curated(title)
    assert found is not None, title
    level = _hinted_level(found, None)
    return level.band.value if level else None


@pytest.mark.parametrize(
    ("title", "role", "band"),
    [
        ("Software Engineer, L4", "software_engineer", "mid"),
        ("Machine Learning Engineer - IC4", "ml_engineer", "mid"),
        # a ladder code says the level better than a word beside it
        ("Senior Machine Learning Engineer, L5", "ml_engineer", "senior"),
        ("Software Engineer - Backend (L4)", "software_engineer", "mid"),
        ("Machine Learning Engineer Intern", "ml_engineer", "entry"),
        # a bare "Engineer" takes the field after it: the map's infrastructure engineer
        ("Staff+ Engineer, Infrastructure", "platform_engineer", "staff"),
    ],
)
def test_ladder_codes_and_words_in_a_posting_title_are_its_level(
    title: str, role: str, band: str
) -> None:
    found = match_curated(title)
    assert found is not None and found.key == role
    assert _band(title) == band


def test_a_support_tier_is_no_ladder_code() -> None:
    assert clean_title("L2 Support Engineer").level_words == ()
    assert clean_title("Software Engineer, L3").level_words == ("l3",)


@pytest.mark.parametrize(
    ("title", "band"),
    [("Staff Engineer", "staff"), ("Principal Engineer", "principal"),
     ("Distinguished Engineer", "principal"), ("Senior Staff Engineer", "senior_staff")],
)  # fmt: skip
def test_an_engineer_named_by_a_tech_ladder_level_is_a_software_engineer(
    title: str, band: str
) -> None:
    found = match_curated(title)
    assert found is not None and found.key == "software_engineer"
    assert _band(title) == band


def test_a_plain_senior_engineer_is_not_taken_for_software() -> None:
    assert match_curated("Senior Engineer") is None  # civil, mechanical... O*NET decides


@pytest.mark.parametrize(
    "title",
    ["Head of AI Research", "VP, Machine Learning", "VP of AI Engineering",
     "Director, Data Engineering", "Senior Manager, Machine Learning Engineering",
     "Engineering Manager, Inference"],
)  # fmt: skip
def test_management_of_a_tech_field_in_either_order_is_an_engineering_manager(title: str) -> None:
    found = match_curated(title)
    assert found is not None and found.key == "engineering_manager", title


@pytest.mark.parametrize("title", ["Director of Product", "Manager, Data", "VP, Sales"])
def test_management_outside_engineering_is_no_engineering_manager(title: str) -> None:
    found = match_curated(title)
    assert found is None or found.key != "engineering_manager"


@pytest.mark.parametrize(
    ("title", "role"),
    [("Machine Learning Lead", "ml_engineer"), ("AI Lead", "ml_engineer"),
     ("Data Team Lead", "data_engineer"), ("Cloud Platform Lead", "platform_engineer")],
)  # fmt: skip
def test_the_lead_of_a_field_is_its_engineer_at_staff(title: str, role: str) -> None:
    found = match_curated(title)
    assert found is not None and found.key == role
    assert _band(title) == "staff"


@pytest.mark.parametrize("title", ["Analytics Lead", "Site Lead", "Engagement Lead"])
def test_a_lead_of_no_engineering_field_is_no_engineer(title: str) -> None:
    assert match_curated(title) is None


@pytest.mark.parametrize(
    ("title", "role"),
    [("Databricks Engineer", "data_engineer"), ("Scala Spark Developer", "data_engineer"),
     ("Power BI Architect", "bi_engineer"), ("Tableau Developer", "bi_engineer"),
     ("Chatbot Developer", "ml_engineer"), ("Algorithm Developer", "ml_engineer"),
     ("AI Software Development Engineer", "ml_engineer"),
     ("Machine Learning Modeler", "data_scientist"),
     ("Forward Deployed Engineer", "software_engineer"),
     ("Forward Deployed Engineer, Applied AI", "ml_engineer")],
)  # fmt: skip
def test_a_tool_or_field_before_a_role_word_names_the_role(title: str, role: str) -> None:
    found = match_curated(title)
    assert found is not None and found.key == role, title


@pytest.mark.parametrize(
    ("title", "close"),
    [("Search Engineer", "research_scientist"), ("Database Engineer", "data_engineer")],
)
def test_a_word_with_letters_added_is_another_word_not_a_typo(
    market: MarketStore, title: str, close: str
) -> None:
    assert match_curated(title) is None
    try:
        found = resolve_role(title, market)
    except UnknownValue:
        return
    assert found.key != close and "close" not in found.why  # never a spelling of that title


def test_another_word_of_an_onet_title_is_not_its_typo(market: MarketStore) -> None:
    # O*NET's "Software Project Manager" is one letter-pair from "Software Product Manager"
    # (92% alike) but "product" is another word, not a slip of "project"
    try:
        found = resolve_role("Software Product Manager", market)
    except UnknownValue:
        return  # refused, with the closest titles offered as suggestions
    assert "Software Project Manager" not in found.why


def test_a_typo_is_still_read() -> None:
    found = match_curated("Reasearch Scientist")
    assert found is not None and found.key == "research_scientist"


@pytest.mark.parametrize(
    ("title", "band"),
    [("AI Product Manager", None), ("Product Manager, AI Platform", None),
     ("Senior AI Product Manager", "senior")],
)  # fmt: skip
def test_a_job_of_an_ml_field_outside_the_map_is_read_without_the_field(
    market: MarketStore, title: str, band: str | None
) -> None:
    found = resolve_role(title, market)
    assert found.key.startswith("onet:11-2021"), found.why
    assert "outside the tech occupations" in found.why  # said, never silent
    level = _hinted_level(found, None)
    assert (level.band.value if level else None) == band
