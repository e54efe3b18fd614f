""" "Achievements:" or "Key projects:" over bullets inside a job is a label of that job, not a
section that ends the experience. Written after a react-pdf résumé of the tuning part
(2026-12-05r); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

ROWS = [
    ("Experience", ""),
    ("Lead Data Engineer, Kobo Freight", "Mar 2021 – Present"),
    ("Runs the platform team.", ""),
    ("Achievements:", ""),
    ("• Moved nightly loads to streaming.", ""),
    ("Data Engineer, Palm Retail Group", "Jan 2017 – Feb 2021"),
    ("Key projects:", ""),
    ("• Rewrote the stock forecast pipeline.", ""),
    ("Data Analyst, Ijebu Insurance", "Jun 2014 – Dec 2016"),
    ("Projects", ""),
    ("Route planner, 2020", ""),
]


def test_a_label_with_a_colon_inside_a_job_keeps_the_experience_going() -> None:
    lines = [Line(i, text, "p1", dates) for i, (text, dates) in enumerate(ROWS, 1)]
    doc = parse_resume(lines, "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Lead Data Engineer", "Kobo Freight"),
        ("Data Engineer", "Palm Retail Group"),
        ("Data Analyst", "Ijebu Insurance"),
    ]
    assert doc.positions[0].bullets[-1].text == "Moved nightly loads to streaming."
