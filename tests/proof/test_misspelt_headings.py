"""A section heading set in capitals with a typo ("CERTIFCATE/ EDUCATION") still closes the
experience section, so the dated certificate and degree below it are not taken for positions.
Written after an Apple Pages résumé of the tuning part (2026-12-05r); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.sections import section_of

ROWS = [
    ("EXPERINCE", ""),
    ("Data Engineer", "Mar 2019 – Present"),
    ("Kestrel Freight", ""),
    ("Built the routing warehouse.", ""),
    ("CERTIFCATE/ EDUCATION", ""),
    ("Google Cloud Professional Data Engineer", "Feb 2021"),
    ("Tallinn University of Technology (Computer Science – B.S)", "Jun 2018"),
]


def test_a_misspelt_capitals_heading_opens_its_section() -> None:
    lines = [Line(i, text, "p1", dates) for i, (text, dates) in enumerate(ROWS, 1)]
    doc = parse_resume(lines, "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [("Data Engineer", "Kestrel Freight")]


def test_only_capitals_and_near_misses_count() -> None:
    assert section_of("WORK EXPERIANCE") == "experience"
    assert section_of("EMPLOYMNET HISTORY") == "experience"
    assert section_of("CERTIFCATE/ EDUCATION") == "other"
    assert section_of("Certifcate/ Education") is None  # not set as a heading
    for line in ("RESEARCHER", "PATIENTS", "SERVICES", "ACTIVISION", "FORMANT"):
        assert section_of(line) is None, line  # a word form or another word, not a typo
