"""Job-board additions to a title (where, how and for whom it is worked), a level or a manager's
rank after the specialty, a bare job word before its field, and the job "in" a field."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.title_noise import without_board_noise
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Remote - Platform Engineer - Full time Contract", "Platform Engineer"),
        ("Data Engineer (W2 & Onsite)", "Data Engineer"),
        ("Backend Developer | $150k-$180k + bonus | 100% Remote", "Backend Developer"),
        ("Cloud Engineer-TS/SCI", "Cloud Engineer"),
        ("2025 Machine Learning Summer Intern Program", "Machine Learning Intern"),
        ("Senior Data Scientist with Python and SQL - Now Hiring", "Senior Data Scientist"),
        ("Research Engineers at a robotics lab", "Research Engineers"),
    ],
)
def test_a_boards_additions_are_set_aside(title: str, plain: str) -> None:
    assert without_board_noise(title) == plain


def test_a_title_without_additions_is_left_alone() -> None:
    assert without_board_noise("Staff Machine Learning Engineer") is None
    assert without_board_noise("Spring Boot Developer") is None  # a framework, not a season


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Remote - Data Lake Engineer - Contract", ("data_engineer", None)),
        ("Lead Software Engineer with Go - Now Hiring", ("software_engineer", "staff")),
        ("Applied Scientists at a search company", ("applied_scientist", None)),
        ("2024 Data Science Summer Internship", ("data_scientist", "entry")),
        ("New Grad Machine Learning Engineer", ("ml_engineer", "entry")),
    ],
)
def test_board_titles_read_as_their_job(
    market: MarketStore, title: str, expected: tuple[str, str | None]
) -> None:
    assert _read(market, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Machine Learning Engineer (Senior)", ("ml_engineer", "senior")),
        ("Data Engineer, Technical Lead - Payments", ("data_engineer", "staff")),
        ("Platform Engineering - Director - Hybrid", ("engineering_manager", None)),
        ("Manager, Engineering, Payments Data", ("engineering_manager", None)),
        ("Senior Engineer - Machine Learning", ("ml_engineer", "senior")),
        ("Principal Scientist, Data Science", ("data_scientist", "principal")),
        ("Research Scientist- Speech, Assistant", ("research_scientist", None)),
    ],
)
def test_what_follows_the_job_says_its_level_rank_or_field(
    market: MarketStore, title: str, expected: tuple[str, str | None]
) -> None:
    assert _read(market, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Engineer in Computer Vision", ("ml_engineer", None)),
        ("Team Lead Data Engineering", ("data_engineer", "staff")),
        ("Director of Data Science & Analytics", ("engineering_manager", None)),
        ("Power BI Consultant", ("bi_engineer", None)),
        ("MSBI Developer", ("bi_engineer", None)),
    ],
)
def test_fields_named_in_other_word_orders(
    market: MarketStore, title: str, expected: tuple[str, str | None]
) -> None:
    assert _read(market, title) == expected


def test_a_developer_is_read_as_onets_engineer_of_the_same_job(market: MarketStore) -> None:
    role = resolve_role("Senior Test Automation Developer", market)
    assert role.soc_codes[0].startswith("15-1253")  # software quality assurance
    assert role.level_hint == "senior"


@pytest.mark.parametrize(
    "title",
    ["AML Analyst", "Anti Money Laundering Investigator", "Machine Operator", "AI Recruiter"],
)
def test_tech_words_in_jobs_outside_tech_never_make_a_tech_role(
    market: MarketStore, title: str
) -> None:
    key, _ = _read(market, title)
    assert key == "refused" or key.startswith("onet:")
    if key.startswith("onet:"):
        role = resolve_role(title, market)
        assert role.outside_tech or role.soc_codes[0].startswith("15-")


def test_a_title_pasted_with_its_quotes(market: MarketStore) -> None:
    assert _read(market, '"Senior Data Engineer"') == ("data_engineer", "senior")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Data Scientist-Walmart", ("data_scientist", None)),
        ("Software Engineer Fresher", ("software_engineer", "entry")),
        ("Senior Developer - Machine Learning", ("ml_engineer", "senior")),
        ("Research Engineer in Residence", ("research_scientist", None)),
        ("Predictive Modelling Engineer", ("ml_engineer", None)),
        ("Snr Principal Software Engineer", ("software_engineer", "senior_staff")),
        ("Machine Learning Engineering Lead", ("ml_engineer", "staff")),
    ],
)
def test_second_round_of_board_forms(
    market: MarketStore, title: str, expected: tuple[str, str | None]
) -> None:
    assert _read(market, title) == expected


def test_a_different_word_is_no_typo(market: MarketStore) -> None:
    # "project" is two letters from "product": another word, not a slip of "Product Engineer"
    assert _read(market, "Project Engineer")[0] != "software_engineer"
    assert _read(market, "Prodcut Engineer") == ("software_engineer", None)  # a slip


def test_the_job_named_first_is_the_job(market: MarketStore) -> None:
    key, _ = _read(market, "Senior Business Analyst - Data Engineering")
    assert key == "refused" or key.startswith("onet:")


def test_secops_is_security_not_a_slip_of_devops(market: MarketStore) -> None:
    role = resolve_role("SecOps Engineer", market)
    assert role.key != "platform_engineer"
    assert role.soc_codes[0].startswith("15-")
