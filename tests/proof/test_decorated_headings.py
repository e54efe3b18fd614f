"""Headings drawn with a bullet ("● Projects") or with their letters spaced apart ("Pr ojects"),
project and design-course lines under the jobs, and entry shapes of Canva exports: a title
over "Employer |street address," wrapped over the town, "(Remote)" under the employer, an
employer ending in "Ltd.", and dates set over each entry. Written after the tuning part's
Canva résumés (samitha, mrigendra-soni, sama-ndari); the lines are made up in their shapes."""

from __future__ import annotations

from levelset.proof.importers.entry_heads import no_job
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.model import Position
from levelset.proof.sections import section_of


def _lines(rows: list[tuple[str, float]] | list[tuple[str, float, str]]) -> list[Line]:
    out = []
    for number, row in enumerate(rows, 1):
        text, size = row[0], row[1]
        place = row[2] if len(row) > 2 else ""  # type: ignore[misc]
        out.append(Line(number, text, "page 1", place=place, size=size))
    return out


def _read(rows: list[tuple[str, float]] | list[tuple[str, float, str]]) -> list[tuple[str, str]]:
    return [(p.title, p.company) for p in parse_resume(_lines(rows), "cv.pdf").positions]


def _after_the_job(heading: str, size: float = 14.0) -> list[tuple[str, float]]:
    return [
        ("Dana Reyes", 22.0),
        ("Experience", 14.0),
        ("Data Analyst, Harbour Freight Co", 11.0),
        ("June 2021 – May 2023", 11.0),
        ("• Built the weekly demand forecast used by twelve stores.", 10.0),
        (heading, size),
        ("Chess Engine Rewrite   Jan 2020 – May 2020", 11.0),
        ("• Wrote a bitboard move generator in Rust.", 10.0),
        ("Education", 14.0),
        ("B.S. Statistics, Lakeside University   2017 – 2021", 11.0),
    ]


def test_a_heading_drawn_with_a_bullet_ends_the_jobs() -> None:
    assert _read(_after_the_job("● Projects")) == [("Data Analyst", "Harbour Freight Co")]
    assert _read(_after_the_job("➢ PROJECTS", 11.0)) == [("Data Analyst", "Harbour Freight Co")]


def test_a_heading_with_its_letters_spaced_apart_ends_the_jobs() -> None:
    assert section_of("Pr ojects") == "projects"
    assert section_of("W ork Experience") == "experience"
    assert section_of("Educ ation") == "other"
    assert section_of("at work") is None  # words of a sentence spell no heading
    assert _read(_after_the_job("Pr ojects")) == [("Data Analyst", "Harbour Freight Co")]


def test_a_bulleted_word_in_a_list_is_no_heading() -> None:
    rows = [
        ("Experience", 14.0),
        ("Team Lead, Northwind Labs", 11.0),
        ("2019 – 2022", 11.0),
        ("• Mentoring", 10.0),
        ("• Research", 10.0),
        ("• Hiring", 10.0),
        ("Engineer, Contoso Systems", 11.0),
        ("2016 – 2019", 11.0),
        ("• Shipped the billing service.", 10.0),
    ]
    assert _read(rows) == [("Team Lead", "Northwind Labs"), ("Engineer", "Contoso Systems")]


def test_projects_named_by_their_kind_are_no_jobs() -> None:
    def job(title: str, company: str = "") -> bool:
        return not no_job(Position(title, company, None))

    assert not job("Senior Design Project")
    assert not job("Independent Projects")
    assert not job("Senior Design Project", "University of Arizona")
    assert job("Project Engineer", "Bechtel")
    assert job("Senior Project Manager", "Acme")
    rows = [
        ("Experience", 14.0),
        ("Senior Design Project   Aug 2019 – May 2020", 11.0),
        ("• Built a solar charge controller with three classmates.", 10.0),
        ("Independent Projects   2018 – 2021", 11.0),
        ("• Published two browser extensions.", 10.0),
        ("Software Intern, Initech   Jun 2019 – Aug 2019", 11.0),
        ("• Wrote integration tests for the payments API.", 10.0),
    ]
    assert _read(rows) == [("Software Intern", "Initech")]


def test_a_title_over_its_employer_and_street_address() -> None:
    rows = [
        ("WORK EXPERIENCE", 18.7),
        ("Trainee Software Developer", 14.7),
        ("IFS R&D |1, Orion Towers, 752, Dr. Dannister De Silva Mawatha,", 12.0),
        ("Colombo 9", 12.0),
        ("11/2019 - 05/2020", 12.0),
        ("Areas Involved: Web Client Developments", 10.0),
        ("ACADEMIC QUALIFICATIONS", 18.7),
    ]
    document = parse_resume(_lines(rows), "cv.pdf")
    [position] = document.positions
    assert (position.title, position.company, position.location) == (
        "Trainee Software Developer",
        "IFS R&D",
        "Colombo 9",
    )


def test_a_work_mode_under_the_employer_and_an_employer_ending_in_ltd() -> None:
    rows = [
        ("Experience", 13.9),
        ("Product Security Engineer", 12.8),
        ("Zendesk", 13.3, "Singapore"),
        ("03/2022 - Present", 13.3),
        ("Leading penetration tests on new services", 12.0),
        ("Addressing HackerOne bug reports until remediation", 12.0),
        ("Security Researcher", 12.8),
        ("Deriv Services Ltd.", 12.8),
        ("12/2020 - 03/2022", 13.3, "Malaysia"),
        ("Conducting web application, network and mobile", 12.0),
        ("application penetration tests", 12.0),
        ("R&D Intern", 12.8),
        ("FireCompass", 13.3, "Bangalore"),
        ("(Remote)", 12.0),
        ("07/2020 - 09/2020", 13.3),
        ("Researching numerous CI-CD and industrial tools", 12.0),
        ("iOS Application Pentesting Intern", 12.8),
        ("Bulwark CyberX LLP", 12.8),
        ("06/2018 - 07/2018", 13.3, "Jaipur"),
        ("Static security assessment based on the OWASP", 12.0),
    ]
    positions = parse_resume(_lines(rows), "cv.pdf").positions
    assert [(p.title, p.company) for p in positions] == [
        ("Product Security Engineer", "Zendesk"),
        ("Security Researcher", "Deriv Services Ltd."),
        ("R&D Intern", "FireCompass"),
        ("iOS Application Pentesting Intern", "Bulwark CyberX LLP"),
    ]
    assert positions[2].location == "Bangalore (Remote)"
    # the lines under a heading that named title and employer are its description (lines
    # with no mark and no full stop read as one paragraph)
    described = " ".join(b.text for b in positions[0].bullets)
    assert described == (
        "Leading penetration tests on new services "
        "Addressing HackerOne bug reports until remediation"
    )


def test_dates_over_each_entry_and_a_list_in_the_lists_own_size() -> None:
    rows = [
        ("Education", 21.3),
        ("(2021 -2024)", 18.7),
        ("LAKE TANGANYIKA UNIVERSITY", 14.7),
        ("Experience", 21.3),
        ("(2025 - Present)", 18.7),
        ("FOUNDER & TECHNICAL LEAD", 14.7),
        ("KIRUNDI AI (OPEN SOURCE)", 12.0),
        ("Built Serverless Infrastructure", 16.6),
        ("Built the first open-source Kirundi dataset", 16.6),
        ("Community Leadership", 16.6),
        ("(2025 - Actually)", 18.7),
        ("AT ASYST RESSOURCES LTD", 14.7),
        ("REST APIs Development in Backend", 16.6),
        ("Developing advanced RAG chatbots", 16.6),
        ("and LLM applications", 16.6),
    ]
    positions = parse_resume(_lines(rows), "cv.pdf").positions
    assert [(p.title, p.company, p.current) for p in positions] == [
        ("FOUNDER & TECHNICAL LEAD", "KIRUNDI AI (OPEN SOURCE)", True),
        ("", "AT ASYST RESSOURCES LTD", True),
    ]
    assert positions[0].location == ""  # "Built Serverless Infrastructure" is no place


def test_linkedin_volunteer_roles_after_a_list_of_skills_are_no_jobs() -> None:
    skills = ["Financial Modeling", "Valuation", "Excel", "Sales", "Public Speaking", "Banking"]
    rows = [
        ("Experience", 16.0),
        ("Financial Consultant at Wells Fargo Advisors", 12.0),
        ("May 2015 - Present", 12.0),
        ("Advise families on retirement savings.", 12.0),
        ("Skills & Expertise", 16.0),
        *[(skill, 12.0) for skill in skills],
        ("Education", 16.0),
        ("University of Virginia", 12.0),
        ("Bachelor of Arts, Economics, 2009 - 2013", 12.0),
        ("Volunteer Experience", 16.0),
        ("Volunteer at Hope for All Dogs", 12.0),
        ("January 2016 - Present", 12.0),
        ("Walk and foster dogs awaiting adoption.", 12.0),
    ]
    assert _read(rows) == [("Financial Consultant", "Wells Fargo Advisors")]
