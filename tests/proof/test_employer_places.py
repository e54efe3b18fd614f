"""Where an employer's name ends and its place begins: a state university's campus is part of
its name; a place after the employer's name, before a dash and the title, ends the name; and
LinkedIn's undated "Title at Company" heading is a position of its own."""

from __future__ import annotations

import pytest

from levelset.proof.company_places import company_place
from levelset.proof.headers import without_place
from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.title_company import split_title_company


def _positions(text: str) -> list[tuple[str, str, str, str, str]]:
    lines = [Line(i, raw) for i, raw in enumerate(text.splitlines(), start=1)]
    return [
        (p.title, p.company, str(p.start)[:7], str(p.end)[:7], p.location)
        for p in parse_resume(lines, "cv.md").positions
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("University of California, Santa Cruz", "University of California, Santa Cruz"),
        ("University of Nevada, Las Vegas", "University of Nevada, Las Vegas"),
        ("University of Oregon, Eugene, OR", "University of Oregon"),  # a whole place after it
        ("Lumen Bank, Portland", "Lumen Bank"),  # any other name keeps losing its city
    ],
)
def test_a_state_university_keeps_its_campus(line: str, name: str) -> None:
    assert company_place(line)[0] == name
    assert without_place(line)[0] in {name, line}


def test_the_campus_over_a_title_with_its_dates_set_apart() -> None:
    lines = [  # as a PDF gives them: the dates pushed to the right margin
        Line(1, "Experience"),
        Line(2, "University of California, Santa Cruz"),
        Line(3, "Research Associate", dates="Since March 2021"),
        Line(4, "- Kept the sequencing queue under two days."),
        Line(5, "Harbour Genomics"),
        Line(6, "Research Technician", dates="Jan 2018 – Feb 2021"),
        Line(7, "- Ran the library preparation robots."),
    ]
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company) for p in positions] == [
        ("Research Associate", "University of California, Santa Cruz"),
        ("Research Technician", "Harbour Genomics"),
    ]


@pytest.mark.parametrize(
    ("line", "parted"),
    [
        ("Desert Roofing Co, Mesa AZ - Roofer", ("Roofer", "Desert Roofing Co")),
        ("Lumen Bank, Portland, OR - Data Engineer", ("Data Engineer", "Lumen Bank")),
        (
            "Field Services Contractor, El Paso TX - Electrician",
            ("Electrician", "Field Services Contractor"),
        ),
        ("Lumen Bank - Analyst, Portland", ("Analyst, Portland", "Lumen Bank")),  # not this form
    ],
)
def test_a_place_before_the_dash_ends_the_employer(line: str, parted: tuple[str, str]) -> None:
    assert split_title_company(line) == parted


def test_dates_over_employer_place_and_title() -> None:
    text = """Experience
March 2013 - May 2018
Field Services Contractor, El Paso TX - Electrician
- Wired the new hangar to code, on time.
"""
    assert _positions(text) == [
        ("Electrician", "Field Services Contractor", "2013-03", "2018-05", "El Paso TX")
    ]


def test_linkedin_undated_position_over_a_dated_one() -> None:
    text = """Experience
Data Analyst at Harbour Media
Senior Analyst at Lumen Bank
March 2015 - May 2019 (4 years 3 months)
Built the churn dashboard the retention team used every week.
"""
    assert [p[:4] for p in _positions(text)] == [
        ("Data Analyst", "Harbour Media", "None", "None"),
        ("Senior Analyst", "Lumen Bank", "2015-03", "2019-05"),
    ]


def test_title_at_company_lines_inside_a_description_open_no_position() -> None:
    text = """Experience
Senior Analyst at Lumen Bank
March 2015 - May 2019 (4 years 3 months)
Built the churn dashboard the retention team used every week.
Mentor at Code Club
Speaker at PyData Portland
Analyst at Harbour Media
June 2012 - February 2015 (2 years 9 months)
Cleaned the ad sales data.
"""
    assert [p[:2] for p in _positions(text)] == [
        ("Senior Analyst", "Lumen Bank"),
        ("Analyst", "Harbour Media"),
    ]
