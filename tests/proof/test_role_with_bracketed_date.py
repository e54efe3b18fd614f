"""A Word CV's teaching posts written "Teaching assistant (Fall 2009)" over "o" sub-bullets (made
up): a short title naming a role with its one date alone in round brackets opens a position."""

from __future__ import annotations

from levelset.proof.importers.entry_lines import span_of
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

ROWS = [
    "Teaching Experience:",
    "Graduate Student Instructor (Spring 2012, Spring 2013)",
    "o Class: INFO-100, Aspects of Information, a core course",
    "o Reference: Pat Smith, pat@example.edu",
    "Teaching assistant (Fall 2009)",
    "o Class: COMM-200, Data Analysis, a methods course",
    "o Reference: Sam Lee, sam@example.edu",
    "Teaching assistant (2008)",
    "o Class: COMM-100, Introduction to Communication",
    "Awards:",
    "Best paper award (2019)",
]


def test_a_role_with_its_date_in_round_brackets_is_dated() -> None:
    dated = span_of(Line(1, "Teaching assistant (Fall 2009)"))
    assert dated is not None and f"{dated[0].start:%Y-%m}" == "2009-09"
    assert span_of(Line(1, "Best paper award (2019)")) is None  # no role: an honour's year
    assert span_of(Line(1, "Worked closely with our research assistant (2019)")) is None  # too long


def test_each_bracketed_post_is_a_position() -> None:
    doc = parse_resume([Line(i, t, "page 1") for i, t in enumerate(ROWS, 1)], "cv.pdf")
    found = [(p.title, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}") for p in doc.positions]
    assert found == [
        ("Graduate Student Instructor", "2012-03", "2013-01"),
        ("Teaching assistant", "2009-09", "2009-09"),
        ("Teaching assistant", "2008-01", "2008-01"),
    ]
