"""A student's sections after the jobs: "Leadership Experience" (club and council roles dated
like jobs) and "Data Science & ML Projects" (projects headed in the words of a field) hold no
positions. Written after two résumés of the tuning part (2026-12-05zm, 2026-12-05zn); the
lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.sections import field_projects

JOB = [
    ("EXPERIENCE", ""),
    ("Tidewater Robotics, Norfolk VA", "June 2025 – September 2025"),
    ("Firmware Intern", ""),
    ("Wrote the motor controller's test bench in Python.", ""),
]


def _read(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    lines = [Line(i, text, "page 1", dates) for i, (text, dates) in enumerate(rows, 1)]
    return [(p.title, p.company) for p in parse_resume(lines, "cv.pdf").positions]


def test_leadership_experience_after_the_jobs_holds_no_positions() -> None:
    rows = [
        *JOB,
        ("LEADERSHIP EXPERIENCE", ""),
        ("Robotics Society at Old Dominion", "June 2024 – Present"),
        ("Treasurer", ""),
        ("Kept the society's books for 120 members.", ""),
    ]
    assert _read(rows) == [("Firmware Intern", "Tidewater Robotics, Norfolk VA")]


def test_leadership_experience_alone_is_the_jobs() -> None:
    rows = [("LEADERSHIP EXPERIENCE", ""), *JOB[1:]]
    assert _read(rows) == [("Firmware Intern", "Tidewater Robotics, Norfolk VA")]


def test_projects_headed_by_their_field() -> None:
    assert field_projects("Data Science & ML Projects")
    assert field_projects("Machine Learning Projects:")
    assert not field_projects("Special Projects Manager")
    assert not field_projects("Director of Special Projects")
    assert not field_projects("Capital Projects")  # an office that runs projects
    rows = [
        *JOB,
        ("Data Science & ML Projects", ""),
        ("Tumour Classification from MRI Scans", "Nov 2025"),
        ("• Trained a CNN on 7,000 scans.", ""),
    ]
    sized = [
        Line(i, t, "page 1", d, size=12.0 if i in (1, 5) else 10.0)
        for i, (t, d) in enumerate(rows, 1)
    ]
    found = parse_resume(sized, "cv.pdf").positions
    assert [(p.title, p.company) for p in found] == [
        ("Firmware Intern", "Tidewater Robotics, Norfolk VA")
    ]


def test_a_team_named_for_its_projects_in_the_entrys_size_is_no_heading() -> None:
    rows = [
        ("EXPERIENCE", 12.0),
        ("Harbour Freight, Leith NC   2019 – 2021", 10.0),
        ("Analyst", 10.0),
        ("Strategic Projects", 10.0),
        ("• Priced the new barge routes.", 10.0),
        ("Quay Systems, Dover MA   2016 – 2019", 10.0),
        ("Analyst", 10.0),
        ("• Kept the hosting costs.", 10.0),
    ]
    lines = [Line(i, t, "page 1", size=size) for i, (t, size) in enumerate(rows, 1)]
    found = parse_resume(lines, "cv.pdf").positions
    assert [p.company for p in found] == ["Harbour Freight, Leith NC", "Quay Systems, Dover MA"]
