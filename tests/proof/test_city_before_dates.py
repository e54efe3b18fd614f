"""A Word résumé printed to PDF whose entries are one line in tab-set columns, "Title
Employer  Town, MM/YYYY-MM/YYYY": the town before the dates, joined to them by a comma, is the
entry's place, whether or not a gap sets it apart from the employer. The names are made up."""

from __future__ import annotations

from levelset.proof.importers.entry_places import city_before_dates
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def test_a_city_glued_to_the_employer_before_the_dates_is_the_place() -> None:
    rows = [
        "EMPLOYMENT",
        "Deep Learning Intern  Kestrel Technology Research Institute  Taipei, 10/2020-12/2020",
        "Labeled the rise and fall of a daily stock index with Pandas",
        "Intern  Natural Language Lab, Tallgrass Sinica Taipei, 06/2020-09/2020",
        "Implemented BERT to retrieve supporting evidence",
        "COURSE PROJECTS",
    ]
    doc = parse_resume([Line(i, t, "page 1") for i, t in enumerate(rows, 1)], "cv.pdf")
    found = [(p.title, p.company, p.location) for p in doc.positions]
    assert found == [
        ("Deep Learning Intern", "Kestrel Technology Research Institute", "Taipei"),
        ("Intern", "Natural Language Lab, Tallgrass Sinica", "Taipei"),
    ]


def test_no_city_that_ends_a_name_or_is_a_common_word() -> None:
    assert city_before_dates("Lecturer  University of Reading,") == (
        "Lecturer  University of Reading,",
        "",
    )
    assert city_before_dates("iOS Engineer  Kestrel Apps Mobile,")[1] == ""
    assert city_before_dates("Analyst  Kestrel Bank Boston,") == ("Analyst  Kestrel Bank", "Boston")
