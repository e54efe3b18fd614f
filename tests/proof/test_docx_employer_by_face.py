"""A Word CV whose every post is a bold title with its years after a tab, over the employer
and its town in a plain face of the same size (batch 2026-12-07d's tuning half): the plain
line is that title's employer, not the next post's, though a place ends it ("Harlow Health,
Redmond, WA"), the next title names no role word ("Clinical Extern") and more dated lines are
plain than bold (awards with their years)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

from levelset.proof.importing import import_file


def _write(path: Path, paragraphs: list[tuple[str, bool]]) -> None:
    document = docx.Document()
    for text, bold in paragraphs:
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = bold, Pt(11)
    document.save(str(path))


def _read(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y}", p.location or "") for p in import_file(path).positions
    ]


# dated lines in a plain face outnumber the bold titles: the résumé's heads are not all bold
_AWARDS = [("Travel", 2024), ("Research", 2023), ("Poster", 2022), ("Service", 2020)]
_AWARDS += [("Dean's List", 2019), ("Scholarship", 2018), ("Summer Research", 2017)]


def test_a_plain_employer_under_a_bold_title_is_that_titles(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    _write(
        path,
        [
            ("Jordan Pellew", True),
            ("AWARDS", True),
            *[(f"{name} Award\t\t\t{year}", False) for name, year in _AWARDS],
            ("CLINICAL EXPERIENCE", True),
            ("Psychology Intern\t\t\t2025 - Present", True),
            ("Harlow Health, Redmond, WA", False),
            ("Clinical Extern\t\t\t2023 - 2024", True),
            ("Cedar Ridge Hospital, Tacoma, WA", False),
            ("Group Therapy Leader\t\t\t2021 - 2023", True),
            ("Fairview Counseling Center, Olympia, WA", False),
            ("EDUCATION", True),
            ("B.S., Psychology, Lakeside University\t\t\t2017 - 2021", False),
        ],
    )
    assert _read(path) == [
        ("Psychology Intern", "Harlow Health", "2025", "Redmond, WA"),
        ("Clinical Extern", "Cedar Ridge Hospital", "2023", "Tacoma, WA"),
        ("Group Therapy Leader", "Fairview Counseling Center", "2021", "Olympia, WA"),
    ]
