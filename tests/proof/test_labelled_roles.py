"""Titles given after a label ("Role: ...") under an employer's own dated line: each a position
at that employer, and the employer's line none of its own. Written after a Word résumé of the
tuning part (2026-12-05zn); the lines are made up."""

from __future__ import annotations

from levelset.proof.dates import find_span
from levelset.proof.importers.entry_labels import employer_and_place, labelled_title
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

ROWS = [
    ("Professional Experience", ""),
    ("Harbour Freight, Leith NC   March 2020 – Current Date", ""),
    ("Harbour Freight runs barges along the east coast.", ""),
    ("Role: Head of Data Platforms", ""),
    ("Responsibilities:", ""),
    ("Run the data platform team of twelve.", ""),
    ("Quay Systems, Dover MA", "Feb 2009 – Jan 2020"),
    ("Quay Systems hosts databases for 90 customers.", ""),
    ("Role: Director, Hosted Database Operations", "May 2016 – Jan 2020"),
    ("Responsibilities:", ""),
    ("Manage the level 3 support team.", ""),
    ("Role: Sr. DBA", "Feb 2009 – Apr 2016"),
    ("Tuned the busiest customer's cluster.", ""),
]


def _read(rows: list[tuple[str, str]]) -> list[tuple[str, str, str, str | None]]:
    lines = [Line(i, text, "page 1", dates) for i, (text, dates) in enumerate(rows, 1)]
    found = parse_resume(lines, "cv.pdf").positions
    return [(p.title, p.company, str(p.start)[:7], p.end and str(p.end)[:7]) for p in found]


def test_each_labelled_title_is_a_position_at_the_employer_above() -> None:
    assert _read(ROWS) == [
        ("Head of Data Platforms", "Harbour Freight", "2020-03", None),
        ("Director, Hosted Database Operations", "Quay Systems", "2016-05", "2020-01"),
        ("Sr. DBA", "Quay Systems", "2009-02", "2016-04"),
    ]


def test_a_labelled_title_outside_the_employers_dates_is_not_given_its_name() -> None:
    rows = [ROWS[0], *ROWS[6:8], ("Role: Consultant", "Feb 2021 – May 2022")]
    assert _read(rows) == [
        ("", "Quay Systems, Dover MA", "2009-02", "2020-01"),
        ("Consultant", "", "2021-02", "2022-05"),
    ]


def test_the_label_and_the_employers_place() -> None:
    assert labelled_title("Role: Director, Global SQL Database Operations") == (
        "Director, Global SQL Database Operations"
    )
    assert labelled_title("Role: we owned the billing service end to end and more.") == ""
    assert employer_and_place("Data Intensity, Bedford MA") == ("Data Intensity", "Bedford MA")
    assert employer_and_place("Acme Corp") == ("Acme Corp", "")


def test_current_date_is_an_open_end() -> None:
    found = find_span("May 2019 – Current Date")
    assert found is not None and found[0].current and found[1].group() == "May 2019 – Current Date"


def test_under_an_entry_that_names_its_title_a_label_takes_nothing_from_it() -> None:
    rows = [
        ("Experience", ""),
        ("Senior Engineer, Quay Systems", "Feb 2015 – Jan 2021"),
        ("Role: Tech lead of the hosting team", ""),
        ("Role: Acting manager", "Feb 2019 – Jan 2020"),
    ]
    found = _read(rows)
    assert found[0] == ("Senior Engineer", "Quay Systems", "2015-02", "2021-01")
