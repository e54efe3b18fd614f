"""Academic posts as Word CVs set them. In a PDF: the years in a left column, then "Title,
Field, Institution" ("Assistant Professor, Sociology, University of Florida"); a post held
beside another written deeper, its open range so close to its title that no gap parts them
("2023-  Director, Computational Sociology Lab"); and a state university's campus named by
its town after the field ("Postdoctoral Fellow, Demography, University of California,
Berkeley"). In a DOCX: "University of Wisconsin–Madison, Teaching Assistant" over the dated
courses taught in it ("2019 <tab> Population Problems"), one post dated by its courses, and the
campus after its university's unspaced dash kept in the name. PDFs drawn with fpdf2; the people
and their posts are made up."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importers.pdf import import_pdf
from levelset.proof.importing import import_file
from levelset.proof.title_company import split_title_company

_Cell = tuple[float, str]


def _pdf(path: Path, rows: list[list[_Cell]]) -> Path:
    """Each row cells (indent in points right of the margin, text), drawn at their indents."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_margins(54, 54, 54)
    pdf.c_margin = 0
    pdf.add_page()
    for cells in rows:
        for indent, text in cells:
            pdf.set_x(54 + indent)
            pdf.set_font("Helvetica", "B" if text.isupper() else "", 11)
            pdf.cell(pdf.get_string_width(text) + 1, 14, text)
        pdf.ln(14)
    pdf.output(str(path))
    return path


def _rows(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y}", "now" if p.current else f"{p.end:%Y}")
        for p in import_pdf(path).positions
    ]


_PROFESSOR = "Assistant Professor, Sociology and Criminology & Law, University of Florida"


def test_posts_dated_in_a_left_column_with_one_held_beside_another(tmp_path: Path) -> None:
    rows = [
        [(200, "Robin Vale")],
        [(170, "Department of Sociology, Harlow University")],
        [(0, "ACADEMIC POSITIONS")],
        [(4, "2023-"), (50, _PROFESSOR)],
        [(40, "2023-"), (80, "Director, Computational Sociology and Criminology Lab")],
        [(6, "2022"), (50, "Postdoctoral Fellow, Demography, University of California, Berkeley")],
        [(0, "EDUCATION")],
        [(4, "2021"), (50, "Ph.D., Sociology, University of Wisconsin-Madison")],
        [(4, "2016"), (50, "M.A., Sociology, Yonsei University")],
    ]  # fmt: skip
    assert _rows(_pdf(tmp_path / "cv.pdf", rows)) == [
        ("Assistant Professor", "University of Florida", "2023", "now"),
        ("Director", "Computational Sociology and Criminology Lab", "2023", "now"),
        ("Postdoctoral Fellow", "University of California, Berkeley", "2022", "2022"),
    ]


def test_a_title_its_field_and_the_institution() -> None:
    assert split_title_company("Lecturer, Mathematics, University of Bristol") == (
        "Lecturer",
        "University of Bristol",
    )
    assert split_title_company("Research Fellow, Economics, Harlow College") == (
        "Research Fellow",
        "Harlow College",
    )
    # a field that is a team at a company names no institution: unchanged
    assert split_title_company("Software Engineer, Payments, Stripe")[0] == "Software Engineer"


def test_a_post_over_the_courses_taught_in_it(tmp_path: Path) -> None:
    document = docx.Document()
    paragraphs = [
        "Robin Vale", "robin@example.org", "EDUCATION",
        "2016-\tPh.D. candidate, Sociology, University of Wisconsin–Madison",
        "TEACHING EXPERIENCE",
        "University of Wisconsin–Madison, Teaching Assistant",
        "2019\tPopulation Problems (led five weekly discussion sessions)",
        "2017\tMarriage and Family (led five weekly discussion sessions)",
        "Harlow Social Science Data Archive, Teaching Assistant",
        "2013,6\tSocial Network Theory and Methods (led one weekly lab session)",
        "PROFESSIONAL SERVICE",
        "Member\tAmerican Sociological Association",
    ]  # fmt: skip
    for text in paragraphs:
        document.add_paragraph().add_run(text).bold = text.isupper()
    document.save(str(tmp_path / "cv.docx"))
    found = import_file(tmp_path / "cv.docx").positions
    assert [(p.title, p.company, f"{p.start:%Y}", f"{p.end:%Y}") for p in found] == [
        ("Teaching Assistant", "University of Wisconsin–Madison", "2017", "2019"),
        ("Teaching Assistant", "Harlow Social Science Data Archive", "2013", "2016"),
    ]
    assert [b.text for b in found[0].bullets] == [
        "Population Problems (led five weekly discussion sessions)",
        "Marriage and Family (led five weekly discussion sessions)",
    ]


def test_a_campus_after_its_university_s_dash_is_part_of_the_name() -> None:
    assert split_title_company("Teaching Assistant, University of Wisconsin–Madison") == (
        "Teaching Assistant",
        "University of Wisconsin–Madison",
    )
    assert split_title_company("Data Engineer–Acme Corp") == ("Data Engineer", "Acme Corp")
