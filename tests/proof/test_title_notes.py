"""A title followed by a note that names no company: a team's size ("Senior Engineering
Manager | 12 engineers (Sweden/India)") or the employer's former name ("Developer – Formerly
Snow Software"), with the employer on the date line below. Written after a react-pdf résumé of
the tuning part (2026-12-05r); the roles below are made up."""

from __future__ import annotations

from levelset.proof.headers import is_note
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.title_company import split_title_company

ROWS = [
    "Experience",
    "Head of Platform | 9 engineers (Lisbon/Pune; WET/IST)",
    "Marlow Analytics, Lisbon / March 2024 - Current",
    "Run the platform group.",
    "Backend Developer (Go) – Formerly Tidewater Labs",
    "Marlow Analytics, Lisbon / May 2021 - February 2024",
    "Built the billing service.",
]


def test_a_headcount_or_an_old_name_after_the_title_is_no_company() -> None:
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(ROWS, 1)], "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Head of Platform", "Marlow Analytics"),
        ("Backend Developer (Go)", "Marlow Analytics"),
    ]


def test_what_counts_as_a_note() -> None:
    for note in ("12 engineers", "team of 8", "5 direct reports", "managing 30+ people"):
        assert is_note(note), note
    assert is_note("Formerly Snow Software")
    for company in ("37signals", "Team Rubicon", "Now TV", "3M", "Team Of Rivals Ltd"):
        assert not is_note(company), company
    assert split_title_company("Staff Engineer | 3Com") == ("Staff Engineer", "3Com")
