"""A title, then its employer's name of three words or more, then the dates ("Painter  Angel
Custom Painting  July – September 2018") keeps the name as the employer; a town known by its
name, or ending in its state, beside a company is still the place. Written after a tuning
résumé (2026-12-06d); the names are made up."""

from __future__ import annotations

from levelset.proof.lines import resume_lines
from levelset.proof.page import Segment, VisualLine


def _line(*texts: str) -> VisualLine:
    segments = tuple(Segment(40.0 + 200 * i, 150.0 + 200 * i, t, 10.0) for i, t in enumerate(texts))
    return VisualLine(100.0, 10.0, segments)


def test_a_business_name_beside_a_title_is_no_place() -> None:
    (line,) = resume_lines(
        [_line("Painter", "Harbour Custom Painting", "July – September 2018")], "page 1"
    )
    assert (line.text, line.place) == ("Painter  Harbour Custom Painting", "")


def test_a_town_beside_a_company_is_still_its_place() -> None:
    (line,) = resume_lines([_line("Databright", "Salt Lake City", "2019 – 2021")], "page 1")
    assert (line.text, line.place) == ("Databright", "Salt Lake City")
    (line,) = resume_lines([_line("Databright", "Palo Alto CA", "2019 – 2021")], "page 1")
    assert line.place == "Palo Alto CA"
