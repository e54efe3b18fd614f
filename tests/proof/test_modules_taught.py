"""A numbered list of the modules a teaching assistant taught, each with its level in brackets
and its school ("1. Natural Language Processing (MSc), UCL, autumn terms 2013 – 2018"), holds
no position; a role with a level in brackets ("Research Assistant (PhD)") still is one.
Written after a tuning résumé (2026-12-06e); the names are made up."""

from __future__ import annotations

from datetime import date

from levelset.proof.importers.entry_heads import no_job
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.model import Origin, Position


def _position(title: str, company: str) -> Position:
    return Position(
        title=title, company=company, start=date(2014, 1, 1), origin=Origin("cv.pdf", 3)
    )


def test_a_module_at_its_level_is_no_job() -> None:
    assert no_job(_position("Speech Recognition (MSc)", "Carrow University"))
    assert no_job(_position("Carrow University", "Databases (BSc/MSc)"))
    assert not no_job(_position("Research Assistant (PhD)", "Carrow University"))
    assert not no_job(_position("Speech Recognition Lab", "Carrow University"))


def test_the_numbered_modules_under_a_teaching_title_are_no_positions() -> None:
    rows = [
        ("TEACHING EXPERIENCE", ""),
        ("Teaching Assistant (modules)", ""),
        ("1. Speech Recognition (MSc), Carrow University, autumn terms 2013 – 2018", ""),
        ("2. Databases (BSc), Carrow University, spring terms 2014 – 2015", ""),
    ]
    lines = [Line(i, text, "page 1", dates) for i, (text, dates) in enumerate(rows, 1)]
    assert parse_resume(lines, "cv.pdf").positions == ()
