"""Titles as wider job boards write them: a level after a tool or before a remark, an intern in
the specialty, a slash listing jobs, qualified fields under a head, support desks, ML-field
interns, a bare job word before its field; and the jobs outside tech those rules must not take
for tech (a sales engineer in capitals, a project manager of a field, a marketing director)."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.title_noise import without_board_noise
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "role", "band"),
    [
        ("Platform Engineer Kubernetes Senior", "platform_engineer", "senior"),
        ("Data Scientist Lead / Contract", "data_scientist", "staff"),
        ("Machine Learning Engineer, Research Intern, Fall", "ml_engineer", "entry"),
        ("Senior Data Engineer/Analytics Lead/BI Developer", "data_engineer", "senior"),
        ("Regional Data Engineering Director", "engineering_manager", None),
        ("Software Architecture Manager", "engineering_manager", None),
        ("Frontend Tech Lead", "software_engineer", "staff"),
        ("NLP/ML Intern", "ml_engineer", "entry"),
        ("Engineer Google Cloud Platform", "platform_engineer", None),
        ("Manager II, Machine Learning Management", "engineering_manager", "mid"),
    ],
)
def test_wider_board_forms(market: MarketStore, title: str, role: str, band: str | None) -> None:
    assert _read(market, title) == (role, band)


@pytest.mark.parametrize(
    "title",
    [
        "FIELD SALES ENGINEER",  # capitals are no office codes: no bare "Engineer" read
        "Data Platform Project Manager",
        "Digital Marketing Director",
        "Senior Copy Developer - Data Science",
        "Program Coordinator with Machine Learning",
        "Scientist, Clinical Research",
        "Customer Support",
    ],
)
def test_jobs_outside_tech_are_not_read_as_tech(market: MarketStore, title: str) -> None:
    role, _ = _read(market, title)
    assert role == "refused" or role.startswith("onet:")
    assert not role.startswith("onet:15-")


def test_a_field_before_a_technical_program_manager_is_its_specialty(market: MarketStore) -> None:
    """A technical program manager is O*NET's IT project manager (the tech title checklist), an
    ML one too: the field is the specialty (this title was listed above as outside tech before
    the tech readings held with a specialty before their name)."""
    assert _read(market, "Machine Learning Technical Program Manager") == ("onet:15-1299.09", None)


def test_a_support_desk_is_its_specialist(market: MarketStore) -> None:
    assert _read(market, "Desktop Support")[0].startswith("onet:15-")


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Backend Developer @ a fintech in Berlin", "Backend Developer"),
        ("Data Engineer (Korean Speaker)", "Data Engineer"),
        ("QA Engineer - German speaking", "QA Engineer"),
        ("Data Scientist to lead our pricing models", "Data Scientist"),
    ],
)
def test_more_board_additions_are_set_aside(title: str, plain: str) -> None:
    assert without_board_noise(title) == plain
