"""A title with its speciality after a spaced dash, over the employer's line ("Solution
Architect – AI and Automation" / "Wipro"): the title is kept whole. Written after a Word résumé
of the tuning part (2026-12-05zl); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def _read(*rows: tuple[str, str]) -> list[tuple[str, str, str]]:
    lines = [Line(i, text, "page 1", dates) for i, (text, dates) in enumerate(rows, 1)]
    return [(p.title, p.company, p.location) for p in parse_resume(lines, "cv.pdf").positions]


def test_the_speciality_after_a_dash_stays_in_the_title() -> None:
    assert _read(
        ("EXPERIENCE", ""),
        ("Solution Architect – AI and Automation", ""),
        ("Infosys", ""),
        ("08/2025 – Ongoing   Redmond, WA", ""),
        ("Designed the automation of the helpdesk's triage.", ""),
    ) == [("Solution Architect – AI and Automation", "Infosys", "Redmond, WA")]


def test_a_place_under_the_dashed_line_is_no_employer_to_join_the_title_to() -> None:
    found = _read(
        ("EXPERIENCE", ""),
        ("Software Engineer – Shopify", ""),
        ("Mountain View", ""),
        ("2019 – 2021", ""),
        ("Built the checkout's tax service.", ""),
    )
    assert [title for title, _, _ in found] == ["Software Engineer"]


def test_the_terms_after_a_dash_are_no_speciality() -> None:
    found = _read(
        ("EXPERIENCE", ""),
        ("Data Engineer – Contract", ""),
        ("Infosys", ""),
        ("2019 – 2021", ""),
        ("Built the claims warehouse.", ""),
    )
    assert [(title, company) for title, company, _ in found] == [("Data Engineer", "Infosys")]
