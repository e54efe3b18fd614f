"""Entries set out like jobs whose words say they are none make no position: a degree named
anywhere in the heading, and an office held in a club or committee.

Each résumé is made here; the job above each entry is read as before. The shapes come from
blind reads of older tuning batches (a degree in capitals over its university, a degree
after its field, a Chinese CV's degrees, a student's club offices).
"""

from __future__ import annotations

from levelset.proof.importers.entry_nonjobs import club_office, names_degree
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


def _position(title: str, company: str = "") -> Position:
    return Position(title, company, Origin("cv.pdf"))


def test_a_degree_in_capitals_over_its_university_is_no_job() -> None:
    entry = """BACHELOR OF ENGINEERING (SOFTWARE)(HONS)    2015 – 2021
Northfield University
• Thesis on sensor fusion.
"""
    assert _names(JOB + entry + SKILLS) == KEPT


def test_a_degree_after_its_field_is_no_job() -> None:
    entry = """Electrical Engineering Sc. B., Brown University    Aug 2018 – May 2022
• Senior design: a satellite's power board.
"""
    assert _names(JOB + entry + SKILLS) == KEPT


def test_degrees_named_anywhere() -> None:
    assert names_degree(_position("Expected Degree: Bachelor of Engineering"))
    assert names_degree(_position("UCL", "Natural Language Processing (MSc)"))
    assert names_degree(_position("山东大学经济研究院 经济学硕士"))
    assert names_degree(_position("Master’s in Data Science", "Northfield University"))


def test_posts_that_name_a_degree_are_kept() -> None:
    assert not names_degree(_position("Research Assistant (MSc)", "Northfield University"))
    assert not names_degree(_position("博士后研究员", "北京大学"))  # a postdoc is a post
    assert not names_degree(_position("Masters Swim Coach", "Northfield Aquatics"))


def test_a_club_office_is_no_job() -> None:
    entry = """President, International Club    Sep 2011 – Dec 2011
• Ran the welcome week for 200 students.
"""
    assert _names(JOB + entry + SKILLS) == KEPT


def test_offices_outside_clubs_are_kept() -> None:
    assert club_office(_position("Member", "Research committee"))
    assert club_office(_position("Vice President", "UVic OSA Student Chapter"))
    # members of a professional chapter or a paid team, and titles beyond an office, are jobs
    assert not club_office(_position("Board Member", "Speakers Association - Pittsburgh Chapter"))
    assert not club_office(_position("Member", "Synack Red Team"))
    assert not club_office(_position("Member of Technical Staff", "Committee for Economic Study"))
    assert not club_office(_position("Lift Attendant (Part-Time)", "Chicopee Ski Club"))
