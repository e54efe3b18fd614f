"""Forms of real Google Docs exports of the tuning part (batch 2026-12-06c-resg: résumés from
portfolio sites), on made-up lines: an employer's name alone over the dates, then the title
after a "Role:" label; and the headings of a student's clubs, posts and activities (the
corpus's student résumés set their entries out like jobs), whose entries are no positions."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

Row = tuple[str, str, str]  # text, dates set apart, place set apart


def _read(rows: list[Row]) -> list[tuple[str, str, str, str]]:
    lines = [Line(i, t, "p1", d, p, 11.0) for i, (t, d, p) in enumerate(rows, 1)]
    doc = parse_resume(lines, "cv.pdf")
    return [(p.title, p.company, str(p.start)[:7], str(p.end)[:7]) for p in doc.positions]


def test_an_employer_over_its_dates_then_a_labelled_role() -> None:
    got = _read(
        [
            ("Experience", "", ""),
            ("Tidewater Labs", "", ""),
            ("08/2019 - 12/2020", "", ""),
            ("Role: Web Developer", "", ""),
            ("● Rebuilt the donation pages in Vue.js", "", ""),
            ("Marlow Tiles", "", ""),
            ("10/2014 - 08/2019", "", ""),
            ("Role: IT Manager & Analyst", "", ""),
            ("● Moved the books from QuickBooks to NetSuite", "", ""),
        ]
    )
    assert got == [
        ("Web Developer", "Tidewater Labs", "2019-08", "2020-12"),
        ("IT Manager & Analyst", "Marlow Tiles", "2014-10", "2019-08"),
    ]


def test_a_title_over_its_dates_keeps_it_before_a_role_line() -> None:
    got = _read(
        [
            ("Experience", "", ""),
            ("Senior Data Engineer", "", ""),
            ("03/2021 - 06/2023", "", ""),
            ("Role: Tech Lead", "", ""),
            ("● Led four engineers on the billing pipeline", "", ""),
        ]
    )
    assert [(title, start) for title, _, start, _ in got] == [("Senior Data Engineer", "2021-03")]


def test_a_students_clubs_and_posts_after_the_jobs_are_no_positions() -> None:
    headings = [
        "POSITIONS OF RESPONSIBILITY",
        "Clubs & Societies",
        "Extra-Curricular Activities",
        "Student Organizations",
        "Athletics",
        "Community Engagement",
        "Additional Information",
    ]
    for heading in headings:
        got = _read(
            [
                ("Experience", "", ""),
                ("Acme Corp — Software Engineer", "June 2021 - Present", ""),
                ("● Built the billing service", "", ""),
                (heading, "", ""),
                ("Chess Club — Coordinator", "Jan 2021 - Mar 2021", ""),
                ("● Ran weekly games", "", ""),
            ]
        )
        assert got == [("Software Engineer", "Acme Corp", "2021-06", "None")], heading


def _sized(rows: list[tuple[str, str, float]]) -> list[tuple[str, str]]:
    lines = [Line(i, t, "p1", d, "", size) for i, (t, d, size) in enumerate(rows, 1)]
    return [(p.title, p.company) for p in parse_resume(lines, "cv.pdf").positions]


def test_a_heading_with_a_colon_in_the_headings_size_ends_the_jobs() -> None:
    rows = [
        ("Experience:", "", 14.0),
        ("Acme Corp — Software Engineer", "June 2021 - Present", 11.0),
        ("● Built the billing service", "", 11.0),
        ("Projects:", "", 14.0),
        ("Pathfinder — Mobile App", "Jan 2021 - Mar 2021", 11.0),
        ("● Built an Android app in Kotlin", "", 11.0),
    ]
    assert _sized(rows) == [("Software Engineer", "Acme Corp")]
    # in the text's own size, "Projects:" is a label inside the entry, as before
    inside = [(text, dates, 11.0 if text == "Projects:" else size) for text, dates, size in rows]
    assert len(_sized(inside)) == 2


def test_a_universitys_projects_are_no_jobs() -> None:
    got = _read(
        [
            ("Experience", "", ""),
            ("Acme Corp — Software Engineer", "June 2021 - Present", ""),
            ("● Built the billing service", "", ""),
            ("University Projects", "", ""),
            ("Pathfinder — Mobile App", "Jan 2021 - Mar 2021", ""),
            ("● Built an Android app in Kotlin", "", ""),
            ("Weatherly", "2020", ""),
            ("● A weather site in React", "", ""),
        ]
    )
    assert got == [("Software Engineer", "Acme Corp", "2021-06", "None")]


def test_dates_over_title_and_employer_split_at_the_comma() -> None:
    got = _read(
        [
            ("Experience", "", ""),
            ("June 2021 – Present", "", ""),
            ("Software Engineer, Acme Corp", "", ""),
            ("● Built the billing service", "", ""),
            ("June 2019 – May 2021", "", ""),
            ("Data Analyst, Globex", "", ""),
            ("● Made the sales dashboards", "", ""),
        ]
    )
    assert got == [
        ("Software Engineer", "Acme Corp", "2021-06", "None"),
        ("Data Analyst", "Globex", "2019-06", "2021-05"),
    ]
    # a title's own comma stays where the employer is named on the line below
    kept = _read(
        [
            ("Experience", "", ""),
            ("June 2021 – Present", "", ""),
            ("Staff Engineer, Payments", "", ""),
            ("Acme Corp", "", ""),
            ("● Built the billing service", "", ""),
        ]
    )
    assert [(title, company) for title, company, _, _ in kept] == [
        ("Staff Engineer, Payments", "Acme Corp")
    ]
