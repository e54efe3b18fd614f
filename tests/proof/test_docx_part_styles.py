"""An entry's parts known by the names of their paragraph styles in a Word résumé (documents
made here with python-docx, styles named as Word's résumé templates name them): an employer set
alone over its dates in an "Org" style is the employer, not a title; a "Job Title" paragraph is
the title. The names are made up."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE

from levelset.proof.importing import import_file


def _read(path: Path, paragraphs: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    document = docx.Document()
    names = {style.name for style in document.styles}
    for style, _ in paragraphs:
        if style and style not in names:
            document.styles.add_style(style, WD_STYLE_TYPE.PARAGRAPH)
            names.add(style)
    for style, text in paragraphs:
        document.add_paragraph(text, style=style or None)
    document.save(str(path))
    return [(p.title, p.company, f"{p.start:%Y-%m}") for p in import_file(path).positions]


def test_an_employer_alone_over_its_dates_in_an_org_style(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            ("Name", "Casey Lin"),
            ("Section", "EXPERIENCE"),
            ("Org", "Kestrel Machine"),
            ("Dates", "September 2021 - Present"),
            ("List Bullet", "Built a model that scores players each week"),
            ("Org", "Tallgrass Live"),
            ("Dates", "August 2020 - July 2021"),
            ("List Bullet", "Recommended audio shows from listening patterns"),
            ("Section", "SKILLS"),
            ("", "Python, SQL"),
        ],
    )
    assert found == [("", "Kestrel Machine", "2021-09"), ("", "Tallgrass Live", "2020-08")]


def test_a_title_of_no_title_word_in_a_job_title_style(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            ("", "Casey Lin"),
            ("Heading 1", "Experience"),
            ("Company Name", "Kestrel Machine"),
            ("Job Title", "Growth"),
            ("Dates", "September 2021 - Present"),
            ("List Bullet", "Built a model that scores players each week"),
            ("Heading 1", "Skills"),
            ("", "Python, SQL"),
        ],
    )
    assert found == [("Growth", "Kestrel Machine", "2021-09")]


def test_a_title_style_on_both_lines_of_a_head_says_nothing(tmp_path: Path) -> None:
    """The author set every line of the section in "Job Title", the title with its dates on a
    tab stop ("Graduate Student Instructor <tab> 2019-2020") over the employer ("UCB"): the
    style marks both parts, so it does not make the employer the title."""
    found = _read(
        tmp_path / "cv.docx",
        [
            ("", "Casey Lin"),
            ("Heading 1", "Experience"),
            ("Job Title", "Graduate Student Instructor\t2019-2020"),
            ("Job Title", "UCB"),
            ("Job Title", "Teaching Assistant\t2014-2015"),
            ("Job Title", "CSULA"),
            ("Heading 1", "Skills"),
            ("", "Python, SQL"),
        ],
    )
    assert found == [
        ("Graduate Student Instructor", "UCB", "2019-01"),
        ("Teaching Assistant", "CSULA", "2014-01"),
    ]
