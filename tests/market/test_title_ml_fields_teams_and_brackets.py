"""General faults of title reading (issue 13, t-titles2), each title written for this test: a
bare engineer whose specialty is an ML field no known name ends in is an ML engineer; a program
manager of a tech company's team (trust and safety, developer relations) is tech's program
manager; a complete job title before a last bracket naming another job is the title's job; and
natural sciences managers (clinical research and trial managers) are outside tech."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "band"),
    [
        ("Senior Engineer - Generative AI Products", "senior"),
        ("Engineer, LLM Evaluation", None),
        ("Senior Developer - AI Assistants", "senior"),
        ("Staff Engineer, Conversational AI Experiences", "staff"),
    ],
)
def test_a_bare_engineer_of_an_ml_field_is_an_ml_engineer(
    market: MarketStore, title: str, band: str | None
) -> None:
    assert _read(market, title) == ("ml_engineer", band)


def test_a_known_field_engineer_keeps_its_own_role(market: MarketStore) -> None:
    assert _read(market, "Staff Engineer, LLM Platform") == ("mlops_engineer", "staff")
    assert _read(market, "Staff Engineer, Data Platform") == ("data_engineer", "staff")


@pytest.mark.parametrize(
    ("title", "band"),
    [
        ("Program Manager, Trust & Safety", None),
        ("Senior Program Manager, Trust and Safety", "senior"),
        ("Program Manager, Developer Relations", None),
        ("Program Manager - Developer Experience", None),
        ("Program Manager, Integrity", None),
    ],
)
def test_a_program_manager_of_a_tech_team_is_an_it_project_manager(
    market: MarketStore, title: str, band: str | None
) -> None:
    assert _read(market, title) == ("onet:15-1299.09", band)
    assert "27-2012" not in resolve_role(title, market).soc_codes


@pytest.mark.parametrize("title", ["Program Manager, Safety", "Program Manager, Trust Services"])
def test_one_word_of_a_tech_team_is_not_enough(market: MarketStore, title: str) -> None:
    key, _ = _read(market, title)
    assert key != "onet:15-1299.09"


@pytest.mark.parametrize(
    ("title", "key", "band"),
    [
        ("Data Analyst (Machine Learning Specialist)", "onet:15-2051.00", None),
        ("Senior Data Analyst (Data Engineer)", "onet:15-2051.00", "senior"),
        ("Business Analyst (Data Engineer)", "onet:15-2051.01", None),
    ],
)
def test_a_complete_job_before_a_bracket_is_the_job(
    market: MarketStore, title: str, key: str, band: str | None
) -> None:
    assert _read(market, title) == (key, band)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("IT Specialist (Data Scientist)", "data_scientist"),
        ("IT Specialist (INFOSEC)", "onet:15-1212.00"),
        ("Supervisory IT Specialist (INFOSEC)", "onet:11-3021.00"),
    ],
)
def test_an_opm_series_names_its_job_in_the_bracket(
    market: MarketStore, title: str, key: str
) -> None:
    assert _read(market, title)[0] == key


@pytest.mark.parametrize(
    "title", ["Clinical Program Manager", "Clinical Trial Manager", "Natural Sciences Manager"]
)
def test_natural_sciences_managers_are_outside_tech(market: MarketStore, title: str) -> None:
    role = resolve_role(title, market)
    assert role.soc_codes == ("11-9121",)
    assert role.outside_tech == ("11-9121",)
    assert "outside the tech occupations" in role.why
