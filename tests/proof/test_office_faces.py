"""Forms of real office résumés of the tuning part (batch 2026-12-06d: Word, Google Docs and
Quartz exports from personal sites), on made-up documents: a title in bold with its employer
after it in a plain or italic face and no mark between, a dot leader from an entry to its
dates, and a town after a semicolon at the end of a title."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importing import import_file
from levelset.proof.sections import section_of
from tests.proof.files import make_faced_pdf as _pdf


def _positions(path: Path) -> list[tuple[str, str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now", p.location)
        for p in import_file(path).positions
    ]


def test_a_bold_title_then_its_employer_in_another_face(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Mirela Dantas")],
            [("", "mirela@example.com")],
            [("B", "EXPERIENCE")],
            [("B", "Doctoral Researcher"), ("I", " Halden Motors, Munich, Germany"),
             ("R", "April 2021 - Present")],
            [("", "- Trained perception models with a team of four and shipped them to cars.")],
            [("", "- Cut the labelling time by a "), ("B", "third"),
             ("", " with active learning.")],
            [("B", "Research Assistant in Epidemiology"), ("", " Corvell College London"),
             ("R", "March 2019 - July 2021")],
            [("", "- Modelled trends in risk factors with a Bayesian hierarchical model.")],
            [("B", "EDUCATION")],
            [("B", "GPA:"), ("", " 3.9 of 4.0")],
        ],
    )  # fmt: skip
    assert _positions(made) == [
        ("Doctoral Researcher", "Halden Motors", "2021-04", "now", "Munich, Germany"),
        ("Research Assistant in Epidemiology", "Corvell College London", "2019-03", "2021-07", ""),
    ]
    bullets = [b.text for b in import_file(made).positions[0].bullets]
    assert "Cut the labelling time by a third with active learning." in bullets


def test_a_dot_leader_from_an_entry_to_its_dates(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Mirela Dantas")],
            [("", "mirela@example.com")],
            [("B", "WORK EXPERIENCE")],
            [("", "Corvell Health, Boston, MA - Data Engineering Intern" + "." * 30
                  + "Summer 2019")],
            [("", "- Built the nightly load of the claims tables")],
            [("", "Riverton Learning Center - Math Tutor" + "." * 30
                  + "September 2017 - Spring 2019")],
            [("", "- Tutored students in calculus and statistics, ... and physics")],
        ],
    )  # fmt: skip
    assert [position[:4] for position in _positions(made)] == [
        ("Data Engineering Intern", "Corvell Health", "2019-06", "2019-06"),
        ("Math Tutor", "Riverton Learning Center", "2017-09", "2019-03"),
    ]


def test_a_town_after_a_semicolon_at_the_end_of_a_title(tmp_path: Path) -> None:
    document = docx.Document()
    for text in (
        "Jia Moreau",
        "jia@example.com",
        "EXPERIENCE",
        "Magic Wok – Assistant Manager; Houston, Texas\tFall 2011 - Present",
        "-   Checked the takings every night",
        "Halden Gaming - Squad Leader; Austin, Texas\tApril 2017 - Present",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "cv.docx"))
    assert [(t, c, p) for t, c, _, _, p in _positions(tmp_path / "cv.docx")] == [
        ("Assistant Manager", "Magic Wok", "Houston, Texas"),
        ("Squad Leader", "Halden Gaming", "Austin, Texas"),
    ]


def test_a_one_word_bold_title_on_a_dated_line(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Mirela Dantas")],
            [("", "mirela@example.com")],
            [("B", "EXPERIENCE")],
            [("B", "Research Assistant"), ("", " Corvell College London"), ("R", "March 2020")],
            [("", "- Checked and harmonised new data sources.")],
            [("B", "Mentor"), ("", " The Orbital Outreach Trust"), ("R", "August 2019")],
            [("", "- Mentored a residential summer school in astrophysics.")],
            [("B", "Led"), ("", " Three Teams Through Launch Week")],
        ],
    )  # fmt: skip
    assert [position[:2] for position in _positions(made)] == [
        ("Research Assistant", "Corvell College London"),
        ("Mentor", "The Orbital Outreach Trust"),
    ]


def test_peer_reviewed_publications_and_prizes_are_no_jobs_sections() -> None:
    assert section_of("Peer-reviewed publications") == "projects"
    assert section_of("Prizes/awards") == "other"
    assert section_of("Peer Mentor") is None  # a title, not a heading


def test_a_date_cell_broken_over_two_paragraphs_and_a_list_of_years(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("Ilse Moreau", "ilse@example.com", "INDUSTRY EXPERIENCE"):
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=2)
    rows = (
        ("Freelance Software Engineer, Halden", "Built SDK generators for clients.",
         "Feb. 2023-", "Oct. 2024"),
        ("3x Software Engineering Intern, Corvell", "Full-stack work on events and groups.",
         "Summer 2019, 2020, 2021", ""),
    )  # fmt: skip
    for row, (head, line, first, second) in zip(table.rows, rows, strict=True):
        row.cells[0].text = head
        row.cells[0].add_paragraph(line)
        row.cells[1].text = first
        if second:
            row.cells[1].add_paragraph(second)
    document.save(str(tmp_path / "cv.docx"))
    assert [p[:4] for p in _positions(tmp_path / "cv.docx")] == [
        ("Freelance Software Engineer", "Halden", "2023-02", "2024-10"),
        ("3x Software Engineering Intern", "Corvell", "2019-06", "2021-01"),
    ]
