"""LinkedIn's current profile PDF: a company over its roles, each role's place under its dates.

Written here after the layout of the LinkedIn PDFs in the corpus's tuning part.
"""

from __future__ import annotations

from levelset.proof.habit import INHERITED
from levelset.proof.importers.text import Line, parse_resume

PROFILE = """Experience
Ocado Technology
Head of Center North America
August 2023 - Present (1 year 11 months)
Director of People Operations NA Technology
December 2021 - August 2023 (1 year 9 months)
Kindred.ai
Head of People Operations
July 2019 - December 2021 (2 years 6 months)
San Francisco Bay Area
The Hatch Agency
Head of People
February 2019 - July 2019 (6 months)
San Francisco Bay Area
Betts Recruiting
Head of HR
April 2016 - October 2017 (1 year 7 months)
"""


def _positions() -> list[tuple[str, str, str, tuple[str, ...]]]:
    lines = [Line(i, t) for i, t in enumerate(PROFILE.splitlines(), start=1)]
    found = parse_resume(lines, "Profile.pdf").positions
    return [(p.title, p.company, p.location or "", p.guesses) for p in found]


def test_roles_under_one_company_each_take_it() -> None:
    first, second, *_ = _positions()
    assert first[:2] == ("Head of Center North America", "Ocado Technology")
    assert second[:2] == ("Director of People Operations NA Technology", "Ocado Technology")
    assert INHERITED in second[3]


def test_the_place_under_the_dates_is_the_roles_place_not_a_heading() -> None:
    found = [(title, company, place) for title, company, place, _ in _positions()]
    assert found[2:] == [
        ("Head of People Operations", "Kindred.ai", "San Francisco Bay Area"),
        ("Head of People", "The Hatch Agency", "San Francisco Bay Area"),
        ("Head of HR", "Betts Recruiting", ""),
    ]
