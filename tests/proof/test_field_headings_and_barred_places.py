"""Two forms met in Word and LibreOffice résumés of the tuning part (2026-12-05zk); the lines
here are made up. A heading in capitals that ends in "experience" after words of the owner's
field ("CORE ENGINEERING EXPERIENCE") opens the jobs, so the entries under it are not read as
skills; and "Title | Employer, City, Country" keeps the employer where the whole part after the
bar reads as a place."""

from __future__ import annotations

import pytest

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.sections import section_of
from levelset.proof.title_company import split_title_company


@pytest.mark.parametrize(
    "heading",
    ["CORE ENGINEERING EXPERIENCE", "AI SYSTEMS & AUTOMATION EXPERIENCE", "CLINICAL EXPERIENCE"],
)
def test_a_field_before_experience_in_capitals_opens_the_jobs(heading: str) -> None:
    assert section_of(heading) == "experience"


@pytest.mark.parametrize(
    "line",
    ["YEARS OF EXPERIENCE", "Core Engineering Experience", "10+ YEARS EXPERIENCE", "EXPERIENCE"],
)
def test_a_count_or_a_line_in_running_case_is_no_such_heading(line: str) -> None:
    assert section_of(line) in {None, "experience"}
    if line != "EXPERIENCE":
        assert section_of(line) is None


def test_the_jobs_under_a_field_heading_are_read_after_the_skills() -> None:
    rows = [
        ("SKILLS", ""),
        ("Python, SQL, Terraform", ""),
        ("CORE ENGINEERING EXPERIENCE", ""),
        ("Platform Engineer", "Jan 2021 – Present"),
        ("Kestrel Freight", ""),
        ("Moved the routing service to Kubernetes.", ""),
    ]
    lines = [Line(i, text, "p1", dates) for i, (text, dates) in enumerate(rows, 1)]
    doc = parse_resume(lines, "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Platform Engineer", "Kestrel Freight")
    ]


@pytest.mark.parametrize(
    ("line", "title", "company"),
    [
        (
            "Data Platform Lead | Kestrel Freight, Valletta, Malta",
            "Data Platform Lead",
            "Kestrel Freight",
        ),
        ("AWS Consultant | Genpact, Pune, India", "AWS Consultant", "Genpact"),
        ("Software Engineer | New York, NY, USA", "Software Engineer", ""),  # a city alone
        ("Risk Analytics Intern | HSBC India", "Risk Analytics Intern", "HSBC India"),
    ],
)
def test_the_employer_before_its_city_and_country_after_a_bar(
    line: str, title: str, company: str
) -> None:
    assert split_title_company(line) == (title, company)
