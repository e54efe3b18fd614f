"""Entries that open with their dates, then the title, then the employer in one capitalised
word ("2015- 2024" / "Content Reviewer" / "Appen", Canva): the word is the employer, not a
place, and the company of the entry above is not carried down. Written after a Canva résumé of
the tuning part (2026-12-05r); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

ROWS = [
    "Experience",
    "September 2023- December 2023",
    "Android developer (Internship)",
    "Kobo Digital Center",
    "Built apps with Jetpack Compose and coroutines for the payments team.",
    "2015- 2022",
    "Content Reviewer",
    "Quillo",
    "Rated search results and social media posts against written guidelines.",
]


def test_a_single_capitalised_word_under_the_title_is_the_employer() -> None:
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(ROWS, 1)], "cv.pdf")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("Android developer (Internship)", "Kobo Digital Center", ""),
        ("Content Reviewer", "Quillo", ""),
    ]


def test_a_long_employer_and_title_line_under_the_dates_names_the_entry() -> None:
    """ "HDH Associates, P.C. – Marketing Director & Web Developer": nine words, longer than a
    label, but one spaced dash between an employer and a title (Word résumé, 2026-12-05zn)."""
    rows = [
        "Experience",
        "May 2012 – March 2017",
        "Fenwick Partners, P.C. – Marketing Director & Web Developer",
        "• Rebuilt three corporate websites.",
    ]
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Marketing Director & Web Developer", "Fenwick Partners, P.C.")
    ]
