"""A title alone over "Employer, City / Month Year - Month Year", as react-pdf résumé templates
(and others) write each role: the name before the place on the date line is the employer.
Written after the tuning part's react-pdf résumés (2026-12-05r); the roles below are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

ROWS = [
    "Work experience",
    "Engineering Manager",
    "Lindqvist Software, Gothenburg / September 2022 - Current",
    "Run two teams that ship the billing platform.",
    "Software Architect",
    "Norrsken Data AB, Malmö, Skåne County / June 2016 - August 2022",
    "Designed the event pipeline.",
    "Senior Developer",
    "Berlin, Germany / 2014 - 2016",
]


def test_the_date_line_names_the_employer_and_its_place() -> None:
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(ROWS, 1)], "cv.pdf")
    assert [(p.title, p.company, p.location.split(",")[0]) for p in doc.positions][:2] == [
        ("Engineering Manager", "Lindqvist Software", "Gothenburg"),
        ("Software Architect", "Norrsken Data AB", "Malmö"),
    ]


def test_a_place_alone_on_the_date_line_is_taken_for_an_employer() -> None:
    """The limit of the rule: without a list of cities, "Berlin, Germany" under a title alone
    reads as an employer in Berlin; this pins that known guess so a change to it is seen."""
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(ROWS, 1)], "cv.pdf")
    assert (doc.positions[2].company, doc.positions[2].location) == ("Berlin", "Germany")


def test_a_work_mode_in_brackets_goes_with_the_place() -> None:
    """Google Docs résumés: "Alibaba, Tehran, Iran (On-site)" under the title."""
    from levelset.proof.headers import without_place

    assert without_place("Alibaba, Tehran, Iran (On-site)") == ("Alibaba", "Tehran, Iran (On-site)")
    assert without_place("Acme, Berlin, Germany (Remote)") == ("Acme", "Berlin, Germany (Remote)")
    assert without_place("Remote (Hybrid)") == ("Remote (Hybrid)", "")
    rows = ["Experience", "AI Engineer", "Sindibad, Dubai, UAE (Remote)", "Jan 2024 – Present"]
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [("AI Engineer", "Sindibad")]


def test_title_comma_company_dash_country() -> None:
    """ "Head of Engineering, Belema Financial Technology – Nigeria": the part after the dash is
    the country, and the comma parts the title from the company."""
    from levelset.proof.title_company import split_title_company

    line = "Head of Engineering, Northwind Payments – Nigeria"
    assert split_title_company(line) == ("Head of Engineering", "Northwind Payments")
    assert split_title_company("Data Engineer – Acme Corp") == ("Data Engineer", "Acme Corp")


def test_a_letter_spaced_heading_with_kerned_pairs() -> None:
    """react-pdf sets "EMPLOYMENT HISTORY" letter-spaced; some letters come out in pairs and
    the gap between the words is lost: "E M P L OY M E N T H I S TO RY"."""
    from levelset.proof.sections import section_of

    assert section_of("E M P L OY M E N T H I S TO RY") == "experience"
    assert section_of("C E RT I F I C AT I O N S") == "other"
    assert section_of("I am a dev ok go to") is None


def test_a_planner_is_a_title() -> None:
    """ "Supply planner" over "Nokia Mobile Phones, Hungary / October 2003 - August 2004": a
    planner, a supervisor or a reviewer names a role like an engineer does."""
    rows = [
        "Work experience",
        "Supply planner",
        "Tallinn Mobile Works, Estonia / October 2003 - August 2004",
        "Content Reviewer",
        "Northwind Media, Lagos, Nigeria / 2015 - 2016",
    ]
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Supply planner", "Tallinn Mobile Works"),
        ("Content Reviewer", "Northwind Media"),
    ]
