"""Forms of real Word CVs of the tuning part (batch 2026-12-06h: Word exports from personal
sites), on made-up documents: a "Working Experience" heading, full numeric dates in either
day order ("23/09/2018", "08/22/2023"), an advisor named after the title on its line, and an
employer broken by a hyphen at the end of its line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from levelset.proof.dates import find_date
from levelset.proof.importing import import_file
from levelset.proof.sections import section_of
from tests.proof.files import make_faced_pdf as _pdf


def _positions(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now")
        for p in import_file(path).positions
    ]


def test_working_experience_is_the_jobs_heading() -> None:
    assert section_of("Working Experience") == "experience"
    assert section_of("WORKING EXPERIENCE") == "experience"


def test_full_numeric_dates_in_either_day_order() -> None:
    found = find_date("Halden University [ 23/09/2018 – 21/01/2019]")
    assert found is not None
    assert (found[0].start, found[0].end) == (dt.date(2018, 9, 1), dt.date(2019, 1, 1))
    found = find_date("[ 08/22/2023 – current]")
    assert found is not None
    assert (found[0].start, found[0].current) == (dt.date(2023, 8, 1), True)


def test_the_other_end_decides_an_ambiguous_day_order() -> None:
    found = find_date("09/23/2018 – 12/02/2024")  # month first: the start says so
    assert found is not None
    assert (found[0].start, found[0].end) == (dt.date(2018, 9, 1), dt.date(2024, 12, 1))
    found = find_date("23/09/2018 – 12/02/2024")  # day first
    assert found is not None
    assert found[0].end == dt.date(2024, 2, 1)


def test_the_advisor_after_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Tamsin Orvell")],
            [("", "tamsin@example.com")],
            [("B", "RESEARCH EXPERIENCE")],
            [("B", "Department of Physics, Corvell University")],
            [("I", "Graduate Research Assistant | Advisor: Prof. Ada Brook"),
             ("R", "Aug 2024 - Present")],
            [("", "- Built a detector simulation used by two labs.")],
            [("B", "Halden Institute of Technology")],
            [("I", "Research Intern (Supervisor: Dr. Imre Kovac)"), ("R", "Jun 2023 - Aug 2023")],
            [("", "- Measured the noise of four sensor designs.")],
            [("B", "Corvell Robotics Lab")],
            [("I", "Research Assistant, supervised by Assoc. Prof. Lena Vogt"),
             ("R", "Oct 2022 - May 2023")],
            [("", "- Designed a gripper for soft fruit.")],
        ],
    )  # fmt: skip
    assert [(t, c) for t, c, _, _ in _positions(made)] == [
        ("Graduate Research Assistant", "Department of Physics, Corvell University"),
        ("Research Intern", "Halden Institute of Technology"),
        ("Research Assistant", "Corvell Robotics Lab"),
    ]


def test_an_employer_broken_by_a_hyphen_goes_on_on_the_next_line(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Orla Meng")],
            [("", "orla@example.com")],
            [("B", "EMPLOYMENT")],
            [("", "2020 - present    Assistant Professor, School of Development/Institute"),
             ("", " of South\u00ad")],
            [("", "                       South Cooperation and Development, Halden University")],
            [("B", "EDUCATION")],
            [("", "2020    Ph.D. in Economics, Corvell University")],
        ],
    )  # fmt: skip
    assert _positions(made) == [
        (
            "Assistant Professor",
            "School of Development/Institute of South-South Cooperation and Development, "
            "Halden University",
            "2020-01",
            "now",
        )
    ]


def test_a_second_title_in_the_form_of_the_first_keeps_its_employer(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Priya Ramanath")],
            [("", "priya@example.com")],
            [("B", "Work Experience")],
            [("", "Halden Information Systems, Pune, India")],
            [("", "Senior Software Engineer, SAP Applications"), ("R", "May 2018 - May 2019")],
            [("", "- Designed a reconciliation service used by forty clients.")],
            [("", "Software Engineer, SAP Applications"), ("R", "Dec 2016 - May 2018")],
            [("", "- Rewrote the import job, which now runs in a tenth of the time.")],
        ],
    )  # fmt: skip
    assert [(t, c) for t, c, _, _ in _positions(made)] == [
        ("Senior Software Engineer, SAP Applications", "Halden Information Systems"),
        ("Software Engineer, SAP Applications", "Halden Information Systems"),
    ]


def _quartz_like(path: Path, lines: list[tuple[float, float, str]]) -> Path:
    """A PDF set as macOS Quartz sets text: every font at size 1, scaled by the text matrix
    (each line: its size, its height on the page, its text)."""
    stream = "".join(
        f"BT /F1 1 Tf {size} 0 0 {size} 72 {y} Tm ({text}) Tj ET\n" for size, y, text in lines
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(body)
    return path


def test_quartz_sizes_are_read_from_the_text_matrix(tmp_path: Path) -> None:
    from levelset.proof.importers.pdf import extract_pages

    made = _quartz_like(
        tmp_path / "cv.pdf", [(20, 700, "Orla Meng"), (10, 680, "orla@example.com")]
    )
    (page,) = extract_pages(made)
    assert [(box.text, round(box.size)) for box in page.boxes] == [
        ("Orla Meng", 20),
        ("orla@example.com", 10),
    ]


def test_a_sentence_of_what_was_done_is_no_title(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Wen Chao")],
            [("", "wen@example.com")],
            [("B", "ACTIVITIES & TA EXPERIENCE")],
            [("B", "01/2021-03/2021"), ("B", "    Instructional Assistant  "),
             ("", "Corvell Cognitive Science")],
            [("", "Hosted weekly office hours, helping students reviewing topics in statistics")],
            [("B", "09/2019-05/2020"), ("B", "    PR President "),
             ("", "Halden Student Association, Corvell")],
            [("", "Programming Languages: Python, C, Stata, Java")],
        ],
    )  # fmt: skip
    read = _positions(made)
    assert not any("Hosted" in title or "Hosted" in company for title, company, _, _ in read)
    assert read[0][:2] == ("Instructional Assistant", "Corvell Cognitive Science")


def test_jobs_after_a_side_heading_read_under_an_empty_jobs_heading(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Curtis Vane")],
            [("", "curtis@example.com")],
            [("B", "EXPERIENCE")],
            [("B", "SKILLS")],
            [("", "Public Speaking")],
            [("", "Technical Writing")],
            [("B", "JUNE 2021 - PRESENT"), ("B", "    HALDEN COMMUNICATIONS")],
            [("", "Software Engineering Intern – Working on a team of engineers on a modem.")],
            [("B", "MAR 2020 - JUNE 2021"), ("B", "    CORVELL HOME THEATERS")],
            [("", "Software Engineer (Remote) – Wrote and maintained a web app for quotes.")],
            [("", "Lab Technician – Designed, fabricated, and tested printed circuit boards.")],
        ],
        dejavu=True,
    )  # fmt: skip
    assert [(t, c, s, e) for t, c, s, e in _positions(made)] == [
        ("Software Engineering Intern", "HALDEN COMMUNICATIONS", "2021-06", "now"),
        ("Software Engineer (Remote)", "CORVELL HOME THEATERS", "2020-03", "2021-06"),
        ("Lab Technician", "CORVELL HOME THEATERS", "2020-03", "2021-06"),
    ]
