"""Titles -> roles -> SOC codes: curated map, short forms, typos, O*NET fallback, unknowns."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from levelset.errors import UnknownValue
from levelset.market.build import open_market
from levelset.market.curated import load
from levelset.market.roles import match_curated
from levelset.market.store import MarketStore
from levelset.market.titles import resolve_role
from tests.market.market_home import clock, market_paths


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "role", "hint"),
    [
        ("Machine Learning Engineer", "ml_engineer", None),
        ("MLE", "ml_engineer", None),
        ("Sr. ML Eng", "ml_engineer", "sr"),
        ("machine-learning engineer", "ml_engineer", None),
        ("Applied Scientist II", "applied_scientist", "ii"),
        ("SWE", "software_engineer", None),
        ("Senior SDE", "software_engineer", "senior"),
        ("Research Scientist", "research_scientist", None),
        ("Data Scientist", "data_scientist", None),
        ("data engineer", "data_engineer", None),
        ("MLOps Engineer", "mlops_engineer", None),
        ("SRE", "platform_engineer", None),
        ("Engineering Manager", "engineering_manager", None),
        ("BI Engineer", "bi_engineer", None),
        ("Senior BI Developer", "bi_engineer", "senior"),
        ("Business Intelligence Engineer", "bi_engineer", None),
        ("UI Engineer", "software_engineer", None),
        ("Engineering Director", "engineering_manager", None),  # "director of engineering"
        ("Senior ML Manager", "engineering_manager", "senior"),
    ],
)
def test_curated_titles_and_short_forms(title: str, role: str, hint: str | None) -> None:
    found = match_curated(title)
    assert found is not None
    assert found.key == role
    assert found.level_hint == hint
    assert title in found.why


def test_typos_are_read_with_their_similarity() -> None:
    found = match_curated("Machne Learning Enginer")
    assert found is not None and found.key == "ml_engineer"
    assert 85 <= found.score < 100
    assert "similar" in found.why


def test_every_curated_role_has_weights_summing_to_one() -> None:
    for key, role in load("roles")["roles"].items():
        weights = [s["weight"] for s in role["socs"]]
        assert math.isclose(sum(weights), 1.0), key
        assert all(str(s["soc"])[2] == "-" for s in role["socs"]), key


def test_ml_engineer_shows_several_socs_including_the_onet_one() -> None:
    found = match_curated("ML Engineer")
    assert found is not None
    assert set(found.soc_codes) >= {"15-1252", "15-2051", "15-1221", "15-1299"}


def test_curated_socs_and_crowd_titles_exist_in_the_data(market: MarketStore) -> None:
    socs = {r[0] for r in market.fetch("SELECT DISTINCT soc FROM oews")}
    titles = {r[0] for r in market.fetch("SELECT DISTINCT job_title FROM crowd")}
    for key, role in load("roles")["roles"].items():
        assert {str(s["soc"]) for s in role["socs"]} <= socs, key
        assert set(role["crowd_titles"]) <= titles, key


def test_other_titles_fall_back_to_onet(market: MarketStore) -> None:
    found = resolve_role("Actuary", market)
    assert found.source == "onet"
    assert found.soc_codes == ("15-2011",)
    expected = market.fetch("SELECT DISTINCT soc FROM onet_titles WHERE lower(title) = 'actuary'")
    assert {r[0] for r in expected} == set(found.soc_codes)


def test_unknown_title_has_closest_matches(market: MarketStore) -> None:
    with pytest.raises(UnknownValue) as caught:
        resolve_role("Blockchain Ninja", market)
    assert caught.value.exit_code == 2
    assert len(caught.value.suggestions) >= 3
    assert all("Blockchain" in s for s in caught.value.suggestions)
    with pytest.raises(UnknownValue) as caught:
        resolve_role("Dta Analst", market)  # a misspelling too far off to be read as one
    assert caught.value.suggestions[0] == "Data Analyst"


@pytest.mark.parametrize("title", ["zzz", "banana", "Qzxv Wrangler 9000", "Kubernetes Person"])
def test_a_title_nothing_is_close_to_gets_how_to_go_on_not_random_titles(
    market: MarketStore, title: str
) -> None:
    # "zzz" was offered Optimization Analyst, Virtualization Engineer, ... (5% similar)
    with pytest.raises(UnknownValue) as caught:
        resolve_role(title, market)
    assert caught.value.suggestions == ()
    hint = caught.value.hint or ""
    assert hint.startswith("no title levelset knows is close to it: write the job title")
    assert "Machine Learning Engineer" in hint and "closest" not in hint


@pytest.mark.parametrize(
    ("title", "hint", "band"),
    [
        ("Principal Data Scientist", "principal", "principal"),
        ("Lead Data Scientist", "lead", "staff"),
        ("Staff Data Scientist", "staff", "staff"),
        ("SWE II", "ii", "mid"),
    ],
)
def test_level_words_in_a_curated_title_become_the_level(title: str, hint: str, band: str) -> None:
    from levelset.market.levels import parse_level

    role = match_curated(title)
    assert role is not None and role.level_hint == hint
    assert parse_level(hint).band.value == band


def test_member_of_technical_staff_is_not_a_staff_level() -> None:
    role = match_curated("Member of Technical Staff")
    assert role is not None and role.key == "software_engineer" and role.level_hint is None


def test_why_does_not_repeat_a_title_that_is_already_the_role() -> None:
    same = match_curated("Machine Learning Engineer")
    short = match_curated("MLE")
    assert same is not None and short is not None
    assert same.why.count("Machine Learning Engineer") == 1
    assert "MLE" in short.why and "Machine Learning Engineer" in short.why


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Software Engineer (Backend)", "software_engineer"),
        ("Senior Software Engineer, Backend", "software_engineer"),
        ("Machine Learning Engineer - Ranking", "ml_engineer"),
        ("Data Scientist (Remote)", "data_scientist"),
    ],
)
def test_a_specialty_after_the_title_is_set_aside(title: str, role: str) -> None:
    found = match_curated(title)
    assert found is not None and found.key == role
    assert "specialty" in found.why


def test_a_title_with_a_dash_inside_a_word_is_not_split() -> None:
    found = match_curated("ML-Ops Engineer")
    assert found is not None and found.key == "mlops_engineer"


@pytest.mark.parametrize(
    ("title", "role", "hint"),
    [
        ("Senior Software Engineer, ML Platform", "mlops_engineer", "senior"),
        ("Platform Engineer - MLOps", "mlops_engineer", None),
        ("Speech Research Scientist", "research_scientist", None),
        ("Senior Computer Vision Researcher", "research_scientist", "senior"),
        ("Robotics Software Engineer", "software_engineer", None),  # robotics is no ML field
        ("Robot Learning Engineer", "ml_engineer", None),
        ("Quantum Software Engineer", "software_engineer", None),
        ("Acme Labs - Senior Data Engineer (Remote)", "data_engineer", "senior"),
        ("Example.gov: Site Reliability Engineer GS-14", "platform_engineer", None),
    ],
)
def test_titles_read_word_by_word(title: str, role: str, hint: str | None) -> None:
    found = match_curated(title)
    assert found is not None and (found.key, found.level_hint) == (role, hint), found


@pytest.mark.parametrize(
    "title", ["Machine Learning Engineer Recruiter", "Sales Engineer", "Head Chef", "Engineer"]
)
def test_a_role_name_inside_another_job_is_not_taken(title: str) -> None:
    assert match_curated(title) is None


@pytest.mark.parametrize(
    ("title", "soc", "part"),
    [
        ("18F Product Manager", "11-2021", "Product Manager"),  # an office code, no separator
        ("Login.gov Product Manager GS15", "11-2021", "Product Manager"),
        ("Login.gov Security Engineer Technical Expert GS15", "15-1299", "Security Engineer"),
        ("18F - Visual Designer", "27-1024", "Visual Designer"),  # O*NET behind an office
    ],
)
def test_posting_titles_reach_o_net_without_office_grade_or_remark(
    market: MarketStore, title: str, soc: str, part: str
) -> None:
    found = resolve_role(title, market)
    assert found.soc_codes[0] == soc and found.text == title
    assert f"as {part!r}" in found.why


def test_a_title_opening_a_longer_one_is_not_read_through_a_link_word(
    market: MarketStore,
) -> None:
    # a manager "of Data Engineering" is an engineering manager, not O*NET's plain "Manager"
    found = resolve_role("Senior Manager of Data Engineering", market)
    assert found.key == "engineering_manager" and found.level_hint == "senior"
    from levelset.market.title_parts import leading_titles

    assert "Senior Manager" not in leading_titles("Senior Manager of Data Engineering")


@pytest.mark.parametrize(
    ("title", "hint"),
    [("Senior / Principal Data Engineer", "senior"), ("Staff or Principal Data Engineer", "staff")],
)
def test_a_choice_of_levels_reads_as_the_first(title: str, hint: str) -> None:
    found = match_curated(title)
    assert found is not None and found.level_hint == hint  # never "senior principal"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Director of Infrastructure", "engineering_manager"),
        ("Platform Director", "engineering_manager"),  # the other word order
        ("Head of Product", None),  # product management, not engineering
        ("Head of Design", None),
    ],
)
def test_a_head_of_an_engineering_field_is_an_engineering_manager(
    title: str, role: str | None
) -> None:
    found = match_curated(title)
    assert (found.key if found else None) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [("Payments SRE Developer", "platform_engineer"), ("DevOps Developer", "platform_engineer")],
)
def test_a_job_s_short_name_before_developer_is_that_job(title: str, role: str) -> None:
    found = match_curated(title)
    assert found is not None and found.key == role
    assert match_curated("Real Estate Developer") is None


@pytest.mark.parametrize(
    ("title", "soc", "part", "hint"),
    [
        # the job before the separator, not the person it assists
        ("Executive Assistant - Chief Technology Officer", "43-6011", "executive assistant", None),
        ("Senior Security Compliance Architect", "15-1299", "security architect", "senior"),
        # filed under statisticians and data scientists: the one whose name it shares
        ("Data & Analytics Specialist", "15-2051", "data analytics specialist", None),
    ],
)
def test_o_net_readings_keep_the_level_and_set_one_qualifier_aside(
    market: MarketStore, title: str, soc: str, part: str, hint: str | None
) -> None:
    found = resolve_role(title, market)
    assert found.soc_codes[0] == soc, found
    assert part in found.why.lower() and found.level_hint == hint


def test_an_o_net_title_with_a_level_word_keeps_it(market: MarketStore) -> None:
    assert resolve_role("Senior Product Manager", market).level_hint == "senior"
    assert resolve_role("Product Manager", market).level_hint is None


@pytest.mark.parametrize(
    ("title", "role", "band"),
    [
        ("Platform Data Engineer", "data_engineer", None),  # a word more is no typo
        ("Data Integration Developer", "data_engineer", None),
        ("Data Developer", "data_engineer", None),
        ("AI Architect", "ml_engineer", None),
        ("Machine Learning Tech Lead", "ml_engineer", "staff"),
        ("Python Developer", "software_engineer", None),  # O*NET: software developers only
        ("Full Stack Product Developer", "software_engineer", None),
        # other languages and gender marks
        ("Senior Softwareentwickler (m/w/d)", "software_engineer", "senior"),
        ("Ingeniero de Datos", "data_engineer", None),
        ("Científico de Datos", "data_scientist", None),
        ("Ingénieur en apprentissage automatique", "ml_engineer", None),
        ("un·e développeur·se full-stack expérimenté(e)", "software_engineer", "senior"),
        ("un Lead développeur ou une Lead développeuse", "software_engineer", "staff"),
        ("deux développeu·r·se·s", "software_engineer", None),
    ],
)
def test_titles_in_other_forms_and_languages(
    market: MarketStore, title: str, role: str, band: str | None
) -> None:
    from levelset.market.ranges import _hinted_level

    found = resolve_role(title, market)
    level = _hinted_level(found, None)
    assert (found.key, level.band.value if level else None) == (role, band), found.why


@pytest.mark.parametrize(
    "title",
    ["Data Manager", "Chargé·e de développement", "Business Developer", "Bear Robotics"],
)  # fmt: skip
def test_a_title_outside_tech_is_never_a_curated_tech_role(market: MarketStore, title: str) -> None:
    try:
        found = resolve_role(title, market)
    except UnknownValue:
        return
    assert found.source == "onet" and not found.soc_codes[0].startswith("15-1252"), found.why


def test_an_english_title_is_never_translated_into_developer(market: MarketStore) -> None:
    """ "Dev Advocate" is a developer advocate, which tech reads as developer relations (the map's
    tech_readings), never a translation: O*NET files "Developer Advocate" as an urban planner."""
    found = resolve_role("Dev Advocate", market)
    assert "in English" not in found.why
    assert "the job the title names in tech" in found.why


def test_a_title_filed_under_several_occupations_takes_the_one_its_name_matches(
    market: MarketStore,
) -> None:
    # O*NET lists "Project Manager" first under architectural and engineering managers
    role = resolve_role("Project Manager", market)
    assert role.soc_codes == ("13-1082",)  # project management specialists
    assert "outside the tech occupations" in role.why
    assert "also files it under 11-9041, 11-9199" in role.why
    assert role.to_dict()["outside_tech"] == ["13-1082"]
    assert resolve_role("Technology Director", market).to_dict()["outside_tech"] == []


def test_a_tie_between_occupations_is_said_to_be_ambiguous(market: MarketStore) -> None:
    role = resolve_role("Project Coordinator", market)
    assert set(role.soc_codes) == {"11-9041", "11-9199"}
    assert "ambiguous" in role.why
    assert "partly outside the tech occupations (11-9199)" in role.why
    assert role.outside_tech == ("11-9199",)


@pytest.mark.parametrize(
    ("title", "soc"),
    [("VP, Sales", "11-2022"), ("Head of Sales", "11-2022"), ("VP of Marketing", "11-2021")],
)
def test_the_head_of_a_function_is_its_manager_outside_tech(
    market: MarketStore, title: str, soc: str
) -> None:
    role = resolve_role(title, market)
    assert role.soc_codes == (soc,)
    assert "outside the tech occupations" in role.why


@pytest.mark.parametrize(
    ("title", "soc", "part"),
    [
        # "cloud" says where the job runs: the database engineer, not the cloud engineer
        ("Cloud Database Engineer", "15-1243", "database engineer"),
        # a data store's administrator administers databases
        ("Elasticsearch Administrator", "15-1242", "database administrator"),
        ("Oracle Architect", "15-1243", "database architect"),
    ],
)
def test_a_setting_word_or_a_data_store_leaves_the_database_job(
    market: MarketStore, title: str, soc: str, part: str
) -> None:
    found = resolve_role(title, market)
    assert found.soc_codes[0] == soc, found
    assert part in found.why
    # the field that opens a title still names it: a data quality engineer is a data engineer
    assert resolve_role("Data Quality Engineer", market).key == "data_engineer"
