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


def _positions(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now")
        for p in import_file(path).positions
    ]


def _pdf(path: Path, rows: list[list[tuple[str, str]]]) -> Path:
    """Each row a line of runs (face, text): "B" bold, "I" italic, "" plain, "R" plain text
    set against the right margin."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_margins(54, 54, 54)
    pdf.add_page()
    for row in rows:
        for face, text in row:
            pdf.set_font("Helvetica", face if face in ("B", "I") else "", 10)
            if face == "R":
                pdf.set_x(pdf.w - pdf.r_margin - pdf.get_string_width(text))
            pdf.cell(pdf.get_string_width(text) + 1, 14, text)
        pdf.ln(14)
    pdf.output(str(path))
    return path


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
        ],
    )  # fmt: skip
    assert [(t, c) for t, c, _, _ in _positions(made)] == [
        ("Graduate Research Assistant", "Department of Physics, Corvell University"),
        ("Research Intern", "Halden Institute of Technology"),
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
