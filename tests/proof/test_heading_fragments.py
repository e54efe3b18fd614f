"""Lines that take the place of a job's heading without being one make no position.

A label closing on a colon ("Key Skills gained:" under a course's dates), the tail of a line
a word processor wrapped ("in Electrical Engineering"), and an entry with two doubts at once
(one date, and a title and employer no role word tells apart) stay text, not invented jobs.
Each résumé is made here; the job above each entry is read as before.
"""

from __future__ import annotations

from levelset.proof.importers.entry_fragments import fragment_heading
from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.model import Origin, Position

JOB = """Maya Lind
Experience
Research Scientist, Northfield Imaging Lab    2019 – 2023
• Led the imaging study of 400 patients.
"""
SKILLS = """Skills
Python
"""
KEPT = [("Research Scientist", "Northfield Imaging Lab")]


def _names(text: str) -> list[tuple[str, str]]:
    lines = [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    return [(p.title, p.company) for p in parse_resume(lines, "cv.pdf").positions]


def test_a_label_with_a_colon_under_dates_is_no_title() -> None:
    entry = """Northfield University (BSc. Computer Science). (September 2018 to date)
Key Skills gained:
✔ Web development in Python and SQL.
"""
    assert _names(JOB + entry + SKILLS) == KEPT


def test_the_tail_of_a_wrapped_line_is_no_title() -> None:
    entry = """in Electrical Engineering, Northfield University    2012
• Thesis on sensor arrays.
"""
    assert _names(JOB + entry + SKILLS) == KEPT


def test_one_date_and_no_role_word_on_either_side_is_no_position() -> None:
    entry = """UCL, Business Analytics    2017
• Dissertation on supply chains.
"""
    assert _names(JOB + entry + SKILLS) == KEPT


def test_a_course_project_dated_once_is_no_position() -> None:
    entry = """Python    BitTorrent Client Coursework Project    December 2021
• Wrote a client in Python.
"""
    assert _names(JOB + entry + SKILLS) == KEPT


def test_a_dated_range_with_a_role_stays_a_position() -> None:
    entry = """Data Analyst, Fennel & Co    2015 – 2018
• Built the weekly sales report.
"""
    assert _names(JOB + entry + SKILLS) == [*KEPT, ("Data Analyst", "Fennel & Co")]


def _position(title: str) -> Position:
    return Position(title, "Northfield Lab", Origin("cv.pdf", 1, ""))


def test_names_that_open_in_lower_case_are_titles() -> None:
    assert not fragment_heading(_position("iOS Developer"))
    assert not fragment_heading(_position("eBay Analyst"))
    assert not fragment_heading(_position("supply line manager"))
    assert fragment_heading(_position("and April 2012 Semester"))
    assert fragment_heading(_position("Master Students:"))
