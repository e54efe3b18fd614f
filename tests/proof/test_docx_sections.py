"""Section headings of Word résumés known by their paragraph style where their words are
unknown (documents made here with python-docx): after the jobs, a heading in the style of the
known headings ("Fellowships & Traineeships" in "Heading 1", as "Experience" and "Education"
are) opens a list of other things, whose dated lines are no jobs. The failure seen in blind
reads of real DOCX batches (2026-12-06g, i): fellowships, scholarships, service and mentoring
under headings the reader did not know, read as positions."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importing import import_file


def _read(path: Path, paragraphs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style or None)
    document.save(str(path))
    return [(p.title, p.company) for p in import_file(path).positions]


_JOBS = [
    ("", "Casey Lin"),
    ("Heading 1", "Experience"),
    ("", "Data Scientist, Acme Corp\tJan 2020 – Present"),
    ("List Bullet", "Built the churn model used by sales"),
    ("", "Analyst, Beta Bank\tMar 2017 – Dec 2019"),
    ("List Bullet", "Wrote the weekly risk report"),
]
_RIGHT = [("Data Scientist", "Acme Corp"), ("Analyst", "Beta Bank")]


def test_an_unknown_heading_in_the_headings_style_ends_the_jobs(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            *_JOBS,
            ("Heading 1", "Fellowships & Traineeships"),
            ("", "Graduate Research Fellow, National Science Foundation\t2016 – 2019"),
            ("", "Trainee, Bay Area Data Institute\t2015 – 2016"),
            ("Heading 1", "Education"),
            ("", "MS Statistics, State University\t2014 – 2016"),
        ],
    )
    assert found == _RIGHT


def test_mentoring_under_a_heading_of_unknown_words_is_no_job(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            *_JOBS,
            ("Heading 1", "Mentoring and Outreach"),
            ("", "Mentor, Girls Who Code\t2019 – 2020"),
            ("", "Coordinator, Bay Area R Ladies\t2018 – 2019"),
            ("Heading 1", "Skills"),
            ("", "Python, SQL"),
        ],
    )
    assert found == _RIGHT


def test_an_unknown_heading_over_the_first_jobs_keeps_them(tmp_path: Path) -> None:
    """ "工作经历" (work experience) is unknown to the reader's words: over the first jobs it
    changes nothing; "奖学金" (scholarships) after them ends them."""
    found = _read(
        tmp_path / "cv.docx",
        [
            ("", "Casey Lin"),
            ("Heading 1", "工作经历"),
            *_JOBS[2:],
            ("Heading 1", "奖学金"),
            ("", "Scholar, Tsinghua Foundation\t2016 – 2017"),
            ("Heading 1", "Education"),
            ("Heading 1", "Skills"),
            ("", "Python, SQL"),
        ],
    )
    assert found == _RIGHT


def test_a_style_the_known_headings_do_not_share_decides_nothing(tmp_path: Path) -> None:
    """Headings in the body's own style: the style tells nothing, the words decide as before
    (here "Consulting" under the jobs is read on as before)."""
    found = _read(
        tmp_path / "cv.docx",
        [
            ("", "Casey Lin"),
            ("", "Experience"),
            *_JOBS[2:],
            ("", "Consulting"),
            ("", "Advisor, Gamma Health\t2015 – 2016"),
            ("", "Education"),
        ],
    )
    assert ("Analyst", "Beta Bank") in found and len(found) == 3
