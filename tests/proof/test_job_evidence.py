"""What a person needs to see a job: dated lines that are projects, studies, supervisors or
sentences open no position, and the lines around a real entry are read for what they are.

Résumés written here in the layouts of real office exports (Google Docs, Word, LibreOffice,
react-pdf) that the corpus's 2026-12-05zj batch showed: a place line between the employer and
the title, a list of tools wrapped over the next heading, the kind of employment beside the
dates, a bar set without a space before it.
"""

from __future__ import annotations

from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.model import Document


def _read(text: str) -> Document:
    lines = [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    return parse_resume(lines, "resume.pdf")


def _jobs(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (
            p.title,
            p.company,
            p.start.strftime("%Y-%m") if p.start else None,
            None if p.current else (p.end.strftime("%Y-%m") if p.end else None),
        )
        for p in _read(text).positions
    ]


def test_an_employer_over_its_town_over_the_title_and_dates() -> None:
    text = """Rosa Delgado
Work Experience
Harbor Lane Bakeries
Costa Mesa, California
Shift Supervisor    Feb. 2021 - May 2023
● Ran the early shift of six bakers.
Tidewater Freight
Long Beach, California
Operations Analyst    Mar. 2018 - Jan. 2021
● Planned forty routes a day.
"""
    positions = _read(text).positions
    assert [(p.title, p.company) for p in positions] == [
        ("Shift Supervisor", "Harbor Lane Bakeries"),
        ("Operations Analyst", "Tidewater Freight"),
    ]
    assert [p.location for p in positions] == ["Costa Mesa, California", "Long Beach, California"]


def test_a_wrapped_list_of_tools_is_no_heading_of_the_next_entry() -> None:
    text = """Experience
Senior Backend Developer | Quillpoint | Dec 2023 - Present (Remote)
   • Split the ledger into shards.
Technologies: FastAPI, PostgreSQL, RabbitMQ, AWS, Docker, React,
Grafana, Prometheus
Backend Developer | Southmark | Sep 2022 - Dec 2023 (Remote)
Accommodation marketplace
   • Built the bidding service.
Technologies: React, Flask, Django, AWS, PostgreSQL, Docker
Integration Developer | Wetlake | Dec 2019 - May 2022
"""
    assert _jobs(text) == [
        ("Senior Backend Developer", "Quillpoint", "2023-12", None),
        ("Backend Developer", "Southmark", "2022-09", "2023-12"),
        ("Integration Developer", "Wetlake", "2019-12", "2022-05"),
    ]


def test_the_kind_of_employment_beside_the_dates_is_no_company() -> None:
    text = """PROFESSIONAL EXPERIENCE
Front-End Developer at Brightlane
 09/2023 - Present | Full-time | Sydney
 • Built the component library.
Support Engineer at Kestrel Mobile
 10/2018 - 01/2023 | Part-time | Sydney, On-site
 • Answered the repair desk.
"""
    assert _jobs(text) == [
        ("Front-End Developer", "Brightlane", "2023-09", None),
        ("Support Engineer", "Kestrel Mobile", "2018-10", "2023-01"),
    ]


def test_a_bar_without_a_space_before_it_still_parts_title_and_company() -> None:
    text = """EXPERIENCE
Senior Consultant - Machine Learning| Orbis Advisory India
April 2021 – Present, Hyderabad – India
•    Forecast the client's KPIs.
Risk Analytics Intern| Meridian Bank India
April 2019 – October 2019, Mysore - India
•    Built credit risk models.
"""
    positions = _read(text).positions
    assert [(p.title, p.company) for p in positions] == [
        ("Senior Consultant - Machine Learning", "Orbis Advisory India"),
        ("Risk Analytics Intern", "Meridian Bank India"),
    ]
    assert [p.location for p in positions] == ["Hyderabad – India", "Mysore - India"]


def test_projects_beside_jobs_open_no_position() -> None:
    text = """WORK EXPERIENCE
Lindqvist Finance | NBFC                                   Bengaluru, IN
Product Manager                                          Oct 2024 – Present
●  Led the gold loan journey.
INTERNSHIPS & PROJECTS
Course Planner | Project                                  Mar 2025 - Apr 2025
●  Built a course generator.
Campus Lane | Product Internship                          Jul 2022 - Sep 2022
●  Raised course completion.
PROJECT EXPERIENCE
TaskRoom: A Kanban Board App
 01/2023 - 04/2023
 • Built the board.
"""
    assert [(t, c) for t, c, _, _ in _jobs(text)] == [
        ("Product Manager", "Lindqvist Finance"),
        ("Product Internship", "Campus Lane"),
    ]


def test_a_sentence_with_a_year_in_an_unheaded_summary_opens_no_position() -> None:
    text = """Aino Virtanen
Full Stack Developer
I have been building software since 2017. My work
includes Angular, React and Laravel.
Experience
Full Stack Developer at Ordell
March 2023 — Present
"""
    assert _jobs(text) == [("Full Stack Developer", "Ordell", "2023-03", None)]


def test_research_under_a_supervisor_is_no_job_and_two_summers_are_a_range() -> None:
    text = """Work Experience and Internships
Interned as a Data Scientist at the Coastal Mapping Agency, Summer 2023, Summer 2024
    ● Modernised an application with docker.
Research
Using Diffusion Models as a Digital Twin, Fall 2024 to Present
       Professor Geoffrey Marsh, PhD
   ● Wrote literature reviews.
Single-cell RNA Sequencing and Neural Networks, Fall 2021 to Spring 2022
       Professor Hana Oyelaran, PhD
"""
    jobs = _jobs(text)
    assert len(jobs) == 1
    assert jobs[0][1] == "Coastal Mapping Agency"  # "at the Coastal ...": no article
    assert jobs[0][2][:4] == "2023" and jobs[0][3][:4] == "2024"


def test_certificates_and_awards_set_out_like_jobs_are_no_positions() -> None:
    text = """Experience
Data Engineer | Northgate Staffing        Oct 2024 – Present
● Built the ingestion jobs.
Certification in Data Science | Le Forge        July 2022 – Sep 2022
Winner | Hackathon Deutsche Bahn        Nov 2019 – Nov 2019
"""
    assert [(t, c) for t, c, _, _ in _jobs(text)] == [("Data Engineer", "Northgate Staffing")]


def test_a_side_column_of_skills_read_between_the_jobs_does_not_end_them() -> None:
    text = """Experience
Full Stack Developer at Ordell
March 2023 — Present
• Built the booking pages.
Skills
Vue
Angular
PHP
Laravel
React
Technologies:
Angular 13, Typescript, SCSS
Full Stack Developer at Baltic Applied School
May 2020 — September 2020
• Shipped a product a day.
Education
BSc Business Technology at Haaga University
January 2018 — September 2021
"""
    assert [(t, c) for t, c, _, _ in _jobs(text)] == [
        ("Full Stack Developer", "Ordell"),
        ("Full Stack Developer", "Baltic Applied School"),
    ]


def test_schooling_set_out_like_a_job_is_no_position() -> None:
    text = """Internship Experience
Data Intern | Harbourline Logistics | Jun 2022 - Aug 2022
• Cleaned the shipment tables.
Stanford Online | B.S. Economics | Sep 2018 - Jun 2022
Westbrook College | Computer Science, GPA 3.8 | Sep 2016 - Jun 2018
"""
    assert [(t, c) for t, c, _, _ in _jobs(text)] == [("Data Intern", "Harbourline Logistics")]


def test_a_role_named_after_a_word_of_projects_or_courses_is_a_job() -> None:
    text = """Experience
Project Management Intern at Calder Freight
June 2015 - August 2015 (3 months)
Planned the depot moves, including Python, SQL,
Course Designer at Lumen Academy
January 2014 - May 2015 (1 year 5 months)
Wrote the data courses.
"""
    assert [(t, c) for t, c, _, _ in _jobs(text)] == [
        ("Project Management Intern", "Calder Freight"),
        ("Course Designer", "Lumen Academy"),
    ]


def test_a_role_at_a_kind_of_work_is_still_a_job() -> None:
    text = """Experience
Web Developer | Freelance Projects | Jan 2021 - Present
• Built shops for six bakeries.
Weather Station Rebuild | Personal Projects | Mar 2020 - Jun 2020
"""
    assert [(t, c) for t, c, _, _ in _jobs(text)] == [("Web Developer", "Freelance Projects")]
