"""Forms of real office exports of the tuning part (batch 2026-12-05zr: Google Docs and Word
résumés from portfolio templates), on made-up lines: "Employer/ Title", a start written "From
2014" with words after it, "Remote/<state>" as a place, a line of links over a heading in
capitals, and a study's years ("between 1990 and 2005") that date no job."""

from __future__ import annotations

from levelset.proof.dates import find_span, is_location
from levelset.proof.headers import split_title_company
from levelset.proof.importers.entry_lines import join_wrapped_headings
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


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
