"""Dates written year first, a comma before the month ("2020, Jul – Sep", "2018, Oct – 2019,
Jun"), as some Word CVs set them at the right of the title line. The names are made up."""

from __future__ import annotations

from levelset.proof.dates import find_date
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def _months(text: str) -> tuple[str, str]:
    found = find_date(text)
    assert found is not None
    span = found[0]
    return f"{span.start:%Y-%m}", "present" if span.current else f"{span.end:%Y-%m}"


def test_two_months_after_one_year_share_it() -> None:
    assert _months("2020, Jul – Sep") == ("2020-07", "2020-09")
    assert _months("2017, Sep - Nov") == ("2017-09", "2017-11")


def test_each_end_may_carry_its_own_year() -> None:
    assert _months("2018, Oct – 2019, Jun") == ("2018-10", "2019-06")
    assert _months("2020, Sep – present") == ("2020-09", "present")


def test_a_title_line_dated_year_first_opens_a_position() -> None:
    rows = [
        "RESEARCH EXPERIENCE AND INTERNSHIPS",
        "Research Internship in Data Analysis                                      2020, Jul – Sep",
        "Tallgrass Labs, Geneva, Switzerland",
        "Specifics: built the simulation of the detector.",
        "",
        "Consulting Internship in Big Data                                         2019, Jul – Aug",
        "Kestrel Formazione, Rome, Italy",
        "Specifics: a predictive model for maintenance.",
    ]
    doc = parse_resume([Line(i, t, "page 1") for i, t in enumerate(rows, 1)], "cv.docx")
    found = [(p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}") for p in doc.positions]
    assert found == [
        ("Research Internship in Data Analysis", "Tallgrass Labs", "2020-07", "2020-09"),
        ("Consulting Internship in Big Data", "Kestrel Formazione", "2019-07", "2019-08"),
    ]
