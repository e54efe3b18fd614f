"""Forms of real office exports of the tuning part (batch 2026-12-06a: Word, Google Docs and Canva
résumés from portfolio sites), on made-up lines: a bullet mark set a tab away from its text,
"Title   Employer, City, ST   dates" on one line, a vendor's certification dated like a job, an
employer heading over a sentence on what it does, a post held in several terms, "TITLE" over
"Employer - City Country", and a job's heading drawn again atop the next page."""

from __future__ import annotations

from levelset.proof.importers.entry_heads import before_dashed_place
from levelset.proof.importers.text import parse_resume
from levelset.proof.layout import read_pages
from levelset.proof.lines import Line
from levelset.proof.page import Box, Page

Row = tuple[str, str, str]  # text, dates set apart, place set apart


def _read(rows: list[Row]) -> list[tuple[str, str, str, str, bool]]:
    lines = [Line(i, t, "p1", d, p, 11.0) for i, (t, d, p) in enumerate(rows, 1)]
    doc = parse_resume(lines, "cv.pdf")
    return [
        (p.title, p.company, str(p.start)[:7], str(p.end)[:7], p.current) for p in doc.positions
    ]


def test_a_bullet_mark_a_tab_away_opens_its_text() -> None:
    rows = []
    for index, words in enumerate(["Cut build times by half", "Moved billing to Postgres"]):
        top = 100.0 + 16 * index
        rows.append(Box(54.0, top + 1.4, 58.6, top + 10.5, "•", 9.96))  # the mark, smaller
        rows.append(Box(72.0, top, 400.0, top + 11.0, words, 12.0))  # 13.4 pt to the right
    page = Page(612.0, 792.0, tuple(rows))
    texts = [line.text for line in read_pages([page])[0]]
    assert texts == ["• Cut build times by half", "• Moved billing to Postgres"]
    # two words far apart on one line stay two segments
    apart = Page(612.0, 792.0, (Box(54.0, 100, 90, 111, "Berlin", 12.0),) * 1)
    assert [line.text for line in read_pages([apart])[0]] == ["Berlin"]


def test_a_title_beside_its_employer_city_and_state() -> None:
    got = _read(
        [
            ("PROFESSIONAL EXPERIENCE:", "", ""),
            ("Data Engineer", "March 2021 – Present", "Halvard Freight, Tacoma, WA"),
            ("• Rebuilt the nightly load in dbt", "", ""),
            ("Support Analyst", "June 2018 – March 2021", "Pinecrest Bank, Boise, ID"),
            ("• Answered the second line of tickets", "", ""),
        ]
    )
    assert got == [
        ("Data Engineer", "Halvard Freight", "2021-03", "None", True),
        ("Support Analyst", "Pinecrest Bank", "2018-06", "2021-03", False),
    ]


def test_a_vendors_certification_is_no_job() -> None:
    got = _read(
        [
            ("EXPERIENCE", "", ""),
            ("Data Engineer", "March 2021 – Present", "Halvard Freight, Tacoma, WA"),
            ("• Rebuilt the nightly load in dbt", "", ""),
            ("CERTIFICATIONS:", "", ""),
            ("• Google Cloud Certified Engineer - Professional", "May 2023", ""),
            ("• Azure Certified Developer", "June 2022", ""),
        ]
    )
    assert [g[0] for g in got] == ["Data Engineer"]
    # a title that opens with the word is a job of its own
    nurse = _read(
        [("EXPERIENCE", "", ""), ("Certified Nursing Assistant, Mercy Hospital", "2015 – 2018", "")]
    )
    assert nurse == [("Certified Nursing Assistant", "Mercy Hospital", "2015-01", "2018-01", False)]


def test_an_employer_over_a_sentence_heads_its_roles() -> None:
    got = _read(
        [
            ("EXPERIENCE", "", ""),
            ("NORTHWIND CIVIC DATA SERVICES", "", "Madison, WI"),
            ("The unit builds and runs the county's permit and tax web apps.", "", ""),
            ("Software Engineer", "Jan. 2023 – Present", ""),
            ("● Led six migrations of the permit app", "", ""),
            ("Student Developer", "Aug. 2020 – Dec. 2022", ""),
            ("● Wrote the intake forms", "", ""),
        ]
    )
    assert got == [
        ("Software Engineer", "NORTHWIND CIVIC DATA SERVICES", "2023-01", "None", True),
        ("Student Developer", "NORTHWIND CIVIC DATA SERVICES", "2020-08", "2022-12", False),
    ]


def test_a_post_held_in_terms_spans_them_all() -> None:
    got = _read(
        [
            ("EXPERIENCE", "", ""),
            ("Co-op Engineer, Lumen Robotics", "Jan. 2020 – Apr. 2020, May 2020 – Aug. 2020", ""),
            ("• Tuned the arm controller", "", ""),
        ]
    )
    assert got == [("Co-op Engineer", "Lumen Robotics", "2020-01", "2020-08", False)]
    # months with no work between two ranges: the post held twice (test_stints_and_cited)
    twice = _read(
        [
            ("EXPERIENCE", "", ""),
            ("Co-op Engineer, Lumen Robotics", "Jan. 2020 – Apr. 2020, Sep. 2020 – Dec. 2020", ""),
            ("• Tuned the arm controller", "", ""),
        ]
    )
    assert [row[2:4] for row in twice] == [("2020-01", "2020-04"), ("2020-09", "2020-12")]
    # ranges out of order, or with words between them, keep the first range alone
    odd = _read(
        [
            ("EXPERIENCE", "", ""),
            ("Tutor, Lumen Robotics", "Sep. 2021 – Dec. 2021, Jan. 2020 – Apr. 2020", ""),
            ("• Taught the intro course", "", ""),
        ]
    )
    assert odd[0][2:4] == ("2021-09", "2021-12")


def test_a_capital_title_over_employer_dash_town() -> None:
    got = _read(
        [
            ("E X P E R I E N C E", "", ""),
            ("SENIOR DATA ENGINEER", "", ""),
            ("Quokka Labs - Melbourne Australia", "", ""),
            ("Mar 2022 - Present", "", ""),
            ("Shipped the streaming ingest for the claims team.", "", ""),
            ("DATA ANALYST", "", ""),
            ("Tallbird - Singapore", "", ""),
            ("2019-2022", "", ""),
        ]
    )
    assert [(g[0], g[1]) for g in got] == [
        ("SENIOR DATA ENGINEER", "Quokka Labs"),
        ("DATA ANALYST", "Tallbird"),
    ]
    assert before_dashed_place("Grupo Norte - Motos de México") == "Grupo Norte - Motos de México"
    assert before_dashed_place("Data Engineer - Berlin") == "Data Engineer - Berlin"


def test_a_heading_drawn_again_atop_the_next_page_is_one_job() -> None:
    got = _read(
        [
            ("EXPERIENCE", "", ""),
            ("LEAD ENGINEER", "", ""),
            ("Quokka Labs - Melbourne Australia", "", ""),
            ("Mar 2022 - Present", "", ""),
            ("Shipped the streaming ingest for the claims team.", "", ""),
            ("LEAD ENGINEER", "", ""),
            ("Quokka Labs - Melbourne Australia", "", ""),
            ("Mar 2022 - Present", "", ""),
            ("Cut the cold start of the widget by half.", "", ""),
        ]
    )
    assert got == [("LEAD ENGINEER", "Quokka Labs", "2022-03", "None", True)]


def test_a_role_with_bracketed_dates_set_as_a_list_item_heads_a_position() -> None:
    got = _read(
        [
            ("EXPERIENCE", "", ""),
            ("Harbor Mutual", "", ""),
            ("• Director, Data Platforms (Mar 2021 – Present)", "", ""),
            ("Runs the data platform group of forty engineers.", "", ""),
            ("• Principal Engineer (Jan 2018 – Mar 2021)", "", ""),
            ("• Cut the close of the books from ten days to four (2019)", "", ""),
        ]
    )
    assert got == [
        ("Director, Data Platforms", "Harbor Mutual", "2021-03", "None", True),
        ("Principal Engineer", "Harbor Mutual", "2018-01", "2021-03", False),
    ]
    honours = _read(
        [
            ("EXPERIENCE", "", ""),
            ("Lecturer, Brightwater College", "2019 – 2023", ""),
            ("Honors:", "", ""),
            ("• Presidential Teaching Fellow (2021–22)", "", ""),
        ]
    )
    assert [g[0] for g in honours] == ["Lecturer"]
