"""Word résumés laid out in tables, styles and text boxes, on documents made here with
python-docx (forms of the real DOCX CVs of batch 2026-12-06i's tuning part): a sidebar cell
merged down a layout table is read once, a heading in the next column is not glued to the
sidebar's first line."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.table import Table

from levelset.proof.importers.docx import extract_paragraphs
from levelset.proof.importing import import_file

SIDEBAR = ["Dana Whitfield", "Contacts", "12 Elm Row", "dana@example.com", "Skills", "Python"]


def _positions(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now")
        for p in import_file(path).positions
    ]


def _fill(cell: docx.table._Cell, lines: list[str]) -> None:
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _sidebar_table(document: docx.document.Document) -> Table:
    """A sidebar merged down the left column; dates and jobs in the two columns beside it."""
    table = document.add_table(rows=3, cols=3)
    sidebar = table.cell(0, 0).merge(table.cell(2, 0))
    _fill(sidebar, SIDEBAR)
    heading = table.cell(0, 1).merge(table.cell(0, 2))
    _fill(heading, ["Work Experience"])
    _fill(table.cell(1, 1), ["03/2020 –", "now"])
    _fill(table.cell(1, 2), ["Data Engineer at Acme Corp, Germany", "Built the pipelines."])
    _fill(table.cell(2, 1), ["01/2018 –", "02/2020"])
    _fill(table.cell(2, 2), ["Analyst at Globex, Germany", "Wrote the reports."])
    return table


def test_a_sidebar_merged_down_a_layout_table_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    _sidebar_table(document)
    document.save(str(tmp_path / "cv.docx"))
    lines = extract_paragraphs(tmp_path / "cv.docx")
    assert lines.count("Dana Whitfield") == 1
    assert _positions(tmp_path / "cv.docx") == [
        ("Data Engineer", "Acme Corp", "2020-03", "now"),
        ("Analyst", "Globex", "2018-01", "2020-02"),
    ]


def test_a_heading_beside_a_sidebar_is_its_own_line(tmp_path: Path) -> None:
    document = docx.Document()
    _sidebar_table(document)
    document.save(str(tmp_path / "cv.docx"))
    lines = extract_paragraphs(tmp_path / "cv.docx")
    assert lines[0] == "Dana Whitfield"
    assert "Work Experience" in lines


def _headed(paragraphs: list[tuple[str, str]]) -> docx.document.Document:
    """Paragraphs as (bold text, plain text) runs under a name and an Experience heading."""
    document = docx.Document()
    document.add_paragraph("Dana Whitfield")
    document.add_paragraph("Experience")
    for bold, plain in paragraphs:
        paragraph = document.add_paragraph()
        paragraph.add_run(bold).bold = True
        paragraph.add_run(plain)
    return document


def test_a_bold_title_before_a_plain_employer_is_two_fields(tmp_path: Path) -> None:
    document = _headed(
        [
            ("SOFTWARE INTERN ", "TEXAS INSTRUMENTS\tDALLAS, TX"),
            ("", "JUNE 2019 – PRESENT"),
            ("UNDERGRADUATE RESEARCHER ", "UNIVERSITY OF TEXAS AT DALLAS\tRICHARDSON, TX"),
            ("", "MAY 2017 – JULY 2017"),
            ("RESIDENT ASSISTANT ", "UMBC                         BALTIMORE, MD"),
            ("", "AUGUST 2016 – MAY 2017"),
        ]
    )
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == [
        ("SOFTWARE INTERN", "TEXAS INSTRUMENTS", "2019-06", "now"),
        ("UNDERGRADUATE RESEARCHER", "UNIVERSITY OF TEXAS AT DALLAS", "2017-05", "2017-07"),
        ("RESIDENT ASSISTANT", "UMBC", "2016-08", "2017-05"),
    ]


def test_a_bold_lead_before_dates_a_place_or_a_sentence_stays_one_line(tmp_path: Path) -> None:
    document = _headed(
        [
            ("Senior Engineer, Acme Corp ", "Jan 2020 – Present"),
            ("Globex ", "Berlin, Germany"),
            ("Skills: ", "Python, SQL"),
            ("Led ", "the move to the cloud."),
        ]
    )
    document.save(str(tmp_path / "cv.docx"))
    assert extract_paragraphs(tmp_path / "cv.docx")[2:] == [
        "Senior Engineer, Acme Corp Jan 2020 – Present",
        "Globex Berlin, Germany",
        "Skills: Python, SQL",
        "Led the move to the cloud.",
    ]


def test_an_advisor_after_the_title_is_a_note(tmp_path: Path) -> None:
    document = docx.Document()
    for text in [
        "Dana Whitfield",
        "Research Experience",
        "Department of Physics, Northfield University",
        "Graduate Research Assistant | Advisor: Prof. Ada Byron\tAug 2021 - Present",
        "Lakeside Institute",
        "Research Intern – Supervised by Dr. Ilse Brandt\tJun 2019 - Aug 2019",
    ]:
        document.add_paragraph(text)
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == [
        (
            "Graduate Research Assistant",
            "Department of Physics, Northfield University",
            "2021-08",
            "now",
        ),
        ("Research Intern", "Lakeside Institute", "2019-06", "2019-08"),
    ]


def _plain_document(paragraphs: list[str], listed: tuple[str, ...] = ()) -> docx.document.Document:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text, style="List Bullet" if text in listed else None)
    return document


def test_one_date_without_employer_or_role_is_no_position(tmp_path: Path) -> None:
    document = _plain_document(
        [
            "Dana Whitfield",
            "Experience",
            "Data Analyst, Acme Corp\tJan 2019 – Mar 2020",
            "Erasmus Exchange Semester\t2018",
            "Fulbright Leadership Seminar for Young Adults\tMar 2012",
            "Tutor, Northfield College\t2017",
        ]
    )
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == [
        ("Data Analyst", "Acme Corp", "2019-01", "2020-03"),
        ("Tutor", "Northfield College", "2017-01", "2017-01"),
    ]


def test_dated_items_of_a_service_section_are_no_jobs(tmp_path: Path) -> None:
    service = (
        "Scholarship Judge, Fulbright Commission, Quito, Ecuador (2020)",
        "President, International Club, Northfield University, Quito, Ecuador (Sep 2011-Dec 2011)",
    )
    document = _plain_document(
        [
            "Dana Whitfield",
            "Experience",
            "Data Analyst, Acme Corp\tJan 2019 – Mar 2020",
            "Research Assistant, Northfield University\tJan 2016 – Dec 2018",
            "Skills",
            "Python",
            "Stata",
            "Service",
            *service,
        ],
        listed=service,
    )
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == [
        ("Data Analyst", "Acme Corp", "2019-01", "2020-03"),
        ("Research Assistant", "Northfield University", "2016-01", "2018-12"),
    ]


def test_a_chinese_cvs_schooling_and_honours_are_no_jobs(tmp_path: Path) -> None:
    document = _plain_document(
        [
            "吕思源",
            "教育背景",
            "2017.9-2020.6\t山东大学经济研究院 经济学硕士",
            "奖励荣誉",
            "研究生国家奖学金（前3%）\t2018",
            "工作经历",
            "Data Analyst, Acme Corp\tJan 2021 – Mar 2022",
        ]
    )
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == [("Data Analyst", "Acme Corp", "2021-01", "2022-03")]


def test_an_institute_and_its_lab_are_one_employer_over_its_title(tmp_path: Path) -> None:
    bullets = ("Modelled evolution in Python.", "Presented the findings.")
    document = _plain_document(
        [
            "Dana Whitfield",
            "Work Experience",
            "Lerner Research Institute, Scott Lab | Cleveland, OH      January 2021 – Present",
            "Research Student",
            bullets[0],
            "Case Cancer Center | Cleveland, OH      June 2020 – August 2020",
            "Summer Research Scholar",
            bullets[1],
        ],
        listed=bullets,
    )
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == [
        ("Research Student", "Lerner Research Institute, Scott Lab", "2021-01", "now"),
        ("Summer Research Scholar", "Case Cancer Center", "2020-06", "2020-08"),
    ]


def test_a_union_is_the_employer_of_its_volunteer(tmp_path: Path) -> None:
    document = _plain_document(
        [
            "Dana Whitfield",
            "Related Experience",
            "Harbour Dock Workers’ Union (Durban, South Africa)",
            "Volunteer\tMarch 2010 – June 2010",
            "Northfield Water Board (Denver, CO)",
            "Engineering Aide\tMay 2008 – August 2008",
        ]
    )
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx")[0] == (
        "Volunteer",
        "Harbour Dock Workers’ Union",
        "2010-03",
        "2010-06",
    )


def test_a_study_named_under_a_post_does_not_head_the_next(tmp_path: Path) -> None:
    document = _plain_document(
        [
            "Dana Whitfield",
            "Teaching Appointments",
            "2019-2020\tGraduate Student Instructor, UCB",
            "2012-2014\tRecitation Leader, IUPUI",
            "Workshops",
            "Introduction to Shell, Git, and R, Data Carpentry, UCB",
            "Research Experience",
            "2018-2019\tGraduate Student Researcher",
            "Department of Integrative Biology",
            "Northfield University",
            "Laboratory of Dr. Ada Byron",
            "The evolution and physiology of drought tolerance in desert mosses",
            "2013-2015\tGraduate Student Researcher",
            "Department of Geography",
            "Northfield University",
            "Laboratory of Dr. Ilse Brandt",
            "Analysis of river features from a model of the delta and its evolution",
        ]
    )
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx")[2:] == [
        ("Graduate Student Researcher", "Department of Integrative Biology", "2018-01", "2019-01"),
        ("Graduate Student Researcher", "Department of Geography", "2013-01", "2015-01"),
    ]
