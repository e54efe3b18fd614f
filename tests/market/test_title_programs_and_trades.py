"""Federal forms and other trades' engineers: OPM's short "Spec"/"Spc", a hiring program for
recent graduates before the job, a deputy of a function's head, a supervisor of several listed
jobs, a level alone after a dash, and a bare engineer whose field in brackets or after a dash is
another trade's."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.federal_titles import spelled_out, without_hiring_program
from levelset.market.store import MarketStore
from levelset.market.title_tech import bracket_inverted
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def test_opm_short_forms_of_the_specialist_are_written_out() -> None:
    assert spelled_out("Information Technology Spec (INFOSEC)") == [
        "Information Technology Specialist (INFOSEC)"
    ]
    assert spelled_out("Information Technology Spc (Customer Support)") == [
        "Information Technology Specialist (Customer Support)"
    ]
    assert spelled_out("Special Agent") == []  # "Spec" only after IT


@pytest.mark.parametrize(
    ("title", "soc"),
    [
        ("Information Technology Spec (INFOSEC)", "15-1212"),
        ("Information Technology Spc (Customer Support)", "15-1232"),
    ],
)
def test_a_short_specialist_reads_like_the_written_out_one(
    market: MarketStore, title: str, soc: str
) -> None:
    assert resolve_role(title, market).socs[0].soc == soc


def test_a_hiring_program_before_the_job_is_set_aside() -> None:
    assert without_hiring_program("Pathways Recent Graduate Program (IT Specialist)") == (
        "Recent Graduate - IT Specialist"
    )
    assert without_hiring_program("IRS Internal Recent Graduate Program Data Scientist") == (
        "Recent Graduate - Data Scientist"
    )
    assert without_hiring_program("Recent Graduate Program") is None  # no job follows
    assert without_hiring_program("Data Scientist (Recent Graduate)") is None


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Pathways Recent Graduate Program (IT Specialist)", "onet:15-1232"),
        (
            "IRS Internal Recent Graduate Program Information Technology Spc (Customer Support)"
            " 9 Month Roster",
            "onet:15-1232",
        ),
        ("Pathways Recent Graduate Program (Data Scientist)", "data_scientist"),
    ],
)
def test_a_recent_graduate_program_s_job_is_read_at_the_entry_level(
    market: MarketStore, title: str, role: str
) -> None:
    key, band = _read(market, title)
    assert key.startswith(role)
    assert band == "entry"


@pytest.mark.parametrize(
    "title",
    ["Deputy Director of Information Technology", "Assistant Director of IT"],
)
def test_a_deputy_of_a_function_s_head_manages_it(market: MarketStore, title: str) -> None:
    assert resolve_role(title, market).socs[0].soc == "11-3021"


def test_a_deputy_of_a_head_outside_tech_stays_outside_tech(market: MarketStore) -> None:
    found = resolve_role("Deputy Director of Sales", market)
    assert found.socs[0].soc.startswith("11-2")
    assert "outside the tech occupations" in found.why


def test_a_supervisor_of_listed_jobs_is_read_by_the_first(market: MarketStore) -> None:
    title = (
        "Supervisory Biologist (Computational Bioinformatics)/Nutritionist/Chemist/Data Scientist"
    )
    found = resolve_role(title, market)
    assert found.source == "onet"
    assert found.socs[0].soc.startswith("19-")  # a biologist, said to be outside tech
    assert "outside the tech occupations" in found.why
    # a supervisor of IT specialties is still an IT manager
    assert resolve_role("Supervisory IT Specialist (SysAdmin/Network)", market).socs[0].soc == (
        "11-3021"
    )


def test_a_level_alone_after_a_dash_is_the_level_not_the_job(market: MarketStore) -> None:
    # "Intern" alone is O*NET's medical intern: after an IT job it is the IT job's level
    assert _read(market, "IT Support - Intern") == ("onet:15-1232.00", "entry")


def test_a_bare_job_word_s_field_in_brackets_is_put_first() -> None:
    assert bracket_inverted("Principal Engineer (Mechanical Rotating)") == [
        "Mechanical Rotating Principal Engineer",
        "Mechanical Principal Engineer",
    ]
    assert bracket_inverted("Engineer (Senior)") == []  # a level, no field
    assert bracket_inverted("Data Engineer (Python)") == []  # no bare job word


@pytest.mark.parametrize(
    "title",
    [
        "PRINCIPAL ENGINEER (MECHANICAL ROTATING)",
        "Senior Engineer (Civil)",
        "Staff Engineer - Electrical",
    ],
)
def test_a_ladder_engineer_of_another_trade_is_no_software_engineer(
    market: MarketStore, title: str
) -> None:
    key, _ = _read(market, title)
    assert key != "software_engineer"
    assert not key.startswith("onet:15-")


def test_a_ladder_engineer_of_a_software_field_stays_a_software_engineer(
    market: MarketStore,
) -> None:
    assert _read(market, "Principal Engineer (Backend)") == ("software_engineer", "principal")


def test_a_hiring_program_s_bracketed_job_keeps_the_remarks_after_it() -> None:
    assert without_hiring_program("Pathways Recent Graduate Program (Analyst) TEMP NTE 1 Year") == (
        "Recent Graduate - Analyst TEMP NTE 1 Year"
    )


def test_a_program_s_job_with_remarks_reads_at_entry(market: MarketStore) -> None:
    title = "IRS Pathways Recent Graduate Program (Operations Research Analyst) TEMP NTE 1 Year MBE"
    key, band = _read(market, title)
    assert key.startswith("onet:15-2031")
    assert band == "entry"


def test_consulting_before_an_engineer_says_how_the_job_works(market: MarketStore) -> None:
    # "consulting" is a business function elsewhere ("Consulting Manager"), but a security
    # engineer who consults is a security engineer
    assert _read(market, "Security Consulting Engineer")[0].startswith("onet:15-")
    assert _read(market, "Cloud Consulting Architect")[0].startswith("onet:15-")
    assert not _read(market, "Sales Consulting Engineer")[0].startswith("onet:15-")


def test_a_website_developer_is_a_web_developer(market: MarketStore) -> None:
    assert _read(market, "Website Developer") == ("software_engineer", None)
    assert _read(market, "Website Developer Engineer")[0] == "software_engineer"
