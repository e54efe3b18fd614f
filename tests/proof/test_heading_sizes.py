"""A heading in capitals whose words are not all heading words ("INDEPENDENT DEVELOPMENT,
CONSULTING, & RESEARCH") opens a section where the résumé sets it in the size of its other
headings; in another size, or naming a role, it stays an entry's line. Written after a Word
résumé of the tuning part (2026-12-05zn); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.sections import shouted_heading


def _rows(heading_size: float) -> list[Line]:
    rows = [
        ("EXPERIENCE", 14.0),
        ("June 2017 – October 2019", 11.0),
        ("Bitlathe – Web Developer", 11.0),
        ("• Maintained client sites.", 10.0),
        ("INDEPENDENT DEVELOPMENT, CONSULTING, & RESEARCH", heading_size),
        ("October 2020 – January 2022", 11.0),
        ("The Undead Institute – Software Development Consultant", 11.0),
        ("• Reviewed the code examples of a book series.", 10.0),
    ]
    return [Line(i, text, "page 1", size=size) for i, (text, size) in enumerate(rows, 1)]


def _read(lines: list[Line]) -> list[tuple[str, str]]:
    return [(p.title, p.company) for p in parse_resume(lines, "cv.pdf").positions]


def test_a_capitals_line_in_the_headings_size_opens_a_section() -> None:
    assert _read(_rows(14.0)) == [
        ("Web Developer", "Bitlathe"),
        ("Software Development Consultant", "The Undead Institute"),
    ]


def test_in_another_size_it_is_no_heading() -> None:
    # the entries open with their dates: in the body's size the line is one of the first job's
    # (it was read as a job "INDEPENDENT DEVELOPMENT" at "CONSULTING" before 2026-12-06)
    positions = parse_resume(_rows(11.0), "cv.pdf").positions
    shouted = "INDEPENDENT DEVELOPMENT, CONSULTING, & RESEARCH"
    assert shouted in [b.text for b in positions[0].bullets]
    assert not any("INDEPENDENT" in p.title or "CONSULTING" in p.company for p in positions)


def test_the_words_of_a_shouted_heading() -> None:
    assert shouted_heading("INDEPENDENT DEVELOPMENT, CONSULTING, & RESEARCH") == "experience"
    assert shouted_heading("AWARDS & GRANTS WON") is None  # no end to the jobs on a guess
    assert shouted_heading("SENIOR ENGINEER, RESEARCH") is None
    assert shouted_heading("ACME CORPORATION") is None
    assert shouted_heading("MICROSOFT RESEARCH") is None  # no list of parts: a name
    assert shouted_heading("Selected Research") is None
