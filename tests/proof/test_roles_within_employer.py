"""An employer line with its dates over two titles, each with the years it was held in
brackets ("Software Architect (2010 – 2014)"): one position at that employer, titled by the
first role, not two undated positions without a company. Written after a Google Docs résumé of
the tuning part (2026-12-05r); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

ROWS = [
    ("EXPERIENCE", ""),
    ("KOBO FREIGHT", "03/2016 to 07/2020"),
    ("Lead Engineer", ""),
    ("● Ran the routing team.", ""),
    ("PALM RETAIL GROUP", "07/2008 to 01/2014"),
    ("Software Architect (2011 – 2014)", ""),
    ("Senior Software Engineer (2008 - 2010)", ""),
    ("● Designed the stock service.", ""),
    ("ODU LABS", "01/2005 to 06/2008"),
    ("Developer (2009 - 2010)", ""),  # years outside the employer's: not a role within it
]


def test_roles_with_their_years_under_an_employer_are_one_position() -> None:
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(ROWS, 1)], "cv.pdf")
    got = [(p.title, p.company, str(p.start)[:7], str(p.end)[:7]) for p in doc.positions]
    assert got[:2] == [
        ("Lead Engineer", "KOBO FREIGHT", "2016-03", "2020-07"),
        ("Software Architect", "PALM RETAIL GROUP", "2008-07", "2014-01"),
    ]
    assert ("Developer", "", "2009-01", "2010-01") in got


def test_a_role_that_takes_the_employer_above_takes_its_place_too() -> None:
    """ "Safaricom PLC, Nairobi" over two dated titles: the second role is at Nairobi as well
    (made-here tuning file html-office/inner_dates; the lines are made up)."""
    rows = [
        ("WORK EXPERIENCE", ""),
        ("Kobo Freight, Mombasa", ""),
        ("Lead Data Scientist, Routing", "April 2021 – Present"),
        ("Rebuilt the route-cost model.", ""),
        ("Senior Data Scientist", "May 2018 – March 2021"),
        ("Built the churn models.", ""),
    ]
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("Lead Data Scientist, Routing", "Kobo Freight", "Mombasa"),
        ("Senior Data Scientist", "Kobo Freight", "Mombasa"),
    ]
