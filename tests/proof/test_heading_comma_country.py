"""A heading whose employer ends in a comma, its dates set apart beside it, goes on to its
country on the line below ("NOVA REAL ESTATE," / "TURKEY"): the country is the entry's place,
not the next entry's title. The shape comes from the tuning half of the résumé corpus's batch
2026-12-08h (a Canva résumé in capitals, title over employer, the years at the right).
"""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

ENTRIES = [
    ("WORK EXPERIENCE", ""),
    ("FULL STACK DEVELOPER", ""),
    ("NOVA REAL ESTATE,", "2022"),
    ("TURKEY", ""),
    ("PEDAGOGUE", ""),
    ("HARBOUR HOTEL", "2021 - 2022"),
    ("EDUCATION", ""),
]


def _read() -> list[tuple[str, str, str]]:
    lines = [Line(i, text, "page 1", dates) for i, (text, dates) in enumerate(ENTRIES, 1)]
    return [(p.title, p.company, p.location) for p in parse_resume(lines, "cv.pdf").positions]


def test_the_country_under_a_comma_is_the_place_not_the_next_title() -> None:
    assert _read() == [
        ("FULL STACK DEVELOPER", "NOVA REAL ESTATE", "TURKEY"),
        ("PEDAGOGUE", "HARBOUR HOTEL", ""),
    ]


def test_a_country_under_a_heading_without_a_comma_is_read_as_before() -> None:
    lines = [Line(i, t, "page 1", d) for i, (t, d) in enumerate(ENTRIES, 1)]
    lines[2] = Line(3, "NOVA REAL ESTATE", "page 1", "2022")
    titles = [p.title for p in parse_resume(lines, "cv.pdf").positions]
    assert "FULL STACK DEVELOPER" in titles
