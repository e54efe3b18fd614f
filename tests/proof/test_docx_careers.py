"""Word résumés of batch 2026-12-07a's tuning half, on documents made here with python-docx:
"Resume" as the heading of the jobs below "About" and "Skills" (an ONLYOFFICE export), a
paragraph broken by hand into the employer's line and the title's, and an academic CV whose
"Non-Academic Work" holds a demonstrator's post."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from levelset.proof import sections
from levelset.proof.importers import docx as docx_reader
from levelset.proof.importing import import_file


def _read(path: Path, paragraphs: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    document = docx.Document()
    for style, text in paragraphs:
        paragraph = document.add_paragraph(style=style or None)
        for i, part in enumerate(text.split("\n")):
            run = paragraph.add_run(part)
            if i < len(text.split("\n")) - 1:
                run.add_break()
    document.save(str(path))
    return [(p.title, p.company, f"{p.start:%Y}") for p in import_file(path).positions]


_BROKEN = [
    ("Heading 1", "Noor Haddad"),
    ("Heading 2", "About"),
    ("", "A developer of web services for ten years."),
    ("Heading 2", "Skills"),
    ("List Paragraph", "Go"),
    ("List Paragraph", "Postgres"),
    ("Heading 2", "Resume"),
    ("", "Tidewell\tRemote\nBackend engineer\t2021 - August 2022"),
    ("", "Building a platform for tenants to reach their landlords."),
    ("", "Kelpfield\tUtrecht, Netherlands\nFull stack engineer\t2019 - 2020"),
    ("", "Working on the internal tools for the model team."),
    ("Heading 2", "Education"),
    ("", "Hanze University\tGroningen\nBSc Computing\t2015 - 2019"),
]
_RIGHT = [("Backend engineer", "Tidewell", "2021"), ("Full stack engineer", "Kelpfield", "2019")]


def test_resume_below_other_headings_heads_the_jobs(tmp_path: Path) -> None:
    assert _read(tmp_path / "cv.docx", _BROKEN) == _RIGHT


def test_without_the_career_heading_the_jobs_stay_under_skills(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_reader, "career_headings", lambda found: found)
    assert _read(tmp_path / "cv.docx", _BROKEN) == []


def test_without_the_breaks_read_the_employer_and_title_run_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_reader, "_broken", lambda text: [text])
    assert _read(tmp_path / "cv.docx", _BROKEN) != _RIGHT


def test_resume_at_the_top_is_the_title_not_the_jobs(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            ("Heading 2", "Resume"),
            ("", "Noor Haddad"),
            ("", "Member of the Go meetup, 2018 - 2020"),
            ("Heading 2", "Experience"),
            ("", "Backend engineer, Tidewell\t2021 - 2022"),
            ("Heading 2", "Skills"),
            ("", "Go"),
        ],
    )
    assert found == [("Backend engineer", "Tidewell", "2021")]


def test_a_break_inside_prose_joins_again() -> None:
    assert docx_reader._broken("Built the billing service\nand its tests") == [
        "Built the billing service and its tests"
    ]
    assert docx_reader._broken("Kelpfield\tUtrecht\nFull stack engineer\t2019") == [
        "Kelpfield\tUtrecht",
        "Full stack engineer\t2019",
    ]


_ACADEMIC = [
    ("", "Ewan Kerr"),
    ("Heading 1", "Education"),
    ("", "2019 - 2023"),
    ("", "University of Calder"),
    ("", "PhD in Psychology"),
    ("Heading 1", "Research Experience"),
    ("", "2018 - 2019"),
    ("", "Research Assistant"),
    ("", "University of Calder"),
    ("", "A funded post studying the sensory features of children."),
    ("Heading 1", "Non-Academic Work"),
    ("", "2020 - Present"),
    ("", "Demonstrator"),
    ("", "University of Calder"),
    ("", "Teaching aids for the statistics course, written in R."),
    ("Heading 1", "Awards"),
    ("", "2020"),
    ("", "Best Performing Student"),
]


def test_non_academic_work_holds_jobs_and_a_demonstrator_is_a_title(tmp_path: Path) -> None:
    assert _read(tmp_path / "cv.docx", _ACADEMIC) == [
        ("Research Assistant", "University of Calder", "2018"),
        ("Demonstrator", "University of Calder", "2020"),
    ]


def test_without_the_word_non_the_heading_ends_the_jobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sections, "_FILLER", sections._FILLER - {"non"})
    found = _read(tmp_path / "cv.docx", _ACADEMIC)
    assert ("Demonstrator", "University of Calder", "2020") not in found


def test_a_demonstrator_is_a_role() -> None:
    from levelset.proof.headers import role_score

    assert role_score("Demonstrator") > 0
    assert role_score("Graduate Teaching Demonstrator") > 0
