"""Word résumés that stack each entry as three paragraphs: the title, the employer with its
town ("Acme Corp, Malmö"), and the dates alone. A long title naming its course ("Teaching
Assistant (TA) for ECE 2031: Digital Design Lab") still heads its entry; the town after the
employer is the entry's place; a title over a town alone ("Line Cook" over "Hollin, MD") names
no employer. Names are made up."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importing import import_file

_BULLETS = ["Planned and ran the weekly labs for the students", "Wrote the grading scripts"]


def _read(path: Path, entries: list[tuple[str, str, str]]) -> list[tuple[str, ...]]:
    document = docx.Document()
    document.add_paragraph("Ada Quill")
    document.add_paragraph("ada@example.org")
    document.add_heading("Experience", level=1)
    for title, employer, dates in entries:
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph(employer)
        document.add_paragraph(dates)
        for bullet in _BULLETS:
            document.add_paragraph(bullet, style="List Bullet")
    document.save(str(path))
    found = import_file(path).positions
    return [(p.title, p.company, f"{p.start:%Y-%m}", p.location) for p in found]


def test_a_long_title_naming_its_course_over_its_employer_and_town(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            ("Embedded Systems Summer Intern", "Eastmoor Power, Minden, NV", "May 2017 – Aug 2017"),
            (
                "Teaching Assistant (TA) for ECE 2031: Digital Design Lab",
                "Northgate Tech, Atlanta, GA",
                "January 2017 – May 2017",
            ),
        ],
    )
    assert found == [
        ("Embedded Systems Summer Intern", "Eastmoor Power", "2017-05", "Minden, NV"),
        ("Teaching Assistant (TA) for ECE 2031: Digital Design Lab", "Northgate Tech", "2017-01",
         "Atlanta, GA"),
    ]  # fmt: skip


def test_the_town_after_the_employer_under_the_title(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            ("Data Engineer", "Acme Corp, Malmö", "June 2014 – August 2014"),
            ("Analyst", "Tamsin Labs, Lund", "June 2012 – May 2014"),
        ],
    )
    assert found == [
        ("Data Engineer", "Acme Corp", "2014-06", "Malmö"),
        ("Analyst", "Tamsin Labs", "2012-06", "Lund"),
    ]


def test_a_title_over_a_town_alone_names_no_employer(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            ("Software Developer", "Acme Corp, Malmö", "June 2016 – August 2018"),
            ("Line Cook", "Hollin, MD", "June 2015 – August 2015"),
        ],
    )
    assert found == [
        ("Software Developer", "Acme Corp", "2016-06", "Malmö"),
        ("Line Cook", "", "2015-06", "Hollin, MD"),
    ]
