"""A title that names a degree with the role held while reading for it ("PhD Student",
"MBA Intern") is a post dated like a job under the jobs' heading, not a degree set out like
one. Written after a tuning résumé (2026-12-06e); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def _read(first: tuple[str, str]) -> list[tuple[str, str]]:
    rows = [
        ("RESEARCH EXPERIENCE", ""),
        first,
        ("● Studying dialogue models under the supervision of Dr. Osei", ""),
        ("Lakeshore Robotics - Research Intern", "Summer 2017"),
        ("● Built a grasp planner in C++", ""),
    ]
    lines = [Line(i, text, "page 1", dates) for i, (text, dates) in enumerate(rows, 1)]
    return [(p.title, p.company) for p in parse_resume(lines, "cv.pdf").positions]


def test_phd_student_is_a_position() -> None:
    assert _read(("Carrow University - PhD Student", "Fall 2020-Present")) == [
        ("PhD Student", "Carrow University"),
        ("Research Intern", "Lakeshore Robotics"),
    ]
    assert _read(("Kestrel Capital - MBA Intern", "Summer 2019"))[0] == (
        "MBA Intern",
        "Kestrel Capital",
    )
