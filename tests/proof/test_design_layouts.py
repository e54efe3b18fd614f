"""Google Docs' and design-tool layouts written for the corpus's batch 2026-12-05zh
(tests/corpus/resumes/made/gdocs_canva/): sections dated like jobs that hold none, "Company |
City" and "Company, City" lines, a table's city cell beside the title, and bullets whose marks
the PDF lost. Names are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line, _city_cell, _unrepeated


def _read(rows: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """Lines with their right-set dates apart, as a PDF's layout gives them."""
    lines = [Line(i, text, "p1", dates) for i, (text, dates) in enumerate(rows, 1)]
    doc = parse_resume(lines, "cv.pdf")
    return [(p.title, p.company, f"{p.start:%Y-%m}", p.location or "") for p in doc.positions]


def test_volunteering_without_a_role_named_is_no_position() -> None:
    rows = [
        ("Experience", ""),
        ("LEAD DATA SCIENTIST", "2022 - Present"),
        ("Grab, Singapore", ""),
        ("Volunteer Experience", ""),
        ("MENTOR", "2018 - Present"),
        ("DataKind, Singapore", ""),
    ]
    assert _read(rows) == [("LEAD DATA SCIENTIST", "Grab", "2022-01", "Singapore")]


def test_volunteering_that_names_a_role_is_read() -> None:
    rows = [
        ("Volunteer Experience", ""),
        ("YMCA, Pomona, CA", "June 2013 - Present"),
        ("Volunteer Swim Coach", ""),
    ]
    assert [p[:2] for p in _read(rows)] == [("Volunteer Swim Coach", "YMCA")]


def test_a_research_heading_keeps_roles_and_drops_projects() -> None:
    rows = [
        ("Research", ""),
        ("OFFLINE RL FOR BUILDING CONTROL", ""),
        ("University College London | Oct 2016 - Dec 2018", ""),
        ("RESEARCH ASSISTANT", ""),
        ("Imperial College London | Oct 2015 - Sep 2016", ""),
    ]
    assert [p[:2] for p in _read(rows)] == [("RESEARCH ASSISTANT", "Imperial College London")]


def test_employer_and_city_set_apart_by_a_bar_under_the_title() -> None:
    rows = [
        ("Work Experience", ""),
        ("SENIOR PRODUCT ANALYST", ""),
        ("Shopify | Toronto", ""),
        ("Aug 2020 - Present", ""),
        ("Defined the merchant-health score.", ""),
        ("PRODUCT ANALYST", ""),
        ("Wealthsimple | Toronto", ""),
        ("May 2017 - Jul 2020", ""),
    ]
    assert _read(rows) == [
        ("SENIOR PRODUCT ANALYST", "Shopify", "2020-08", "Toronto"),
        ("PRODUCT ANALYST", "Wealthsimple", "2017-05", "Toronto"),
    ]


def test_a_two_word_city_and_a_comma_in_the_title() -> None:
    rows = [
        ("Experience", ""),
        ("Mercado Libre, Buenos Aires — Software Engineer, Search", ""),
        ("FEBRUARY 2023 - PRESENT", ""),
    ]
    assert _read(rows) == [
        ("Software Engineer, Search", "Mercado Libre", "2023-02", "Buenos Aires")
    ]


def test_a_name_with_a_field_word_keeps_its_city_apart() -> None:
    rows = [
        ("Experience", ""),
        ("Software Engineering Intern", "2013"),
        ("ST Engineering, Singapore", ""),
    ]
    assert _read(rows) == [
        ("Software Engineering Intern", "ST Engineering", "2013-01", "Singapore")
    ]


def test_a_short_sentence_without_its_bullet_mark_heads_no_entry() -> None:
    rows = [
        ("Experience", ""),
        ("RESEARCH ENGINEER", "2015 - 2017"),
        ("Institute for Infocomm Research, Singapore", ""),
        ("Speech recognition for Singlish.", ""),
        ("SOFTWARE ENGINEER", "2014 - 2015"),
        ("Garena, Singapore", ""),
    ]
    assert [p[1] for p in _read(rows)] == ["Institute for Infocomm Research", "Garena"]


def test_a_city_cell_beside_the_title_under_a_dated_employer() -> None:
    above = Line(4, "Zalando SE", "p1", "Oct 2021 – Present")
    line = Line(5, "Berlin  Senior Data Engineer", "p1", "")
    found = _city_cell(line, above)
    assert (found.text, found.place) == ("Senior Data Engineer", "Berlin")
    untitled = Line(5, "Berlin  Zalando Payments", "p1", "")
    assert _city_cell(untitled, above) == untitled  # no role beside it: no city cell


def test_the_employers_name_said_again_before_its_city() -> None:
    assert _unrepeated("Google Irvine, CA", "Google Ads Planning") == "Irvine, CA"
    assert _unrepeated("New York, NY", "New Relic") == "New York, NY"
    assert _unrepeated("Irvine, CA", "Google Ads Planning") == "Irvine, CA"


def test_a_letter_spaced_research_heading_is_read_as_one() -> None:
    rows = [
        ("E X P E R I E N C E", ""),
        ("RESEARCH SCIENTIST", ""),
        ("DeepMind | Sep 2021 - Present", ""),
        ("R E S E A R C H", ""),
        ("OFFLINE RL FOR BUILDING CONTROL", ""),
        ("University College London | Oct 2016 - Dec 2018", ""),
    ]
    assert [p[:2] for p in _read(rows)] == [("RESEARCH SCIENTIST", "DeepMind")]


def test_title_unit_and_employer_before_a_place_set_apart() -> None:
    rows = [
        ("Experience", ""),
        ("Registered Nurse, Cardiac ICU, UCSF Health — San Francisco, CA", ""),
        ("AUGUST 2013 - MAY 2018", ""),
    ]
    assert _read(rows) == [
        ("Registered Nurse, Cardiac ICU", "UCSF Health", "2013-08", "San Francisco, CA")
    ]
