"""A Word table with the years in the left column and, in the right, each title in a larger
face with its employer on the line below (office-resume batch 2026-12-06d's shape). Names of
the employers are made up; the line between two dated titles is the upper one's employer."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def _read(rows: list[tuple[str, str, float]]) -> list[tuple[str, str, int]]:
    lines = [
        Line(i, text, "page 1", dates, "", size) for i, (text, dates, size) in enumerate(rows, 1)
    ]
    return [
        (p.title, p.company, p.start.year if p.start else 0)
        for p in parse_resume(lines, "cv.pdf").positions
    ]


def test_the_line_under_a_dated_title_is_its_employer_not_the_next_ones() -> None:
    found = _read(
        [
            ("Professional Experience", "", 13.9),
            ("Retail Banking Associate", "2009 – 2010", 12.0),
            ("Branch Network at Gulf Harbour Bank", "", 11.0),
            ("Quality Control Coordinator", "2008 – 2009", 12.0),
            ("Process Reengineering Directorate at Pearl eGovernment Authority", "", 11.0),
            ("Intern - University Training Program", "2008", 12.0),
            ("Pearl eGovernment Authority", "", 11.0),
            ("T.A. Course Lab Instructor - Information Security", "2007", 12.0),
            ("Northbay University", "", 11.0),
            ("Sample of Published Work", "", 13.9),
        ]
    )
    assert found == [
        ("Retail Banking Associate", "Branch Network at Gulf Harbour Bank", 2009),
        (
            "Quality Control Coordinator",
            "Process Reengineering Directorate at Pearl eGovernment Authority",
            2008,
        ),
        ("Intern - University Training Program", "Pearl eGovernment Authority", 2008),
        ("T.A. Course Lab Instructor - Information Security", "Northbay University", 2007),
    ]


def test_the_employer_line_is_kept_after_an_entry_headed_title_at_company() -> None:
    """An earlier entry whose heading read "... Program at Kestrel Center" made the reader take
    the section for LinkedIn's "Title at Company" form, and the employer lines below for lines
    of description: the rule that found them employers now names them so."""
    found = _read(
        [
            ("Research Experience", "", 13.9),
            ("Research Associate", "2020 – Present", 12.0),
            ("(On leave since  Energy Program at Kestrel Center for Strategic,", "", 11.0),
            ("International and Energy Studies (KCS)", "2021)", 11.0),
            ("Professional Experience", "", 13.9),
            ("Retail Banking Associate", "2009 – 2010", 12.0),
            ("Branch Network at Gulf Harbour Bank", "", 11.0),
            ("Quality Control Coordinator", "2008 – 2009", 12.0),
            ("Process Reengineering Directorate at Pearl eGovernment Authority", "", 11.0),
            ("Intern - University Training Program", "2008", 12.0),
            ("Pearl eGovernment Authority", "", 11.0),
            ("Sample of Published Work", "", 13.9),
        ]
    )
    assert found[-3:] == [
        ("Retail Banking Associate", "Branch Network at Gulf Harbour Bank", 2009),
        (
            "Quality Control Coordinator",
            "Process Reengineering Directorate at Pearl eGovernment Authority",
            2008,
        ),
        ("Intern - University Training Program", "Pearl eGovernment Authority", 2008),
    ]
