"""Titles whose name means one thing in tech and another elsewhere, read with a stated reason;
a tech title with a team after a dash or comma, or its qualifier after a comma; robotics; the
middle of a junior-middle-senior ladder; words of other alphabets (issue 13, titles, the titles
users reported). Every title here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset import market as market_api
from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.title_clean import clean_title
from levelset.market.title_tech import inverted, read_before_curated
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "soc", "said"),
    [
        ("Production Engineer", "15-1252", "Industrial Engineer"),  # platform engineer's first
        ("Test Engineer", "15-1253", "Electrical Test Engineer"),
        ("Customer Engineer", "15-1299", "15-1231"),
        ("Technical Account Manager", "15-1299", "after the sale"),
        ("Implementation Engineer", "15-1299", "integrates"),
        ("Privacy Engineer", "15-1299", "Privacy Software Engineer"),
        ("Data Steward", "15-1243", "data management"),
        ("Design Manager", "15-1255", "construction design manager"),
        ("Robotics Engineer", "17-2199", "Robotics Software Engineer"),
    ],
)
def test_a_title_tech_means_otherwise_says_why_and_what_to_type_instead(
    market: MarketStore, title: str, soc: str, said: str
) -> None:
    found = resolve_role(title, market)
    assert found.socs[0].soc == soc, found.why
    assert said in found.why
    assert found.why.startswith(repr(title))  # the user's own words first


def test_robotics_is_no_machine_learning_field(market: MarketStore) -> None:
    assert resolve_role("Robotics Engineer", market).outside_tech == ("17-2199",)
    assert _read(market, "Senior Robotics Software Engineer") == ("software_engineer", "senior")
    assert _read(market, "Robot Learning Engineer") == ("ml_engineer", None)
    assert _read(market, "Machine Learning Engineer, Robotics") == ("ml_engineer", None)


@pytest.mark.parametrize(
    ("title", "role", "band"),
    [
        ("Group Product Manager - Payments", "onet:11-2021.00", None),
        ("Senior Customer Engineer, Google Cloud", "onet:15-1299.08", "senior"),
        ("Privacy Engineer | Data Protection", "onet:15-1299.05", None),
        ("Technical Product Manager (Billing)", "onet:11-2021.00", None),
        ("Release Engineer - iOS", "platform_engineer", None),
        ("Developer Advocate, AI", "software_engineer", None),
    ],
)
def test_a_tech_reading_holds_with_a_team_after_the_job(
    market: MarketStore, title: str, role: str, band: str | None
) -> None:
    assert _read(market, title) == (role, band)


def test_a_team_of_another_trade_keeps_the_trade(market: MarketStore) -> None:
    assert _read(market, "Test Engineer - Hardware")[0] != "onet:15-1253.00"
    assert _read(market, "Production Engineer - Injection Moulding")[0] != "platform_engineer"


@pytest.mark.parametrize(
    ("title", "role", "band"),
    [
        ("Program Manager, Technical", "onet:15-1299.09", None),
        ("Senior Program Manager, Technical", "onet:15-1299.09", "senior"),
        ("Engineer, Site Reliability", "platform_engineer", None),
        ("Engineer, Machine Learning", "ml_engineer", None),
        ("Analyst, Data", "onet:15-2051.00", None),
    ],
)
def test_a_qualifier_after_the_comma_reads_as_if_written_first(
    market: MarketStore, title: str, role: str, band: str | None
) -> None:
    assert _read(market, title) == (role, band)


def test_only_a_short_qualifier_after_a_job_word_is_turned() -> None:
    assert inverted("Program Manager, Technical") == "Technical Program Manager"
    assert inverted("Data Engineer, Senior") is None  # a level, read as a level
    assert inverted("Data Scientist, Machine Learning Engineer") is None  # two jobs
    assert inverted("Acme, Data") is None  # no job before the comma
    assert inverted("Software Engineer, Payments, Infrastructure") is None


def test_the_curated_first_shortcut_defers_to_tech_readings(market: MarketStore) -> None:
    """The package's and the app's readers try the curated map alone first; a title the tech
    map names in one of its forms goes the whole way there too."""
    assert read_before_curated("Developer Advocate, AI")
    assert not read_before_curated("Senior Machine Learning Engineer")
    assert market_api.resolve_role(market, "Developer Advocate, AI").key == "software_engineer"


def test_the_middle_of_a_ladder_is_mid(market: MarketStore) -> None:
    assert _read(market, "Middle Python Engineer") == ("software_engineer", "mid")
    assert _read(market, "Python Engineer") == ("software_engineer", None)
    assert clean_title("Middle East Sales Manager").level_words == ()


def test_a_word_of_another_alphabet_leaves_no_level() -> None:
    assert clean_title("Data Scientist və analitik").level_words == ()
    assert clean_title("Data Scientist V").level_words == ("v",)


def test_a_specialty_is_ml_work_only_when_its_first_field_is(market: MarketStore) -> None:
    assert _read(market, "Cloud Software Engineer - Hybrid Cloud and AI")[0] == "software_engineer"
    assert _read(market, "Software Engineer - AI and Data")[0] == "ml_engineer"


def test_the_level_before_a_listed_job_is_its_level(market: MarketStore) -> None:
    assert _read(market, "Senior CV/NLP Researcher") == ("research_scientist", "senior")


def test_a_title_ending_in_a_tech_readings_name_reads_by_it(market: MarketStore) -> None:
    assert _read(market, "GPU Kernel Engineer") == ("software_engineer", None)
    assert _read(market, "PCBA Test Engineer")[0] != "onet:15-1253.00"  # another trade's job


def test_an_it_manager_manages_computer_systems(market: MarketStore) -> None:
    found = resolve_role("IT Manager", market)
    assert found.socs[0].soc == "11-3021" and "15-1299.09" in found.why
    assert _read(market, "Pre-Sales Engineer") == ("onet:15-1299.08", None)


def test_a_banks_principal_associate_is_senior(market: MarketStore) -> None:
    assert _read(market, "Principal Associate, Data Scientist") == ("data_scientist", "senior")
    assert _read(market, "Principal Data Scientist") == ("data_scientist", "principal")
