"""Company job-board title forms: numerals after the job, executives' level words, the lead of a
field after a comma, managed science fields, the stages of a model's life as ML fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import UnknownValue
from levelset.market.build import open_market
from levelset.market.ranges import _hinted_level
from levelset.market.store import MarketStore
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def _read(market: MarketStore, title: str) -> tuple[str, str | None]:
    try:
        role = resolve_role(title, market)
    except UnknownValue:
        return "refused", None
    level = _hinted_level(role, None)
    return role.key, level.band.value if level else None


@pytest.mark.parametrize(
    ("title", "band"),
    [
        ("Machine Learning Engineer 2", "mid"),
        ("Data Scientist 3", "senior"),
        ("Software Developer 1", "entry"),
    ],
)
def test_a_number_after_the_job_is_its_numeral(market: MarketStore, title: str, band: str) -> None:
    assert _read(market, title)[1] == band


def test_a_number_not_after_a_job_word_stays_a_bare_number(market: MarketStore) -> None:
    # "2" alone names no ladder: the level is not guessed
    assert _read(market, "Level 2 Data Engineer") == ("data_engineer", None)


@pytest.mark.parametrize(
    "title",
    [
        "Senior Director, AI Engineering",
        "Senior Director of Engineering",
        "Senior VP, Data Science",
    ],
)
def test_an_executive_s_level_word_is_no_engineer_band(market: MarketStore, title: str) -> None:
    assert _read(market, title) == ("engineering_manager", None)


def test_a_manager_keeps_the_level_word(market: MarketStore) -> None:
    assert _read(market, "Engineering Manager II") == ("engineering_manager", "mid")


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Team Lead, Data Engineering", "data_engineer"),
        ("Tech Lead - Machine Learning", "ml_engineer"),
        ("Lead, ML Platform", "mlops_engineer"),
        ("Data Engineering Lead", "data_engineer"),
    ],
)
def test_the_lead_of_a_field_after_a_comma_is_its_engineer_at_staff(
    market: MarketStore, title: str, role: str
) -> None:
    assert _read(market, title) == (role, "staff")


def test_a_lead_of_no_engineering_field_is_not_an_engineer(market: MarketStore) -> None:
    assert _read(market, "Team Lead, Analytics")[0] not in ("data_engineer", "software_engineer")


@pytest.mark.parametrize(
    "title",
    ["Director, Applied Science", "Head of Technology", "VP, Technology", "Technology Director"],
)
def test_the_head_of_a_science_or_of_technology_is_an_engineering_manager(
    market: MarketStore, title: str
) -> None:
    assert _read(market, title)[0] == "engineering_manager"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Inference Engineer", "ml_engineer"),
        ("Senior Inference Engineer", "ml_engineer"),
        ("Evals Engineer", "ml_engineer"),
        ("Pretraining Research Engineer", "research_scientist"),
        ("Inference Platform Engineer", "mlops_engineer"),
        ("Senior AI Infrastructure Engineer", "mlops_engineer"),
    ],
)
def test_a_model_s_life_stage_is_a_field_of_machine_learning(
    market: MarketStore, title: str, role: str
) -> None:
    assert _read(market, title)[0] == role
