"""A Word résumé that writes each employer once in capitals with its town ("UMBC, BALTIMORE,
MD") over two of its titles, each with its dates on a right tab stop. After the bullets of the
employer above, the next employer's line is the employer, not a title, even where the title
under it carries no known role word ("MCNAIR AMBASSADOR"), and its town is each role's place.
Names are made up."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importing import import_file

_BULLETS = ["Planned and ran weekly programs for residents", "Wrote the desk schedules"]


def _read(path: Path, groups: list[tuple[str, list[tuple[str, str]]]]) -> list[tuple[str, ...]]:
    document = docx.Document()
    document.add_paragraph("Ada Quill")
    document.add_paragraph("ada@example.org")
    document.add_heading("On-Campus Experience", level=1)
    for employer, jobs in groups:
        document.add_paragraph().add_run(employer).bold = True
        for title, dates in jobs:
            document.add_paragraph().add_run(f"{title}\t{dates}").bold = True
            for bullet in _BULLETS:
                document.add_paragraph(bullet, style="List Bullet")
    document.save(str(path))
    found = import_file(path).positions
    return [(p.title, p.company, f"{p.start:%Y-%m}", p.location) for p in found]


def test_an_employer_with_its_town_over_titles_without_role_words(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            (
                "UMBC, BALTIMORE, MD",
                [("TEACHING ASSISTANT", "JANUARY 2019 – PRESENT"),
                 ("RESIDENT ASSISTANT", "AUGUST 2018 – PRESENT")],
            ),
            (
                "UMBC, BALTIMORE, MD",
                [("MCNAIR AMBASSADOR", "AUGUST 2017 – MAY 2018"),
                 ("STAGE CREW ASSISTANT", "SEPTEMBER 2015 – MAY 2017")],
            ),
        ],
    )  # fmt: skip
    assert found == [
        ("TEACHING ASSISTANT", "UMBC", "2019-01", "BALTIMORE, MD"),
        ("RESIDENT ASSISTANT", "UMBC", "2018-08", "BALTIMORE, MD"),
        ("MCNAIR AMBASSADOR", "UMBC", "2017-08", "BALTIMORE, MD"),
        ("STAGE CREW ASSISTANT", "UMBC", "2015-09", "BALTIMORE, MD"),
    ]


def test_a_known_title_under_a_named_employer_keeps_its_place(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            ("NORTHGATE COLLEGE, HOLLIN, MD", [("RESIDENT ASSISTANT", "AUGUST 2018 – PRESENT")]),
            ("NORTHGATE COLLEGE, HOLLIN, MD", [("PEER AMBASSADOR", "AUGUST 2017 – MAY 2018")]),
        ],
    )
    assert found == [
        ("RESIDENT ASSISTANT", "NORTHGATE COLLEGE", "2018-08", "HOLLIN, MD"),
        ("PEER AMBASSADOR", "NORTHGATE COLLEGE", "2017-08", "HOLLIN, MD"),
    ]
