"""Habits of office résumés' headings, read from PDFs made here: a lab or centre named between
the title and "at" its institution ("Research Assistant, VISTA Lab at University of Rochester":
the lab is part of the employer), assistantships listed under a LEADERSHIP heading beside club
offices (the assistantship is a post; the club office is not), the professor a research
assistant worked to, and an employer's legal form after a comma ("Salient Process, Inc.")."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.proof import title_company
from levelset.proof.importers import entry_state
from levelset.proof.importers.pdf import import_pdf
from tests.proof.files import make_faced_pdf, position_rows


def _read(path: Path) -> list[tuple[str, str, str, str]]:
    return position_rows(import_pdf(path).positions)


_PAGE = [
    [("B", "Ines Valdoria")],
    [("B", "EXPERIENCE")],
    [("", "Research Assistant, Optics Lab at Corvell University"), ("R", "Oct 2019 - Apr 2020")],
    [("", "- Compared the embedding models for question answering")],
    [("", "Software Engineer, Payments at Kestrel Media"), ("R", "May 2020 - Sep 2021")],
    [("", "- Rebuilt the settlement service")],
    [("B", "LEADERSHIP")],
    [
        ("", "Graduate Assistant, Center for Security, Corvell University"),
        ("R", "Sep 2019 - Jan 2020"),
    ],
    [("", "Vice Chairman, Robotics Club, Corvell University"), ("R", "Sep 2017 - Jun 2018")],
    [("B", "SKILLS")],
    [("", "Python, C++")],
]


def test_a_lab_before_at_is_part_of_the_employer(tmp_path: Path) -> None:
    got = _read(make_faced_pdf(tmp_path / "cv.pdf", _PAGE))
    assert got[:2] == [
        ("Research Assistant", "Optics Lab at Corvell University", "2019-10", "2020-04"),
        ("Software Engineer, Payments", "Kestrel Media", "2020-05", "2021-09"),  # a team
    ]


def test_an_assistantship_under_leadership_is_a_post_and_a_club_office_is_not(
    tmp_path: Path,
) -> None:
    got = _read(make_faced_pdf(tmp_path / "cv.pdf", _PAGE))
    assert [row[0] for row in got[2:]] == ["Graduate Assistant"]
    assert got[2][2:] == ("2019-09", "2020-01")


def test_without_the_rules_the_lab_is_in_the_title_and_the_assistantship_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(title_company, "_LAB_LIKE", title_company.compiled(r"(?!)"))
    monkeypatch.setattr(entry_state, "_ASSISTANTSHIP", entry_state.compiled(r"(?!)"))
    got = _read(make_faced_pdf(tmp_path / "cv.pdf", _PAGE))
    assert got[0][:2] == ("Research Assistant, Optics Lab", "Corvell University")
    assert len(got) == 2


def test_the_professor_a_research_assistant_worked_to_is_no_part_of_the_title(
    tmp_path: Path,
) -> None:
    rows = [
        [("B", "Ines Valdoria")],
        [("B", "RESEARCH EXPERIENCE")],
        [
            ("B", "Industrial Collaboration with Kestrel: Thermal Simulation"),
            ("R", "02/2021-05/2021"),
        ],
        [("", "Research assistant to Prof Ana Ruiz;")],
        [("", "Constructed a finite element model of the hot runner;")],
        [("B", "SKILLS")],
        [("", "Python, C++")],
    ]
    got = _read(make_faced_pdf(tmp_path / "cv.pdf", rows))
    assert [title for title, *_ in got] == ["Research assistant"]


def test_a_legal_form_after_a_comma_is_part_of_the_employer(tmp_path: Path) -> None:
    rows = [
        [("B", "Ines Valdoria")],
        [("B", "EXPERIENCE")],
        [
            ("B", "Software Engineer - Halden Process, Inc., Sacramento, CA"),
            ("R", "Feb. 2015 - Aug. 2016"),
        ],
        [("", "- Led the work on the UI toolkit")],
    ]
    got = import_pdf(make_faced_pdf(tmp_path / "cv.pdf", rows)).positions
    assert [(p.title, p.company, p.location) for p in got] == [
        ("Software Engineer", "Halden Process Inc.", "Sacramento, CA")
    ]


def test_an_organisation_under_a_dated_title_is_its_employer_and_a_lone_label_nothing(
    tmp_path: Path,
) -> None:
    rows = [
        [("B", "Ines Valdoria")],
        [("B", "WORK EXPERIENCE")],
        [("", "Teaching Assistant, 2023")],
        [("", "Corvell University of Ahvaz, Ahvaz, Iran")],
        [("", "Course: Computer Networks")],
        [("", "Trainee, July 2021-September 2021")],
        [("", "Awareness and Assistance Center, Corvell University of Ahvaz, Ahvaz, Iran")],
        [("", "Description:")],
        [("", "- Configured the routers and switches of the lab")],
        [("", "- Wrote the notes on the setup of each router and switch for the students of")],
        [("", "the next term, and the checks the assistants run before each class of the term")],
        [("B", "SKILLS")],
        [("", "Python, C++")],
    ]
    got = import_pdf(make_faced_pdf(tmp_path / "cv.pdf", rows)).positions
    trainee = got[-1]
    assert (trainee.title, trainee.company, trainee.location) == (
        "Trainee",
        "Awareness and Assistance Center, Corvell University of Ahvaz",
        "Ahvaz, Iran",
    )
    assert trainee.bullets[0].text == "Configured the routers and switches of the lab"
