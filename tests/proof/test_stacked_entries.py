"""Entries stacked as Europass CVs write them: dates and title on one line, then the employer,
its postal address and the description, and dated lines outside work that are no jobs."""

from __future__ import annotations

from levelset.proof.headers import address_place, without_place
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

ROWS = [
    ("Work experience", ""),
    ("Senior Machine Learning Engineer", "September 2021 – Present"),
    ("Vipps MobilePay AS", ""),
    ("Robert Levins gate 5, 0154 Oslo (Norway)", ""),
    ("Fraud scoring for card payments.", ""),
    ("Business or sector Financial services", ""),
    ("Data Scientist", "January 2018 – August 2021"),
    ("Statistics Norway (SSB)", ""),
    ("Akersveien 26, 0177 Oslo (Norway)", ""),
    ("Nowcasting models for household consumption.", ""),
    ("Summer intern", "June 2015 – August 2015"),
    ("Equinor ASA, Stavanger (Norway)", ""),
    ("Anomaly alerts for pump vibration data.", ""),
    ("Education and training", ""),
    ("MSc in Statistics", "2013–2016"),
    ("University of Oslo, Oslo (Norway)", ""),
    ("Certified Kubernetes Application Developer", "October 2022"),
    ("The Linux Foundation", ""),
]


def test_title_with_its_dates_over_the_employer_in_every_entry() -> None:
    lines = [Line(i, text, "p1", dates) for i, (text, dates) in enumerate(ROWS, 1)]
    doc = parse_resume(lines, "cv.pdf")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("Senior Machine Learning Engineer", "Vipps MobilePay AS", "Oslo, Norway"),
        ("Data Scientist", "Statistics Norway (SSB)", "Oslo, Norway"),  # not "Business or..."
        ("Summer intern", "Equinor ASA", "Stavanger, Norway"),
    ]


def test_a_description_under_the_first_title_keeps_the_heading_form() -> None:
    """best-resume-ever: the first entry's dates sit beside its heading, the next entry's
    heading stands over its dates; the line under the first dates is a sentence, no name."""
    rows = [
        ("Experience", ""),
        ("Lead Software Engineer - ACS Technologies", "March 2022 - present"),
        ("Performed system-wide data updates using", ""),
        ("large third-party data sets and MS SQL Server.", ""),
        ("Senior Software Engineer - ACS Technologies", ""),
        ("April 2021 - March 2022", ""),
        ("Embedded the analytics into a Vue SPA.", ""),
    ]
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Lead Software Engineer", "ACS Technologies"),
        ("Senior Software Engineer", "ACS Technologies"),
    ]


def test_a_city_with_its_country_in_brackets_is_a_place() -> None:
    assert without_place("Equinor ASA, Stavanger (Norway)") == ("Equinor ASA", "Stavanger, Norway")
    assert without_place("Statistics Norway (SSB)") == ("Statistics Norway (SSB)", "")
    assert without_place("Acme (Germany)") == ("Acme (Germany)", "")


def test_the_city_of_a_postal_address() -> None:
    assert address_place("Akersveien 26, 0177 Oslo (Norway)") == "Oslo, Norway"
    assert address_place("Team 2, Berlin") == ""  # no postcode: a name
    assert address_place("4 engineers, 2 designers") == ""
