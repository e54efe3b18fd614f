"""Entries under a heading that names employment alone (batch 2026-12-07b's tuning half), on
made-up lines: "Employer. (Summer 2024)" over a paragraph, with no title line, is a post; the
same shape under another heading (an award, a talk) stays text."""

from __future__ import annotations

import pytest

from levelset.proof.importers import text
from levelset.proof.importers.entry_lines import name_then_bracket
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.sections import employment_heading


def _line(number: int, words: str, x0: float = 181.0, size: float = 10.0) -> Line:
    return Line(number, words, "page 1", dates="", size=size, bold=False, x0=x0)


def _cv(heading: str) -> list[Line]:
    return [
        _line(1, "Mira Kestel", x0=77, size=16),
        _line(2, "Education", x0=77, size=14),
        _line(3, "University of Tallin – Tartu"),
        _line(4, "PhD, Physics (Sept 2023 – Present)."),
        _line(5, heading, x0=77, size=14),
        _line(6, "Halden Aerospace. (Summer 2024)"),
        _line(7, "I worked on the thermal team as a research intern building a plate solver."),
        _line(8, "Corvell Mills (Summer 2022)"),
        _line(9, "I implemented software for the cutting line and trained the crew on it."),
        _line(10, "Service", x0=77, size=14),
        _line(11, "Science Fair Volunteer (2026)."),
    ]


def _read(lines: list[Line]) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company.rstrip("."), f"{p.start:%Y-%m}", f"{p.end:%Y-%m}")
        for p in parse_resume(lines, "cv.pdf").positions
    ]


def test_a_name_with_one_date_in_brackets_under_employment_is_a_post() -> None:
    assert _read(_cv("Employment")) == [
        ("", "Halden Aerospace", "2024-06", "2024-06"),
        ("", "Corvell Mills", "2022-06", "2022-06"),
    ]


def test_without_the_rule_those_posts_are_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "employment_heading", lambda words: False)
    assert _read(_cv("Employment")) == []


@pytest.mark.parametrize("heading", ["Awards and Fellowships", "Talks", "Experience"])
def test_the_same_shape_under_another_heading_is_no_post(heading: str) -> None:
    assert _read(_cv(heading)) == []


def test_a_heading_of_employment_alone() -> None:
    assert employment_heading("Employment")
    assert employment_heading("EMPLOYMENT HISTORY")
    assert not employment_heading("Employment and Education")
    assert not employment_heading("Research Experience")


def test_a_name_then_its_date_in_brackets() -> None:
    span, name = name_then_bracket(
        _line(1, "NASA/Caltech Jet Propulsion Laboratory. (Summer 2023)")
    )
    assert (name, f"{span.start:%Y-%m}") == ("NASA/Caltech Jet Propulsion Laboratory.", "2023-06")
    assert name_then_bracket(_line(2, "I worked there for a while (Summer 2023)")) is None
    assert name_then_bracket(_line(3, "Halden Aerospace (Summer 2023), then Corvell")) is None
    assert name_then_bracket(_line(4, "Research with Dr. Lee, (2021)")) is None
