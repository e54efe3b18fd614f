"""Lines a PDF wrapped: a heading in two lines, a paragraph whose last word looks like a heading.

Both come from LinkedIn's profile PDFs (the corpus's tuning files), written here as text.
"""

from __future__ import annotations

import datetime as dt

from levelset.proof.importers.text import Line, parse_resume

PROFILE = """Jo Example
Experience
Control Systems Engineer at Facebook
June 2015 - September 2015 (4 months)
Made extensive use of cloud computing to run analyses on large data sets about topics
I knew little of, and kept the results for the team's
interests
Mechanical Engineering Intern, Integrated Sensor Design and Development Group at The Aerospace
Corporation
June 2014 - September 2014 (4 months)
Performed analyses for airborne remote sensing instruments in MATLAB.
Tutor at Kumon
February 2000 - August 2003 (3 years 7 months)
Education
State University
"""


def _positions() -> list[tuple[str, str, dt.date | None]]:
    lines = [Line(i, text) for i, text in enumerate(PROFILE.splitlines(), start=1)]
    document = parse_resume(lines, "profile.pdf")
    return [(p.title, p.company, p.start) for p in document.positions]


def test_a_heading_wrapped_in_two_lines_is_one_heading() -> None:
    assert (
        "Mechanical Engineering Intern, Integrated Sensor Design and Development Group",
        "The Aerospace Corporation",
        dt.date(2014, 6, 1),
    ) in _positions()


def test_a_wrapped_word_under_a_paragraph_opens_no_section() -> None:
    found = _positions()
    assert ("Tutor", "Kumon", dt.date(2000, 2, 1)) in found
    assert len(found) == 3


def test_a_dash_without_a_space_still_marks_a_bullet() -> None:
    text = (
        "Experience\nAdjunct Lecturer at University of Maryland\n"
        "September 2011 - December 2015 (4 years 4 months)\nI taught:\n"
        "-Existentialism (Fall, 2011)\n-Contemporary Ethics (Fall, 2014)\n"
    )
    lines = [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    (position,) = parse_resume(lines, "profile.pdf").positions
    assert (position.title, position.company) == ("Adjunct Lecturer", "University of Maryland")
    assert [b.text for b in position.bullets][-1] == "Contemporary Ethics (Fall, 2014)"
