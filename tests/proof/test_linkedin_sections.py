"""LinkedIn's own section names after Experience end it: their dated lines are no positions.

"Test Scores" (a test, its score, a date), "Licenses & Certifications" (a certificate, its
licence number, its dates) and "Supported Organizations" were read as lines of the experience
section, and each dated entry became a position. Written here from LinkedIn's section names.
"""

from __future__ import annotations

import pytest

from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.sections import section_of

PROFILE = """Experience
Analyst at Fennel & Co
June 2012 - April 2014 (1 year 11 months)
  Built the weekly sales report.

Test Scores
GMAT
Score: 720
June 2014

Licenses & Certifications
Certified Scrum Master
Scrum Alliance License 12345
May 2015 - Present

Supported Organizations
Code Club
January 2013 - Present
"""


def test_dated_entries_of_linkedins_other_sections_are_no_positions() -> None:
    lines = [Line(i, t) for i, t in enumerate(PROFILE.splitlines(), start=1)]
    found = parse_resume(lines, "Profile.pdf").positions
    assert [(p.title, p.company) for p in found] == [("Analyst", "Fennel & Co")]


@pytest.mark.parametrize(
    "heading", ["Test Scores", "Licenses & Certifications", "Supported Organizations", "Causes:"]
)
def test_linkedins_section_names_open_other_sections(heading: str) -> None:
    assert section_of(heading) == "other"


@pytest.mark.parametrize("line", ["Test", "Test Engineer", "Supported"])
def test_their_words_alone_make_no_heading(line: str) -> None:
    assert section_of(line) is None
