"""How a Word paragraph is cut into the lines the page shows, on documents made here with
python-docx (forms of the real DOCX CVs of batch 2026-12-07a's tuning part): a paragraph its
author broke with Shift+Enter is read line by line, each line with its own face; a heading the
reader does not know ("Resume"), set in the style of the known ones, heads the jobs of a résumé
that names no section of jobs; the words inside a content control (a heading or a field in
Word's own templates) are read with the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.text.paragraph import Paragraph

from levelset.proof.importers.docx import extract_paragraphs
from levelset.proof.importing import import_file


def _positions(path: Path) -> list[tuple[str, str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now", p.location)
        for p in import_file(path).positions
    ]


def _broken(document: docx.document.Document, first: str, second: str, about: str) -> None:
    """ "Employer <tab> place" in bold, a line break, "Title <tab> dates"; then a plain line."""
    paragraph = document.add_paragraph()
    head = paragraph.add_run(first)
    head.bold = True
    head.add_break()
    paragraph.add_run(second).bold = True
    document.add_paragraph(about)


def _stoit(document: docx.document.Document, heading: str) -> None:
    document.add_heading("Robin Vos", level=1)
    document.add_paragraph("Email: robin@example.com")
    document.add_heading("About", level=2)
    document.add_paragraph("I am a software developer who likes Go.")
    document.add_heading("Skills", level=2)
    for skill in ("Go", "Docker", "Kubernetes"):
        document.add_paragraph(skill, style="List Bullet")
    document.add_heading(heading, level=2)
    _broken(
        document,
        "Tealtribe\tRemote",
        "Fullstack software engineer\tMarch 2021 - August 2022",
        "Building a community website with Go and Flutter.",
    )
    _broken(
        document,
        "Klippa\tGroningen, Netherlands",
        "Backend engineer\tJanuary 2020 - December 2020",
        "Worked with Angular and Go on internal tools.",
    )


WANTED = [
    ("Fullstack software engineer", "Tealtribe", "2021-03", "2022-08", "Remote"),
    ("Backend engineer", "Klippa", "2020-01", "2020-12", "Groningen, Netherlands"),
]


def test_a_paragraph_broken_into_lines_is_read_line_by_line(tmp_path: Path) -> None:
    document = docx.Document()
    _stoit(document, "Experience")
    document.save(str(tmp_path / "cv.docx"))
    lines = extract_paragraphs(tmp_path / "cv.docx")
    assert "Tealtribe\tRemote" in lines
    assert "Fullstack software engineer\tMarch 2021 - August 2022" in lines
    assert _positions(tmp_path / "cv.docx") == WANTED


def test_a_heading_in_the_headings_style_over_the_jobs_heads_them(tmp_path: Path) -> None:
    document = docx.Document()
    _stoit(document, "Resume")
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == WANTED


def test_an_unknown_heading_does_not_take_the_jobs_from_a_known_one(tmp_path: Path) -> None:
    document = docx.Document()
    _stoit(document, "Experience")
    document.add_heading("Fellowships", level=2)
    document.add_paragraph("Data Fellowship\t2019 - 2020")
    document.add_paragraph("Travel Grant\t2018 - 2019")
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == WANTED


def _in_control(paragraph: Paragraph) -> None:
    """The paragraph's runs moved into an inline content control (w:sdt), as Word's own
    templates hold a heading or a field the author fills in."""
    _wrap(paragraph._p, list(paragraph._p.r_lst))


def _wrap(parent: Any, children: list[Any]) -> None:
    """`children` of `parent` moved into a content control (w:sdt) appended to `parent`."""
    control, settings, content = (OxmlElement(t) for t in ("w:sdt", "w:sdtPr", "w:sdtContent"))
    control.append(settings)
    control.append(content)
    for child in children:
        content.append(child)
    parent.append(control)


def test_the_words_inside_content_controls_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Casey Lin")
    for heading, body in (("Summary", "Data engineer."), ("Skills", "Python, SQL, Spark")):
        _in_control(document.add_heading(heading, level=1))
        document.add_paragraph(body)
    _in_control(document.add_heading("Experience", level=1))
    for title, employer, bullet in (
        ("Senior Data Engineer\tMarch 2019 – Present", "Globex Corporation", "Built a platform."),
        ("Data Analyst\tJune 2016 – February 2019", "Initech", "Wrote the reports."),
    ):
        document.add_paragraph(title)
        _in_control(document.add_paragraph(employer))
        document.add_paragraph(bullet, style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    assert "Experience" in extract_paragraphs(tmp_path / "cv.docx")
    assert [p[:4] for p in _positions(tmp_path / "cv.docx")] == [
        ("Senior Data Engineer", "Globex Corporation", "2019-03", "now"),
        ("Data Analyst", "Initech", "2016-06", "2019-02"),
    ]


def test_posts_under_a_non_academic_heading_and_courses_taught(tmp_path: Path) -> None:
    """An academic CV (Heading 1 sections): "Non-Academic Work" holds jobs ("Demonstrator" a
    role), "Undergraduate Courses" under the teaching posts lists courses taught, no jobs."""
    document = docx.Document()
    document.add_paragraph("Elliot Moss")
    document.add_heading("Research Experience", level=1)
    for dates, title, employer in (
        ("2019 - 2020", "UX Research Intern", "University of Glasgow"),
        ("2016 - 2017", "Teaching Assistant", "University of Leeds"),
    ):
        document.add_paragraph(f"{dates}\t{title}")
        document.add_paragraph(employer)
    document.add_paragraph("Undergraduate Courses").runs[0].bold = True
    document.add_paragraph("Ecology Laboratory, CSULA\t\t2014, 2015")
    document.add_paragraph("Plant Biology for Non-Majors, CSULA\t\t2014")
    document.add_heading("Publications", level=1)
    document.add_paragraph("Moss, E. It's All Fun and Games. Autism.")
    document.add_heading("Non-Academic Work", level=1)
    document.add_paragraph("Demonstrator\t2020 - Present")
    document.add_paragraph("University of Glasgow")
    document.add_paragraph("Developed learning aids for advanced statistics.")
    document.save(str(tmp_path / "cv.docx"))
    assert [p[:4] for p in _positions(tmp_path / "cv.docx")] == [
        ("UX Research Intern", "University of Glasgow", "2019-01", "2020-01"),
        ("Teaching Assistant", "University of Leeds", "2016-01", "2017-01"),
        ("Demonstrator", "University of Glasgow", "2020-01", "now"),
    ]


def test_an_equation_beside_the_words_is_passed_over(tmp_path: Path) -> None:
    """A paragraph holding an equation (m:oMath, whose runs are m:r) reads its words."""
    document = docx.Document()
    document.add_paragraph("Casey Lin")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Research Intern\tJune 2020 – August 2020")
    line = document.add_paragraph("Acme Labs")
    math, run, text = (OxmlElement(t) for t in ("m:oMath", "m:r", "m:t"))
    text.text = "x+1"
    run.append(text)
    math.append(run)
    line._p.append(math)
    document.save(str(tmp_path / "cv.docx"))
    assert [p[:4] for p in _positions(tmp_path / "cv.docx")] == [
        ("Research Intern", "Acme Labs", "2020-06", "2020-08")
    ]


def test_a_cell_held_in_a_content_control_or_a_table_in_a_cell_is_read(tmp_path: Path) -> None:
    """A template's layout table: the jobs in a cell whose paragraphs stand inside a content
    control (w:sdt in w:tc), and a second job in a table set inside a cell."""
    document = docx.Document()
    document.add_paragraph("Casey Lin")
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=2, cols=1)
    first = table.cell(0, 0)
    first.paragraphs[0].text = "Senior Data Engineer\tMarch 2019 – Present"
    first.add_paragraph("Globex Corporation")
    _wrap(first._tc, list(first._tc.p_lst))
    first._tc.append(OxmlElement("w:p"))  # a cell ends with a paragraph of its own
    inner = table.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "June 2016 – February 2019"
    inner.cell(0, 1).paragraphs[0].text = "Data Analyst"
    inner.cell(0, 1).add_paragraph("Initech")
    document.save(str(tmp_path / "cv.docx"))
    assert [p[:4] for p in _positions(tmp_path / "cv.docx")] == [
        ("Senior Data Engineer", "Globex Corporation", "2019-03", "now"),
        ("Data Analyst", "Initech", "2016-06", "2019-02"),
    ]
