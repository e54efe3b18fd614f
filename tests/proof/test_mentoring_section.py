"""A section of the people the author mentored ("Mentoring Experience", "Students Supervised")
lists their names with their own titles and dates; none of them is a job of the author's.
Written after a tuning résumé (2026-12-06e); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.sections import section_of

JOB = [
    ("EXPERIENCE", ""),
    ("Harbourview Sleep Lab, Halifax", "2021 – Present"),
    ("Research Scientist", ""),
    ("Built the lab's EEG preprocessing pipeline in Python.", ""),
]


def _read(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    lines = [Line(i, text, "page 1", dates) for i, (text, dates) in enumerate(rows, 1)]
    return [(p.title, p.company) for p in parse_resume(lines, "cv.pdf").positions]


def test_mentoring_headings_open_a_section_of_no_jobs() -> None:
    for heading in (
        "MENTORING EXPERIENCE",
        "Mentoring",
        "Student Mentoring Experience",
        "Mentoring & student supervision",
        "Students Supervised",
    ):
        assert section_of(heading) == "other", heading
    # teaching beside it: the author's own assistantships, jobs
    assert section_of("TEACHING & MENTORING EXPERIENCE") == "experience"
    assert section_of("Teaching Experience") == "experience"


def test_the_students_mentored_are_no_positions() -> None:
    rows = [
        *JOB,
        ("MENTORING EXPERIENCE", ""),
        ("Undergraduate Students:", ""),
        ("Priya Nair, Summer Research Intern, Dalhousie University", "Summer 2024"),
        ("Graduate Students:", ""),
        ("Tomas Berg, Research Assistant & Lab Manager, Dalhousie University", "2023-Present"),
    ]
    assert _read(rows) == [("Research Scientist", "Harbourview Sleep Lab")]
