"""The pieces of layout-aware reading: dates in every common form, glyphs, headings, layout."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.proof.dates import find_date, is_date_text
from levelset.proof.glyphs import clean_glyphs, join_hyphenated
from levelset.proof.layout import Box, Page, read_pages
from levelset.proof.lines import resume_lines
from levelset.proof.locations import is_location
from levelset.proof.sections import section_of
from levelset.proof.title_company import split_title_company

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Sep. 2023 \u00ad Mar. 2024", D(2023, 9, 1), D(2024, 3, 1), False),
        ("09/2018 - 03/2020", D(2018, 9, 1), D(2020, 3, 1), False),
        ("2021 – Present", D(2021, 1, 1), None, True),
        ("2021 –", D(2021, 1, 1), None, True),
        ("since January 2016", D(2016, 1, 1), None, True),
        ("Summer 2012 and 2013", D(2012, 6, 1), D(2013, 1, 1), False),
        ("01 Oct 2022 - heute", D(2022, 10, 1), None, True),
        ("Date: July 2012 – Ongoing", D(2012, 7, 1), None, True),
        ("Mar. 2016 – Exp. Jun. 2017", D(2016, 3, 1), D(2017, 6, 1), False),
        ("Aug 2023 — May 2027", D(2023, 8, 1), D(2027, 5, 1), False),
        ("Summer 2022", D(2022, 6, 1), D(2022, 6, 1), False),
        ("2019 to now", D(2019, 1, 1), None, True),
        ("Sep 2019 – Till Now", D(2019, 9, 1), None, True),
        ("2019 - until now", D(2019, 1, 1), None, True),
    ],
)
def test_dates_in_every_common_form(text: str, start: object, end: object, current: bool) -> None:
    found = find_date(text)
    assert found is not None
    assert (found[0].start, found[0].end, found[0].current) == (start, end, current)


def test_what_stands_beside_an_entry() -> None:
    assert is_date_text("June 2015 - Present (1 year 9 months)")
    assert is_date_text("2 years 10 months")
    assert not is_date_text("Top 5% of 2500 applicants")
    assert is_location("San Francisco, CA") and is_location("Seoul, S.Korea")
    assert not is_location("Nexus AI, Co-Founder & CTO")


def test_glyphs_are_made_plain() -> None:
    assert clean_glyphs("ﬁreside \ue600 story") == "fireside story"
    assert clean_glyphs("open\u00adsource") == "open-source"
    assert clean_glyphs("2022 \u00ad") == "2022 –"
    assert join_hyphenated(clean_glyphs("Con\u00ad"), "sul, and AWS") == "Consul, and AWS"


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        ("Senior ML Engineer, Acme, Berlin", "Senior ML Engineer", "Acme"),
        ("Nexus AI, Co-Founder & CTO", "Co-Founder & CTO", "Nexus AI"),
        ("Data Engineer — Globex • Remote", "Data Engineer", "Globex"),
        (
            "Research Assistant at Radcliffe Institute at Harvard",
            "Research Assistant",
            "Radcliffe Institute at Harvard",
        ),
        ("FACEBOOK | SOFTWARE ENGINEER", "SOFTWARE ENGINEER", "FACEBOOK"),
    ],
)
def test_title_and_company_apart(text: str, title: str, company: str) -> None:
    assert split_title_company(text) == (title, company)


def test_headings_by_their_words_not_a_job_title() -> None:
    assert section_of("ON CAMPUS INVOLVEMENT") == "experience"
    assert section_of("Honors & Awards") == "other"
    assert section_of("Research Assistant") is None


def _box(x0: float, top: float, text: str, width: float = 0.0) -> Box:
    return Box(x0, top, x0 + (width or 5.0 * len(text)), top + 10, text)


def test_dates_beside_the_first_bullet_go_back_to_the_heading() -> None:
    boxes = (
        _box(50, 100, "Experience"),
        _box(50, 120, "Nexus AI, Co-Founder & CTO"),
        _box(480, 120, "San Francisco, CA"),
        _box(55, 134, "• Built the model serving platform"),
        _box(470, 134, "June 2023 – present"),
        _box(470, 148, "2 years 10 months"),
    )
    page = Page(612, 792, boxes)
    lines = resume_lines(read_pages([page])[0], "page 1")
    assert [(ln.text, ln.dates, ln.place) for ln in lines] == [
        ("Experience", "", ""),
        ("Nexus AI, Co-Founder & CTO", "June 2023 – present", "San Francisco, CA"),
        ("• Built the model serving platform", "", ""),
    ]


def test_running_footer_and_page_number_dropped() -> None:
    pages = [
        Page(
            612, 792, (_box(50, 300, f"Body text of page {n}"), _box(250, 770, f"Jane Doe – {n}/2"))
        )
        for n in (1, 2)
    ]
    assert [[ln.text for ln in page] for page in read_pages(pages)] == [
        ["Body text of page 1"],
        ["Body text of page 2"],
    ]


def test_a_name_repeated_atop_a_later_page_stays_on_the_first() -> None:
    pages = [
        Page(612, 792, (_box(50, 30, "Ross Kinsman"), _box(50, 300, "Experience"))),
        Page(612, 792, (_box(50, 30, "Ross Kinsman"), _box(50, 300, "Education"))),
    ]
    assert [[ln.text for ln in page] for page in read_pages(pages)] == [
        ["Ross Kinsman", "Experience"],
        ["Education"],
    ]


def test_a_date_line_that_also_names_the_city() -> None:
    from levelset.proof.importers.text import Line, parse_resume

    lines = [
        "Ana Ruiz",
        "Experience",
        "ACME LABS | SENIOR DATA SCIENTIST",
        "Jan 2021 - Present | Berlin, Germany",
        "- Cut churn by 4%.",
        "Globex • Remote",
        "ML Engineer",
        "Mar 2018 – Dec 2020",
    ]
    doc = parse_resume([Line(i, t) for i, t in enumerate(lines, 1)], "cv.md")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("SENIOR DATA SCIENTIST", "ACME LABS", "Berlin, Germany"),
        ("ML Engineer", "Globex", "Remote"),  # the place on the company line is kept
    ]
