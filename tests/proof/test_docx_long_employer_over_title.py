"""A Word résumé that sets each entry as three paragraphs: the employer in plain type (a long
academic name, a unit and its university, "at" inside it, perhaps its town in brackets), the
title in bold, the dates in bold on their own line. The employer is the long line, not the
title run on after it, and the title is the bold line. Names are made up."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importing import import_file

_BULLETS = ["Cleaned and analysed parcel data for a study of land use", "Wrote the survey"]


def _read(path: Path, entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    document = docx.Document()
    document.add_paragraph("Rowan Vale")
    document.add_paragraph("rowan@example.org")
    document.add_heading("Experience", level=1)
    for employer, title, dates in entries:
        document.add_paragraph(employer)
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph().add_run(dates).bold = True
        for bullet in _BULLETS:
            document.add_paragraph(bullet, style="List Bullet")
    document.save(str(path))
    return [(p.title, p.company, f"{p.start:%Y-%m}") for p in import_file(path).positions]


def test_a_long_employer_at_a_place_over_a_bold_title_and_dates(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            (
                "Department of Urban Planning, University of Eastmoor at Hollin Ford (Hollin, NC)",
                "Research Assistant",
                "August 2015 – Present",
            ),
            ("Tamsin Policy Lab (Larkfield, MA)", "Intern", "May 2014 – August 2014"),
        ],
    )
    assert found == [
        (
            "Research Assistant",
            "Department of Urban Planning, University of Eastmoor at Hollin Ford",
            "2015-08",
        ),
        ("Intern", "Tamsin Policy Lab", "2014-05"),
    ]


def test_a_long_employer_without_a_place(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            (
                "Department of Civil Engineering, Northgate Institute of Technology and Science",
                "Research Assistant",
                "June 2012 – May 2014",
            ),
            ("Harrow Water Works", "Engineering Aide", "May 2010 – August 2010"),
        ],
    )
    assert found[0] == (
        "Research Assistant",
        "Department of Civil Engineering, Northgate Institute of Technology and Science",
        "2012-06",
    )
    assert found[1] == ("Engineering Aide", "Harrow Water Works", "2010-05")
