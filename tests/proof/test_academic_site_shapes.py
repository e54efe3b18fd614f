"""Shapes seen in the tuning half of batch 2026-12-07x of the résumé corpus (office CVs kept on
academic starter sites), written here with made-up names: the title in brackets after the
employer and its place, a business school's "dates  FIRM, City, Country" over a line that
describes the firm and then the role, a firm whose name ends in "Partners", a LinkedIn-style
length with a plus, an "Internship" heading, employer lines set deeper than the dated titles
round them, and "Summers 2017 and 2018"."""

from __future__ import annotations

from levelset.proof.dates import find_date, strip_durations
from levelset.proof.importers.text import parse_resume
from levelset.proof.layout import Segment, VisualLine
from levelset.proof.lines import Line, resume_lines
from levelset.proof.sections import section_of
from levelset.proof.title_company import split_title_company


def _read(lines: list[Line]) -> list[tuple[str, str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now", p.location)
        for p in parse_resume(lines, "cv.pdf").positions
    ]


def _lines(rows: list[tuple[str, str, bool, float]]) -> list[Line]:
    """(text, dates, bold, left edge) rows at one size."""
    return [
        Line(i, text, "page 1", dates, "", 11.0, bold, x0)
        for i, (text, dates, bold, x0) in enumerate(rows, 1)
    ]


def test_the_title_in_brackets_after_the_employer_and_its_place() -> None:
    # the dates were read off the line: the bracket is left open, or closed after a comma
    assert split_title_company("Northwind Labs, Springfield, IL (Senior Data Scientist,   )") == (
        "Senior Data Scientist",
        "Northwind Labs",
    )
    assert split_title_company(
        "Quayside Research, Tarrytown, NY (Research Scientist – Imaging"
    ) == (
        "Research Scientist – Imaging",
        "Quayside Research",
    )
    # a bracket that names no role stays part of the name
    assert split_title_company("Harbour Bank, Leeds, UK (Remote)")[0] != "Remote"


def test_a_firm_right_of_its_years_is_the_line_not_its_place() -> None:
    def visual(top: float, *segments: tuple[float, str]) -> VisualLine:
        parts = tuple(Segment(x, x + 6.0 * len(t), t, 10.0, False) for x, t in segments)
        return VisualLine(top, 10.0, parts)

    lines = resume_lines(
        [
            visual(
                100, (34, "2019 - 2020"), (106, "NORTHWIND CAPITAL PARTNERS, Konigstein, Germany")
            ),
            visual(114, (34, "2016 - 2018"), (106, "Berlin, Germany")),
        ],
        "page 1",
    )
    assert [(line.text, line.dates, line.place) for line in lines] == [
        ("NORTHWIND CAPITAL PARTNERS, Konigstein, Germany", "2019 - 2020", ""),
        ("2016 - 2018", "", "Berlin, Germany"),  # a place alone is still the place
    ]


def test_a_line_describing_the_firm_before_the_role_held_there() -> None:
    rows = [
        ("BUSINESS EXPERIENCE", "", True, 34.0),
        ("NORTHWIND CAPITAL PARTNERS, Konigstein, Germany", "2019 - 2020", True, 34.0),
        ("Private Equity Fund", "", True, 106.0),
        ("Intern, Investment Team (6 months)", "", True, 106.0),
        ("• Ran market research for a buy-out of a pharmacy chain", "", False, 106.0),
        ("QUAYSIDE CHEMICALS AG, Osaka, Japan", "2018", True, 34.0),
        ("Producer of speciality chemicals", "", True, 106.0),
        ("Intern, Marketing Department (2 months)", "", True, 106.0),
        ("• Analysed the strategy of key customers", "", False, 106.0),
    ]
    assert _read(_lines(rows)) == [
        (
            "Intern, Investment Team (6 months)",
            "NORTHWIND CAPITAL PARTNERS",
            "2019-01",
            "2020-01",
            "Konigstein, Germany",
        ),
        (
            "Intern, Marketing Department (2 months)",
            "QUAYSIDE CHEMICALS AG",
            "2018-01",
            "2018-01",
            "Osaka, Japan",
        ),
    ]


def test_a_length_with_a_plus_leaves_no_mark_behind() -> None:
    assert strip_durations("Aug 2020 - Present (9 months +)") == "Aug 2020 - Present"
    assert strip_durations("Aug 2020 - Present (9 months)") == "Aug 2020 - Present"


def test_an_internship_heading_opens_the_jobs() -> None:
    assert section_of("Internship") == "experience"
    assert section_of("Business Experience") == "experience"
    assert section_of("Business") is None
    rows = [
        ("Patents", "", True, 54.0),
        ("Lee, Q. A remote teaching system. Patent CN000000000A", "", False, 70.0),
        ("Internship", "", True, 54.0),
        ("Signal Processing Engineer, Northwind Silicon, China", "2019.06 - 2019.09", False, 70.0),
        ("• Simulated the DFT-spread OFDM chain of a V2X baseband chip", "", False, 70.0),
        ("Awards & Achievements", "", True, 54.0),
    ]
    assert _read(_lines(rows)) == [
        ("Signal Processing Engineer", "Northwind Silicon", "2019-06", "2019-09", "China")
    ]


def test_employer_lines_set_deeper_than_the_dated_titles_belong_to_the_title_above() -> None:
    rows = [
        ("Employment History:", "", True, 72.0),
        ("Lead Researcher & Editor  Oral History Project 2019", "Feb 2019 – Aug 2020", True, 72.0),
        ("University of Lakeside, Orlando, FL", "", False, 108.0),
        ("Intelligence Chief", "2012 - 2013", True, 72.0),
        ("U.S. Coast Guard, Beaufort, SC", "", False, 108.0),
        ("Senior Analyst", "2008 - 2011", True, 72.0),
        ("U.S. Coast Guard, Miami, FL", "", False, 108.0),
    ]
    assert _read(_lines(rows)) == [
        (
            "Lead Researcher & Editor  Oral History Project 2019",
            "University of Lakeside",
            "2019-02",
            "2020-08",
            "Orlando, FL",
        ),
        ("Intelligence Chief", "U.S. Coast Guard", "2012-01", "2013-01", "Beaufort, SC"),
        ("Senior Analyst", "U.S. Coast Guard", "2008-01", "2011-01", "Miami, FL"),
    ]


def test_summers_of_two_years_are_one_range() -> None:
    found = find_date("Intern at the Department of Ports  Summers 2017 and 2018")
    assert found is not None
    span, match = found
    assert span.start is not None and span.end is not None
    assert (span.start.year, span.end.year) == (2017, 2018)
    assert match.group().startswith("Summers")
