"""A title and its employer with nothing between them but a change of type ("Systems Developer
DIRAM | November 2024 - January 2025"): the title ends at its last role word where a name
follows, and the position says so. Written after a Word résumé of the tuning part
(2026-12-05zm); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.entry_glued import GLUED, title_then_employer
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def test_a_glued_heading_is_read_apart_and_flagged() -> None:
    rows = [
        "Experience",
        "Senior Full Stack Developer Grupo Norte - Motos de México | January 2025 - Present",
        "Built the dealers' warranty system.",
        "Jr. Software Engineer Lakeside Hub of Excellence and Innovation |",
        "February 2024 - August 2024",
        "Cut the app's start time by half.",
        "Systems Developer TELMEX | November 2023 - January 2024",
        "Automated the invoice workflow.",
    ]
    found = parse_resume([Line(i, t, "p1") for i, t in enumerate(rows, 1)], "cv.pdf").positions
    assert [(p.title, p.company) for p in found] == [
        ("Senior Full Stack Developer", "Grupo Norte - Motos de México"),
        ("Jr. Software Engineer", "Lakeside Hub of Excellence and Innovation"),
        ("Systems Developer", "TELMEX"),
    ]
    assert all(GLUED in p.guesses for p in found)


def test_what_follows_a_title_and_is_no_employer() -> None:
    assert title_then_employer("Software Engineer Intern Denso") == (
        "Software Engineer Intern",
        "Denso",
    )
    for text in (
        "Software Engineer II",  # a grade
        "Research Scientist NLP",  # a field
        "Product Manager Payments",  # a team
        "Software Engineer Berlin",  # a place
        "Web Developer Freelance",  # the terms of the work
        "Alpha Engineering Firm",  # a field's word ends no title
        "Software Engineer II – Video Stream Team",  # a grade, then a team
        "Werkstudent Data Science",  # a field after a role word that stands before another
        "Data Analyst, Operations",  # a comma sets the parts apart
        "Engineer at Acme",
    ):
        assert title_then_employer(text) == (text, ""), text
