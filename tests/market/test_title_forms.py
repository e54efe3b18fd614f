"""Company job-board title forms: numerals after the job, executives' level words, the lead of a
field after a comma, managed science fields, the stages of a model's life as ML fields."""

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


@pytest.mark.parametrize(
    ("title", "soc"),
    [
        ("IT Specialist (INFOSEC)", "15-1212"),  # OPM's specialty code: information security
        ("IT Specialist (SYSADMIN)", "15-1244"),
        ("Information Technology Specialist (Customer Support)", "15-1232"),
        ("Information Specialist (INFOSEC)", "15-1212"),  # OPM's own code needs no "IT"
        ("IT Cybersecurity Specialist - Direct Hire Authority", "15-"),  # a hiring remark
        ("Hearings Operation IT Specialist (HOITS) (SYSADMIN)", "15-"),
        ("IT Specialist (CUSTSPT), CG-2210-11/12 (Term Appointment NTE 4 Years)", "15-1232"),
        ("Technology Solutions Architect #5483", "15-"),  # a requisition number
    ],
)
def test_federal_it_titles_read_by_their_specialty(
    market: MarketStore, title: str, soc: str
) -> None:
    assert resolve_role(title, market).socs[0].soc.startswith(soc)


@pytest.mark.parametrize(
    "title",
    [
        "Supervisory IT Specialist (INFOSEC)",
        "Supv. IT Specialist (NETWORK)",
        "SUPERVISORY IT SPECIALIST (NETWORK/SECURITY)",
    ],
)
def test_a_supervisory_computer_job_is_an_it_manager(market: MarketStore, title: str) -> None:
    assert resolve_role(title, market).socs[0].soc == "11-3021"


def test_a_supervisory_job_outside_computing_is_not_an_it_manager(market: MarketStore) -> None:
    assert _read(market, "Supervisory Accountant")[0] != "onet:11-3021.00"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Data Scientist- Direct Hire (6 Month Roster)", ("data_scientist", None)),
        ("Chief Information Officer, GS-2210-15", ("engineering_manager", None)),
        ("Cybersecurity Senior Specialist #5317", ("onet:15-1212.00", "senior")),
        ("Associate Director Office of Data Services", None),
        ("Artificial Intelligence Technology Expert", ("ml_engineer", None)),
    ],
)
def test_federal_remarks_and_ranks_are_set_aside(
    market: MarketStore, title: str, expected: tuple[str, str | None] | None
) -> None:
    key, band = _read(market, title)
    if expected is None:  # an associate director is no entry-level job
        assert band is None
    else:
        assert (key, band) == expected


def test_a_slash_lists_jobs_and_the_first_known_is_read(market: MarketStore) -> None:
    role = resolve_role("Computer Engineer/Computer Scientist/Physical Scientist", market)
    assert role.socs[0].soc in ("17-2061", "15-1252", "15-1221")
    assert "Computer Engineer" in role.why


def test_a_lowercase_it_is_a_word_not_information_technology(market: MarketStore) -> None:
    assert _read(market, "It Works Engineer")[0] == "refused"


def test_a_canadian_classification_is_not_information_technology() -> None:
    from levelset.market.federal_titles import spelled_out

    assert spelled_out("Senior Developer (IT-04)") == []
    assert spelled_out("IT Specialist (INFOSEC)") == ["Information Technology Specialist (INFOSEC)"]


def test_a_remark_in_brackets_is_not_the_job_that_ends_the_title(market: MarketStore) -> None:
    # "(IT Specialist)" is the federal classification of a modernization lead, not the job
    found = _read(market, "Centers of Excellence - Modernization Lead (IT Specialist)")
    assert found[0] != "onet:15-1232.00"


def test_it_in_a_remark_in_brackets_is_left_as_written() -> None:
    from levelset.market.federal_titles import spelled_out

    assert spelled_out("18F - Product Manager (IT Specialist)") == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Staff / Senior Staff Software Engineer, AI", ("ml_engineer", "staff")),
        ("SMTS Software Engineer", ("software_engineer", "senior")),
        ("PMTS", ("software_engineer", "principal")),
        ("Senior LLMOps Engineer", ("mlops_engineer", "senior")),
        ("AI Research Intern", ("research_scientist", "entry")),
        ("Machine Learning Engineering Intern, Summer 2025", ("ml_engineer", "entry")),
        ("Data Engineering Intern", ("data_engineer", "entry")),
    ],
)
def test_more_board_forms(market: MarketStore, title: str, expected: tuple[str, str]) -> None:
    assert _read(market, title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Deputy Chief Information Officer",
        "Assistant Chief Technology Officer",
        "Principal Deputy Chief Data Officer",
        "Associate Chief Information Officer for Cloud Services",
        "Chief Artificial Intelligence Officer",
    ],
)
def test_an_executive_s_deputy_manages_like_the_executive(market: MarketStore, title: str) -> None:
    assert _read(market, title) == ("engineering_manager", None)


def test_a_deputy_of_an_executive_outside_tech_is_not_a_tech_manager(market: MarketStore) -> None:
    assert _read(market, "Deputy Chief Financial Officer")[0] != "engineering_manager"


@pytest.mark.parametrize(
    ("title", "soc", "band"),
    [
        ("IT Service Continuity Specialist", "15-1232", None),  # an IT job by its job word
        ("Information Technology Officer", "15-1232", None),
        ("IT Field Services Intern, Summer", "15-1232", "entry"),
        ("IT Service Desk Supervisor", "15-1299", None),
        ("ITSPEC (SYSADMIN)", "15-1244", None),  # OPM's short form of IT specialist
        ("IT Spec (INFOSEC)", "15-1212", None),
        ("Information System Specialist (Records)", "15-1211", None),  # O*NET writes "Systems"
    ],
)
def test_an_it_job_named_by_its_job_word_is_an_it_occupation(
    market: MarketStore, title: str, soc: str, band: str | None
) -> None:
    role = resolve_role(title, market)
    assert role.socs[0].soc.startswith(soc)
    assert _read(market, title)[1] == band


def test_an_it_opening_without_a_job_word_is_not_guessed(market: MarketStore) -> None:
    assert _read(market, "IT Asset Management")[0] != "onet:15-1232.00"


def test_a_supervisory_computer_engineer_is_an_it_manager(market: MarketStore) -> None:
    assert resolve_role("Supervisory Computer Engineer (Networks)", market).socs[0].soc == (
        "11-3021"
    )


def test_a_job_before_a_comma_is_guessed_like_the_whole_title(market: MarketStore) -> None:
    # NASA's "AST" (aerospace technologist) and a branch after commas
    assert _read(market, "Research Computer Engineer, AST, Flight Software")[0] == (
        "research_scientist"
    )


def test_a_role_listed_after_another_job_is_not_the_posting_s(market: MarketStore) -> None:
    # several jobs behind slashes: the first is the posting's, the data scientist one option
    found = _read(market, "Supervisory Hydrologist (Water)/Physical Scientist/Data Scientist")
    assert found[0] not in ("data_scientist", "onet:11-3021.00")
    assert _read(market, "AI/ML Engineer")[0] == "ml_engineer"  # a field before a slash


def test_a_full_stop_after_the_title_is_set_aside(market: MarketStore) -> None:
    assert _read(market, "Senior Developer/Pega Developer.") == ("software_engineer", "senior")
