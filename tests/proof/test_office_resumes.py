"""Layouts of résumés written in office tools (Word, Google Docs, Canva, FlowCV), as students
of a course put them beside their work. Written after the tuning part of the corpus's batch
2026-12-05t; every name, role and date below is made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.sections import section_of


def _read(rows: list[str]) -> list[tuple[str, str, str]]:
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(rows, 1)], "cv.pdf")
    return [(p.title, p.company, f"{p.start:%Y-%m}") for p in doc.positions]


def test_labelled_lists_between_employer_and_title_stay_with_the_job() -> None:
    """ "Tech stack: ..." and "Tools: ..." under the employer, over the dated title."""
    rows = [
        "Work experience",
        "Kestrel Freight – Remote",
        "Tech stack: Kotlin, Vue, Postgres, Kafka, Terraform",
        "Tools: Grafana, Sentry, Linear, Figma, Docker",
        "Senior Backend Engineer   March 2023 – Present",
        "● Rebuilt the quoting service.",
        "Backend Engineer   May 2021 – March 2023",
        "● Wrote the first carrier integrations.",
    ]
    assert _read(rows) == [
        ("Senior Backend Engineer", "Kestrel Freight", "2023-03"),
        ("Backend Engineer", "Kestrel Freight", "2021-05"),
    ]


def test_an_earlier_experience_heading_goes_on_with_the_jobs() -> None:
    assert section_of("EARLIER EXPERIENCE") == "experience"
    assert section_of("Earlier experience") == "experience"


def test_double_slashes_part_employer_title_and_years() -> None:
    """ "Employer // Title // 2021", with notes in square brackets under each line, and the
    degrees set out the same way at the end (a one-page design résumé without headings)."""
    rows = [
        "Ada Quill //  adaquill.example",
        "Nimbus Labs // Service Designer @ Client Studio // 2023 -",
        "[Leading workshops with clients on new products.]",
        "Harbour Museum // Exhibit Designer & Project Owner // 2020 - 2022",
        "[Sponsored by the city council.]",
        "Lakeside College // Researcher // 2021",
        "[Analysed survey data on student motivation.]",
        "Northfield School of Design // M.F.A. in Interaction Design // 2023",
        "[Minor in Service Design, GPA: 3.9]",
        "Lakeside College // B.S. Mechanical Engineering // 2021",
        "[Sustainability Certificate]",
    ]
    assert _read(rows) == [
        ("Service Designer @ Client Studio", "Nimbus Labs", "2023-01"),
        ("Exhibit Designer & Project Owner", "Harbour Museum", "2020-01"),
        ("Researcher", "Lakeside College", "2021-01"),
    ]


def test_a_title_after_an_acronym_in_brackets_and_tool_tags_under_it() -> None:
    """ "Lowland Marine Research Institute (LMRI) Intern" with its dates beside it, over
    "MACHINE LEARNING|PYTHON" (the tools of the job, not its employer); and "Teaching Assistant
    - Merit Scholar, Eastbrook University": the note before the comma stays with the title."""
    from levelset.proof.title_company import split_title_company

    line = "Lowland Marine Research Institute (LMRI) Intern"
    assert split_title_company(line) == ("Intern", "Lowland Marine Research Institute (LMRI)")
    assert split_title_company("Teaching Assistant - Merit Scholar, Eastbrook University") == (
        "Teaching Assistant - Merit Scholar",
        "Eastbrook University",
    )
    rows = [
        "EXPERIENCE",
        "Teaching Assistant - Merit Scholar, Eastbrook University   Jun 2024 - Ongoing",
        "STREAMLIT|DOCKER|PYTHON",
        "Built a grading assistant used by two courses.",
        "Lowland Marine Research Institute (LMRI) Intern   Apr 2023 - Sep 2023",
        "MACHINE LEARNING|PYTHON",
        "Trained a model that reads sonar images.",
    ]
    assert _read(rows) == [
        ("Teaching Assistant - Merit Scholar", "Eastbrook University", "2024-06"),
        ("Intern", "Lowland Marine Research Institute (LMRI)", "2023-04"),
    ]


def test_an_employer_in_capitals_before_its_city_and_a_city_by_its_initials() -> None:
    """ "Data Engineer — KTS, Kazan (06/2019 – 12/2021)": the short name in capitals is the
    employer, not the first half of a place; "Brightline.com, NYC" ends in its city."""
    from levelset.proof.headers import without_place
    from levelset.proof.title_company import split_title_company

    assert split_title_company("Data Engineer — KTS, Kazan") == ("Data Engineer", "KTS")
    assert split_title_company("Data Engineer — Berlin, Germany") == ("Data Engineer", "")
    assert split_title_company("Engineer – NY, USA") == ("Engineer", "")
    assert without_place("Brightline.com, NYC") == ("Brightline.com", "NYC")
    assert without_place("Harbor Analytics Services, NYC") == ("Harbor Analytics Services", "NYC")
    assert without_place("Cyber Command, MND") == ("Cyber Command, MND", "")  # initials, no place
    rows = [
        "Work Experience",
        "Team Lead — Northwind (06/2022 – Present)",
        "● Rebuilt the data team.",
        "Data Engineer — KTS, Kazan (06/2019 – 12/2021)",
        "● Wrote the ETL engine.",
    ]
    assert _read(rows) == [
        ("Team Lead", "Northwind", "2022-06"),
        ("Data Engineer", "KTS", "2019-06"),
    ]


def test_skills_with_a_colon_inside_a_job_and_a_company_suffix_wrapped() -> None:
    """ "Skills:" over a list inside a job labels its bullets (the jobs go on below), and a
    company name whose "Limited" wrapped onto a line of its own keeps it (react-pdf)."""
    rows = [
        "EMPLOYMENT HISTORY",
        "Data Analyst, Harbour Logistics   Jul 2015 — Oct 2015",
        "Wrote the weekly reports.",
        "Skills:",
        "• Proficient in R and Python.",
        "Python Developer, Savannah Actuarial Services (East Africa)   Jul 2013 — Jul 2015",
        "Limited",
        "Summary: Built the pricing models.",
    ]
    assert _read(rows) == [
        ("Data Analyst", "Harbour Logistics", "2015-07"),
        ("Python Developer", "Savannah Actuarial Services (East Africa) Limited", "2013-07"),
    ]


def test_jobs_without_dates_over_their_bullets() -> None:
    """ "Company — Title" over "- " bullets in an experience section with no dates at all (a
    Pages résumé): each is a job, its dates unknown; a labelled block below is no job."""
    rows = [
        "Experience:",
        "Lakeview Systems — Frontend Engineer",
        "- Built the booking screens",
        "Orchard Analytics — Lead JavaScript Developer",
        "- Led the move to TypeScript",
        "Cloud & Data Systems:",
        "- Built serverless jobs",
    ]
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company, p.start) for p in doc.positions] == [
        ("Frontend Engineer", "Lakeview Systems", None),
        ("Lead JavaScript Developer", "Orchard Analytics", None),
    ]
    dated = [*rows[:1], "Lakeview Systems — Frontend Engineer   2019 – 2021", *rows[2:]]
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(dated, 1)], "cv.pdf")
    assert [p.company for p in doc.positions] == ["Lakeview Systems"]  # dates seen: no guess


def test_a_title_in_lower_case_after_a_wrapped_bullet() -> None:
    """ "supply line manager 50% / programmer 50%" under the last wrapped line of a bullet, over
    "Employer, City / July 2008 - September 2010": the title of the next job, not the end of
    the bullet; the wrapped words of a bullet over a dated title stay with the bullet."""
    rows = [
        "Experience",
        "Developer",
        "Orbit Labs, Uppsala / June 2010 - May 2014",
        "• Contributed to the billing service in a delivery-focused",
        "team",
        "supply line manager 50% / programmer 50%",
        "Nordmark Telecom AB, Stockholm / July 2008 - September 2010",
        "• Planned the supply of test phones for the",
        "whole lab",
        "Engineer, Fjord Systems / 2006 - 2008",
    ]
    assert _read(rows) == [
        ("Developer", "Orbit Labs", "2010-06"),
        ("supply line manager 50% / programmer 50%", "Nordmark Telecom AB", "2008-07"),
        ("Engineer", "Fjord Systems", "2006-01"),
    ]


def test_title_team_employer_then_a_city_set_apart() -> None:
    """ "Data Analyst, Operations, Bridge International Academies  Nairobi" (react-pdf): the city
    set apart ends the line, the team goes with the title, the longer last name is the employer."""
    from levelset.proof.title_company import split_title_company

    line = "Data Analyst, Operations, Lakeshore Learning Academies  Kisumu"
    assert split_title_company(line) == ("Data Analyst, Operations", "Lakeshore Learning Academies")
