"""Posting forms of a title (issue 13, mk-titles, fifth session): words glued together, a level
written as a segment of its own, a ladder code before a field with no job word, the lead of a
project or program, a bank's rank after a job, and choices of three levels. Every title here is
written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.market import resolve_role
from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.title_forms import level_moved, unglued, without_rank
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("SeniorSoftware Engineer", "Senior Software Engineer"),
        ("SrData Scientist", "Sr Data Scientist"),
        ("Staff MachineLearning Engineer", "Staff Machine Learning Engineer"),
        ("DataEngineer", "Data Engineer"),
        ("Bigdata Developer", "Big Data Developer"),
        # names of tools and practices stay whole
        ("DevOps Engineer", "DevOps Engineer"),
        ("JavaScript Developer", "JavaScript Developer"),
        ("DataOps Engineer", "DataOps Engineer"),
        ("PyTorch Engineer", "PyTorch Engineer"),
    ],
)
def test_glued_words_are_split_and_tool_names_kept(text: str, apart: str) -> None:
    assert unglued(text) == apart


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("Robotics Software Engineer - Senior", "Senior Robotics Software Engineer"),
        ("Data Scientist, Sr.", "Sr. Data Scientist"),
        ("Backend Engineer | Staff", "Staff Backend Engineer"),
        ("Platform Engineer- II-Kafka", "Platform Engineer II - Kafka"),
        ("L6, Infrastructure Engineer", "Infrastructure Engineer L6"),
        ("IC3 - Search Engineer - Ranking", "Search Engineer IC3 - Ranking"),
        ("Analytics Engineer, Level II", "Analytics Engineer Level II"),
        # left as written: no level segment, two of them, a word opening with a hyphen
        ("Senior Data Engineer - Payments", "Senior Data Engineer - Payments"),
        ("Senior, Staff", "Senior, Staff"),
        ("I-9 Verification Clerk", "I-9 Verification Clerk"),
    ],
)
def test_a_level_written_as_its_own_segment_moves_beside_the_job(text: str, moved: str) -> None:
    assert level_moved(text) == moved


def test_a_banks_rank_after_a_job_is_set_aside() -> None:
    assert without_rank("Java Developer, Vice President") == "Java Developer"
    assert without_rank("Quant Analyst - AVP (Rates)") == "Quant Analyst (Rates)"
    assert without_rank("Vice President, Engineering") == "Vice President, Engineering"


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        ("SeniorSoftware Engineer", ("software_engineer", "senior")),
        ("SrMachineLearning Engineer", ("ml_engineer", "senior")),
        ("Computer Vision Engineer - Senior", ("ml_engineer", "senior")),
        ("Backend Engineer- III-Payments", ("software_engineer", "senior")),
        ("Java Developer, Vice President (Trading)", ("software_engineer", None)),
        ("Senior/Staff/Principal Backend Engineer", ("software_engineer", "senior")),
        ("Associate Principal Data Engineer", ("data_engineer", "principal")),
    ],
)
def test_posting_forms_read_like_the_plain_title(
    market: MarketStore, title: str, reading: tuple[str, str | None]
) -> None:
    assert _read(market, title) == reading
    found = resolve_role(market, title)  # the package's door reads them alike
    assert found.key == reading[0]


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        ("E6, Machine Learning", ("ml_engineer", "staff")),
        ("Machine Learning - Senior", ("ml_engineer", "senior")),
        ("Senior Backend", ("software_engineer", "senior")),
        ("L5 | MLOps", ("mlops_engineer", "senior")),
    ],
)
def test_a_field_with_a_level_and_no_job_word_is_its_engineer(
    market: MarketStore, title: str, reading: tuple[str, str | None]
) -> None:
    assert _read(market, title) == reading


def test_a_field_that_names_several_jobs_is_still_not_guessed(market: MarketStore) -> None:
    # "Senior Data" may be an analyst, a scientist or an engineer
    assert _read(market, "Senior Data")[0] == "refused"
    assert _read(market, "Senior Analytics")[0] == "refused"


@pytest.mark.parametrize(
    "title",
    [
        "Data Project Lead",
        "Program Lead, Machine Learning",
        "Project Lead - Cloud Platform",
        "IT Programme Lead",
    ],
)
def test_a_project_or_program_lead_of_a_computing_field_is_an_it_project_manager(
    market: MarketStore, title: str
) -> None:
    found = resolve_role(market, title)
    assert found.source == "onet" and found.socs[0].soc.startswith("15-1299")
    assert "project or program" in found.why


def test_a_lead_engineer_of_projects_or_another_trade_is_no_it_project_manager(
    market: MarketStore,
) -> None:
    for title in (
        "Project Lead Engineer",
        "Construction Project Lead",
        "Clinical Data Project Lead",
    ):
        try:
            found = resolve_role(market, title)
        except InputError:  # refused or asked: no IT project manager either way
            continue
        assert not found.socs[0].soc.startswith("15-1299"), title


def test_a_bare_job_word_working_with_a_tool_is_that_tools_job() -> None:
    from levelset.market.title_forms import tool_first

    assert tool_first("Developer with Vue (Senior)") == "Vue Developer (Senior)"
    assert tool_first("Senior Engineer with Terraform") == "Senior Terraform Engineer"
    assert tool_first("Engineer in Training") == "Engineer in Training"  # no tool: as written
    assert tool_first("Developer with Strong Communication Skills") == (
        "Developer with Strong Communication Skills"
    )


@pytest.mark.parametrize(
    ("title", "reading"),
    [
        ("Programmer with Kotlin (Junior)", ("software_engineer", "entry")),
        ("Computer Vision & Data Engineer", ("ml_engineer", None)),
        ("Senior Data & Platform Engineer", ("data_engineer", "senior")),
        ("Kotlin Development Manager", ("engineering_manager", None)),
        ("GCP Engineer", ("platform_engineer", None)),
        ("Scala Engineer", ("software_engineer", None)),
    ],
)
def test_tools_joined_fields_and_a_stacks_development_manager(
    market: MarketStore, title: str, reading: tuple[str, str | None]
) -> None:
    assert _read(market, title) == reading


def test_a_test_analyst_tests_software(market: MarketStore) -> None:
    found = resolve_role(market, "Test Analyst II")
    assert found.socs[0].soc.startswith("15-1253")


def test_an_instructor_of_a_tech_field_is_no_engineer_of_it(market: MarketStore) -> None:
    for title in ("Data Engineering Bootcamp Instructor (Online)", "Cloud Engineering Instructor"):
        try:
            found = resolve_role(market, title)
        except InputError:
            continue
        assert found.source == "onet" and not found.socs[0].soc.startswith("15-"), title


def test_expert_after_a_job_and_a_leads_setting_are_set_aside() -> None:
    from levelset.market.title_forms import without_remark_words

    assert without_remark_words("Network Engineer Expert") == "Network Engineer"
    assert without_remark_words("Data Team Lead in Retail Analytics") == "Data Team Lead"
    assert without_remark_words("Expert Witness") == "Expert Witness"


def test_a_team_lead_in_a_setting_leads_its_field(market: MarketStore) -> None:
    assert _read(market, "Computer Vision Team Lead in Retail Analytics") == (
        "ml_engineer",
        "staff",
    )
    assert _read(market, "Site Reliability Engineer Expert")[0] == "platform_engineer"


def test_a_field_before_a_slash_shares_the_job_word_after_it(market: MarketStore) -> None:
    from levelset.market.title_parts import slash_jobs

    assert slash_jobs("GCP Data/Network Engineer")[0] == "GCP Data Engineer"
    assert _read(market, "GCP Data/Network Engineer")[0] == "data_engineer"
    assert _read(market, "Backend/Frontend Developer")[0] == "software_engineer"
