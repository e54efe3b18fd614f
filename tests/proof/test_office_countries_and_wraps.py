"""Office résumés' shapes from the tuning part of the résumé corpus (WPS, LibreOffice and Word
files), written here with made-up names: an employer's country in brackets, a magazine "for
administrators" that names no role, "Title - Role Employer" after a dash, an employer and its
town among "Title at Company" headings, an employer before its town after a double slash,
and a bullet's wrapped last line ending in the project's years."""

from __future__ import annotations

from pathlib import Path

from levelset.proof.headers import without_place
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.title_company import split_title_company
from tests.proof.test_docx_heads import _read


def test_a_country_in_brackets_after_a_title_and_a_name_is_its_place() -> None:
    assert without_place('Web-developer, Publish house "Kolomna Square" (Russia)') == (
        'Web-developer, Publish house "Kolomna Square"',
        "Russia",
    )
    assert without_place("Analyst, Borealis Data (Norway)") == ("Analyst, Borealis Data", "Norway")
    # a town keeps its country, and a town before the brackets joins the place
    assert without_place("Oslo (Norway)") == ("Oslo (Norway)", "")
    assert without_place("Equinor ASA, Stavanger (Norway)") == ("Equinor ASA", "Stavanger, Norway")


def test_the_people_a_magazine_is_for_name_no_role() -> None:
    assert split_title_company(
        'Co-founder and Editor-in-chief, "Linux Administrator" magazine for system administrators'
    ) == (
        "Co-founder and Editor-in-chief",
        '"Linux Administrator" magazine for system administrators',
    )


def test_wps_headings_with_countries_and_a_role_after_the_dash(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            "Dana Orlov",
            "Experience",
            'Web-developer, Publish house "Kolomna Square" (Russia) — 4.06.2000-19.04.2002',
            "- Built web portals for two oil companies",
            "Analyst, Borealis Data (Norway), March 1998 - May 2000",
            "- Wrote the monthly reports of the trading desk",
            "Engineer - Developer Ross Business Consulting, Russia — 04.2002-09.2002",
            "- Developed portals for the ministry",
            "Education",
        ],
    )
    assert found == [
        ("Web-developer", 'Publish house "Kolomna Square"', "2000-06", "Russia"),
        ("Analyst", "Borealis Data", "1998-03", "Norway"),
        ("Engineer - Developer", "Ross Business Consulting", "2002-04", "Russia"),
    ]


def test_an_employer_with_its_town_among_title_at_company_headings(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            "Casey Brandt",
            "EXPERIENCE",
            "Web Developer at Webbed Works, Inc. – Corbin, KY\t\t\t\t 7/2016 - Present",
            "- Maintain the front-end website using PHP.",
            "- Integrated a payment system into the shop.",
            "Snappy Oven Pizza – Somerset, KY\t\t\t7/2010 - 6/2016",
            "Delivery Driver / Pizza Cook / Cashier",
            "Answered customers’ questions about orders and policies.",
            "Took customers’ orders over the phone.",
            "Taco Barn – Somerset, KY\t\t\t6/2007 – 7/2008",
            "- Prepared customers’ food orders.",
            "- Ran the cash register.",
            "EDUCATION",
        ],
    )
    assert found == [
        ("Web Developer", "Webbed Works Inc.", "2016-07", "Corbin, KY"),
        ("Delivery Driver / Pizza Cook / Cashier", "Snappy Oven Pizza", "2010-07", "Somerset, KY"),
        ("", "Taco Barn", "2007-06", "Somerset, KY"),
    ]


def test_an_employer_and_its_town_after_a_double_slash() -> None:
    assert split_title_company("Adjunct // INALCO, Paris") == ("Adjunct", "INALCO, Paris")
    assert split_title_company("Engineer @ Cybage // Pune, IN") == ("Engineer", "Cybage")


def test_a_wrapped_bullet_ending_in_its_projects_years_opens_no_entry() -> None:
    rows = [
        (37.0, "PROFESSIONAL POSITIONS", ""),
        (37.0, "Head Researcher, Politics Division // CSR, New Delhi", "2017-"),
        (55.0, "Research projects:", ""),
        (64.0, "• Member of the project Elites in a Time of Change, funded by the Lowe", ""),
        (91.0, "Foundation (2020-2023)", ""),
        (64.0, "• Member of the project Kinship and Status, coordinated by K. Mori, funded by", ""),
        (91.0, "JSPS (2019-2023)", ""),
        (37.0, "Lecturer & Researcher, South Asia // EHESS, Paris", "2015-2017"),
        (55.0, "Taught a course on Asia and a research seminar.", ""),
    ]
    lines = [
        Line(i, text, "page 1", dates, "", 11.0, False, x0)
        for i, (x0, text, dates) in enumerate(rows, 1)
    ]
    found = [
        (p.title, p.company, p.start.year if p.start else None)
        for p in parse_resume(lines, "cv.pdf").positions
    ]
    assert found == [
        ("Head Researcher, Politics Division", "CSR", 2017),
        ("Lecturer & Researcher, South Asia", "EHESS", 2015),
    ]
