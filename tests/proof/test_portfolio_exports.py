"""Forms of real office exports of the tuning part (batch 2026-12-05zr: Google Docs and Word
résumés from portfolio templates), on made-up lines: "Employer/ Title", a start written "From
2014" with words after it, "Remote/<state>" as a place, a line of links over a heading in
capitals, and a study's years ("between 1990 and 2005") that date no job."""

from __future__ import annotations

from levelset.proof.dates import find_span
from levelset.proof.importers.entry_lines import join_wrapped_headings
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line, is_bullet
from levelset.proof.locations import is_location
from levelset.proof.sections import section_of
from levelset.proof.title_company import split_title_company


def _read(rows: list[tuple[str, str]]) -> list[tuple[str, str, str, str, bool]]:
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(rows, 1)], "cv.pdf")
    return [
        (p.title, p.company, str(p.start)[:7], str(p.end)[:7], p.current) for p in doc.positions
    ]


def test_an_employer_glued_to_a_slash_before_the_title() -> None:
    assert split_title_company("Brightline/ Data Engineer") == ("Data Engineer", "Brightline")
    assert split_title_company("Kessler Mills spa/ Office Assistant") == (
        "Office Assistant",
        "Kessler Mills spa",
    )
    # two titles before the slash: no employer read there
    assert split_title_company("Frontend/ Backend Developer")[1] == ""
    # spaced on both sides, the slash still joins two titles
    assert split_title_company("Staff Engineer / Tech Lead - Norrsken") == (
        "Staff Engineer / Tech Lead",
        "Norrsken",
    )


def test_remote_with_a_state_or_city_is_a_place() -> None:
    assert is_location("Remote/North Carolina")
    assert is_location("Lisbon, Portugal / Remote")
    assert not is_location("Remote/Payments")
    assert split_title_company("Harbor Depot, Remote/Ohio — Support Specialist") == (
        "Support Specialist",
        "Harbor Depot",
    )


def test_from_a_year_opens_a_current_range_at_a_line_head_only() -> None:
    span = find_span("From 2011 leading the analytics group")
    assert span is not None and span[0].start.year == 2011 and span[0].current
    ranged = find_span("From 2011 to 2013")
    assert ranged is not None and ranged[0].end is not None and ranged[0].end.year == 2013
    assert find_span("Cut the cost of storage from 2019 levels") is None
    assert find_span("Survey data between 1990 and 2005") is None
    both = find_span("Summer 2016 and 2017")
    assert both is not None and both[0].end is not None


def test_a_title_over_from_a_year_and_a_phrase() -> None:
    got = _read(
        [
            ("Experience", ""),
            ("Fjordline/ Platform Engineer", ""),
            ("From 2016 based in the Oslo office", ""),
            ("- Built the deploy pipeline for forty services", ""),
            ("Ostwind/ Support Engineer 2012-2016", ""),
            ("- Answered the second line of tickets", ""),
        ]
    )
    assert got == [
        ("Platform Engineer", "Fjordline", "2016-01", "None", True),
        ("Support Engineer", "Ostwind", "2012-01", "2016-01", False),
    ]


def test_links_over_a_capital_heading_are_not_one_wrapped_heading() -> None:
    lines = [
        Line(1, "https://ines.dev | https://www.linkedin.com/in/ines/", "p1", "", "", 9.0),
        Line(2, "EDUCATION", "p1", "", "", 9.0),
        Line(3, "Coimbra Polytechnic, Coimbra, Portugal", "p1", "Sep 2018 – Jun 2022", "", 9.0),
    ]
    assert [ln.text for ln in join_wrapped_headings(lines)] == [ln.text for ln in lines]
    # a short heading that wraps in its own size is still one line
    wrapped = [
        Line(1, "Lead Engineer | Orbital", "p1", "", "", 11.0),
        Line(2, "Systems", "p1", "", "", 11.0),
        Line(3, "2019 – 2022", "p1", "", "", 9.0),
    ]
    assert join_wrapped_headings(wrapped)[0].text == "Lead Engineer | Orbital Systems"


def test_two_months_sharing_one_year() -> None:
    span = find_span("Platform Engineer, April - October 2023")
    assert span is not None
    assert (span[0].start.isoformat(), str(span[0].end)) == ("2023-04-01", "2023-10-01")
    wrapped = find_span("Nov. – Jan. 2020")  # the first month in the year before
    assert wrapped is not None and wrapped[0].start.isoformat() == "2019-11-01"


def test_a_year_written_before_its_month() -> None:
    span = find_span("Tidewater Labs | Remote  2019 Oct - 2021 Mar")
    assert span is not None
    assert (span[0].start.isoformat(), str(span[0].end)) == ("2019-10-01", "2021-03-01")
    assert find_span("In 2019 may have doubled") is None


def test_a_title_at_an_employer_and_a_place_after_two_slashes() -> None:
    assert split_title_company("Data Engineer @ Quillon // Nagpur, IN") == (
        "Data Engineer",
        "Quillon",
    )


def test_canva_marks_and_a_lone_l_for_the_bar() -> None:
    assert section_of("/ E X P E R I E N C E") == "experience"
    assert is_bullet("> Cut the backlog") and not is_bullet(">> Data Intern")
    rows = [
        ("/ W O R K  E X P E R I E N C E", ""),
        (">> Planning Analyst", ""),
        ("Verdane l Leeds  2018 Feb - 2020 Jun", ""),
        ("> Forecast the quarterly demand", ""),
        (">> Junior Analyst", ""),
        ("Holmfirth Partners l Remote  2016 Sep - 2018 Jan", ""),
        ("> Cleaned the sales ledger", ""),
        (">> Data Intern", ""),
        ("Ouseburn Trust l NE1  2016 Jun - 2016 Aug", ""),
    ]
    got = _read(rows)
    assert [row[:4] for row in got] == [
        ("Planning Analyst", "Verdane", "2018-02", "2020-06"),
        ("Junior Analyst", "Holmfirth Partners", "2016-09", "2018-01"),
        ("Data Intern", "Ouseburn Trust", "2016-06", "2016-08"),
    ]
    # the other entries show a place after the bar: "NE1", no known place, is this one's
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(rows, 1)], "cv.pdf")
    assert [p.location for p in doc.positions] == ["Leeds", "Remote", "NE1"]


def test_a_description_cut_after_and_goes_on_over_the_next_employer() -> None:
    got = _read(
        [
            ("WORK EXPERIENCE", ""),
            ("Kestrel Freight", ""),
            ("BACKEND ENGINEER | MAR 2020 - PRESENT", ""),
            ("Moved the invoicing jobs onto queues built with", ""),
            ("Amazon SQS", ""),
            ("Harlow Print", ""),
            ("IT ADMIN | JUN 2016 - FEB 2020", ""),
            ("Kept the office network running", ""),
            ("ACADEMIC HISTORY", ""),
            ("Lindqvist Institute of Technology", ""),
            ("BACHELOR OF SCIENCE | 2012 - 2016", ""),
        ]
    )
    assert [row[:4] for row in got] == [
        ("BACKEND ENGINEER", "Kestrel Freight", "2020-03", "None"),
        ("IT ADMIN", "Harlow Print", "2016-06", "2020-02"),
    ]
    assert section_of("Academic History") == "other"
