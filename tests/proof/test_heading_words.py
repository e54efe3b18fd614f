"""Heading text that looks like something else: a company ending "Inc.", a length in a phrase."""

from __future__ import annotations

from levelset.proof.dates import strip_durations
from levelset.proof.importers.text import Line, parse_resume


def test_a_company_ending_with_inc_dot_is_a_heading_not_a_sentence() -> None:
    text = (
        "Experience\nEmployer 3, Inc.\nTitle 3 | Jan 2020 - Present\nReally cool work at Job 3.\n"
    )
    lines = [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    (position,) = parse_resume(lines, "cv.pdf").positions
    assert (position.title, position.company) == ("Title 3", "Employer 3, Inc.")


def test_a_length_inside_a_phrase_is_part_of_the_title() -> None:
    title = (
        "Digital Design Engineer (Promoted from Grade 3 to Grade 5 in 18 months, 6 months early)"
    )
    assert strip_durations(title) == title
    assert strip_durations("June 2015 - Present (1 year 9 months)") == "June 2015 - Present"
    assert strip_durations("May 2022 – Aug 2022 4 months") == "May 2022 – Aug 2022"
