"""Entries told apart by font size, as LinkedIn's current profile PDF sets them.

The PDF is made here with fpdf2 after the layout of the current LinkedIn PDFs in the corpus's
tuning part: a sidebar (whose list of skills holds "Research"), then the company in 12 pt, the
title in 11.5 pt (over two lines, or with commas), the dates and the place in 10.5 pt, and
several roles under one company with the company's total length between them.
"""

from __future__ import annotations

from pathlib import Path

from levelset.proof import import_file
from levelset.proof.importers.sized import sized_positions
from levelset.proof.importers.text import Line

SIDEBAR = [(13, "Contact"), (10.5, "ada@example.com"), (13, "Top Skills"), (10.5, "Research")]
MAIN = [
    (26, "Ada Byron"),
    (12, "Analyst at Difference Engines"),
    (15.75, "Summary"),
    (12, "Analyst of engines and of the tables they print."),
    (15.75, "Experience"),
    (12, "Department of Anesthesiology, School of Medicine, University of"),
    (12, "North Carolina at Chapel Hill"),
    (11.5, "Associate Director, Medical Communications & Information, Medical"),
    (11.5, "Affairs"),
    (10.5, "July 2023 - Present (2 years 5 months)"),
    (10.5, "Brisbane, California, United States"),
    (10.5, "Wrote the answers doctors asked for, and kept them current."),
    (12, "Binc"),
    (10.5, "2 years 7 months"),
    (11.5, "Business Operations Program Manager"),
    (10.5, "August 2019 - April 2020 (9 months)"),
    (10.5, "Greater Los Angeles Area"),
    (10.5, "Binc Client Portfolio: http://www.example.com/portfolio/"),
    (11.5, "Business Development Operations Specialist"),
    (10.5, "April 2018 - August 2019 (1 year 5 months)"),
    (12, "Anthropological Lab Research at the University of California, Santa"),
    (12, "Barbara"),
    (11.5, "Intern"),
    (10.5, "September 2006 - December 2006 (4 months)"),
    (15.75, "Education"),
    (12, "University of California, Santa Barbara"),
    (10.5, "Bachelor of Arts, Film · (2005 - 2009)"),
]


def _profile(path: Path, main: list[tuple[float, str]], sidebar: bool = True) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    y = 40.0
    for size, text in SIDEBAR if sidebar else []:
        pdf.set_font("Helvetica", "", size)
        pdf.set_xy(20, y)
        pdf.cell(160, size + 2, text)
        y += size + 8
    y = 40.0
    for size, text in main:
        pdf.set_font("Helvetica", "", size)
        pdf.set_xy(220, y)
        pdf.cell(370, size + 2, text)
        y += size + 6
    pdf.output(str(path))
    return path


def _read(path: Path) -> list[tuple[str, str, str | None, str | None, str]]:
    document = import_file(path)
    return [
        (
            p.title,
            p.company,
            p.start.isoformat()[:7] if p.start else None,
            None if p.current else (p.end.isoformat()[:7] if p.end else None),
            p.location,
        )
        for p in document.positions
    ]


def test_sizes_tell_company_title_and_place_apart(tmp_path: Path) -> None:
    found = _read(_profile(tmp_path / "Profile.pdf", MAIN))
    unc = "Department of Anesthesiology, School of Medicine, University of North Carolina at "
    assert found == [
        (
            "Associate Director, Medical Communications & Information, Medical Affairs",
            unc + "Chapel Hill",
            "2023-07",
            None,
            "Brisbane, California, United States",
        ),
        (
            "Business Operations Program Manager",
            "Binc",
            "2019-08",
            "2020-04",
            "Greater Los Angeles Area",
        ),
        ("Business Development Operations Specialist", "Binc", "2018-04", "2019-08", ""),
        (
            "Intern",
            "Anthropological Lab Research at the University of California, Santa Barbara",
            "2006-09",
            "2006-12",
            "",
        ),
    ]


def test_a_roles_text_is_its_bullets_not_a_company(tmp_path: Path) -> None:
    document = import_file(_profile(tmp_path / "Profile.pdf", MAIN))
    first, second, *_ = document.positions
    assert [b.text for b in first.bullets] == [
        "Wrote the answers doctors asked for, and kept them current."
    ]
    assert [b.text for b in second.bullets] == [
        "Binc Client Portfolio: http://www.example.com/portfolio/"
    ]


def test_one_size_for_everything_is_left_to_the_words(tmp_path: Path) -> None:
    flat = [(10.5, text) for _, text in MAIN]
    path = _profile(tmp_path / "Flat.pdf", flat)
    lines = [Line(i, text, size=10.5) for i, (_, text) in enumerate(flat, start=1)]
    assert sized_positions(lines, path.name) is None
    assert import_file(path).positions  # still read, by the reader of words


def test_lines_without_sizes_are_left_to_the_words() -> None:
    lines = [Line(i, text) for i, (_, text) in enumerate(MAIN, start=1)]
    assert sized_positions(lines, "resume.md") is None


TITLE_FIRST = [
    (24, "Experience"),
    (15.4, "Developer"),
    (14, "Northwind Traders"),
    (12, "since January 2016"),
    (12, "Programming and reviewing the team's changes."),
    (15.4, "Frontend Engineer"),
    (14, "Contoso"),
    (12, "January 2015 - December 2015"),
    (12, "Built the shop's checkout."),
    (24, "Education"),
]


def test_the_words_tell_which_size_is_the_title(tmp_path: Path) -> None:
    """best-resume-ever's "cool" template: the title, larger, over the company."""
    found = _read(_profile(tmp_path / "cool.pdf", TITLE_FIRST, sidebar=False))
    assert found == [
        ("Developer", "Northwind Traders", "2016-01", None, ""),
        ("Frontend Engineer", "Contoso", "2015-01", "2015-12", ""),
    ]
