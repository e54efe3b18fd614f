"""Every importer on real files: PDFs from fpdf2, DOCX from python-docx, LinkedIn zips, YAML."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.proof import Channel, import_file, import_files
from tests.proof.files import EXAMPLES, example_resume_lines, make_docx, make_linkedin_zip, make_pdf


def _check_example_resume(doc: object) -> None:
    from levelset.proof.model import Document

    assert isinstance(doc, Document)
    assert doc.channel is Channel.RESUME
    assert doc.name == "Maya Chen"
    assert doc.headline and doc.headline.startswith("Senior Machine Learning Engineer")
    assert doc.summary and "38%" in doc.summary
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Senior Machine Learning Engineer", "Shopwise"),
        ("Machine Learning Engineer", "Databright"),
        ("Data Analyst", "Northwind Retail"),
    ]
    first = doc.positions[0]
    assert first.start == dt.date(2021, 3, 1) and first.current and first.end is None
    assert doc.positions[1].end == dt.date(2021, 2, 1)
    assert len(first.bullets) == 5
    # a long bullet wraps over two lines in the PDF and is read back as one
    assert first.bullets[0].text.endswith("cutting p99 latency from 120 ms to 35 ms.")
    assert "PyTorch" in doc.skills


def test_pdf_resume_made_with_fpdf2(tmp_path: Path) -> None:
    doc = import_file(make_pdf(tmp_path / "maya.pdf", example_resume_lines()))
    _check_example_resume(doc)
    assert doc.positions[0].bullets[0].origin.field == "page 1"


def test_docx_resume_made_with_python_docx(tmp_path: Path) -> None:
    doc = import_file(make_docx(tmp_path / "maya.docx", example_resume_lines()))
    _check_example_resume(doc)
    assert doc.positions[0].bullets[0].origin.field.startswith("paragraph ")


def test_markdown_resume_keeps_line_numbers() -> None:
    doc = import_file(EXAMPLES / "resume.md")
    _check_example_resume(doc)
    bullet = doc.positions[0].bullets[2]
    lines = (EXAMPLES / "resume.md").read_text().splitlines()
    assert bullet.origin.line is not None
    assert lines[bullet.origin.line - 1].startswith("- Owned the feature store")


def test_linkedin_zip_and_folder_read_the_same(tmp_path: Path) -> None:
    from_zip = import_file(make_linkedin_zip(tmp_path / "Basic_LinkedInDataExport.zip"))
    from_folder = import_file(EXAMPLES / "linkedin")
    for doc in (from_zip, from_folder):
        assert doc.channel is Channel.LINKEDIN
        assert doc.name == "Maya Chen"
        assert doc.headline == "Staff ML Engineer | Fraud and ranking"
        assert [p.company for p in doc.positions] == [
            "Shopwise Inc.",
            "Databright",
            "Northwind Retail",
        ]
        assert len(doc.positions[0].bullets) == 2  # a two-line description is two claims
        assert doc.positions[0].current and doc.positions[1].end == dt.date(2020, 1, 1)
        assert "Fraud Detection" in doc.skills
    assert [b.text for b in from_zip.bullets()] == [b.text for b in from_folder.bullets()]
    assert from_zip.positions[1].origin.line == 4  # the record's first line in Positions.csv


def test_linkedin_zip_with_files_in_a_subfolder(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "export/Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\n"
            "Acme,Data Engineer,Cut costs by 20%.,,Jan 2022,\n",
        )
    doc = import_file(path)
    assert doc.positions[0].title == "Data Engineer"
    assert doc.bullets()[0].text == "Cut costs by 20%."


def test_json_resume(tmp_path: Path) -> None:
    data = {
        "basics": {"name": "Sam Lee", "label": "ML Engineer", "summary": "I ship models."},
        "work": [
            {
                "name": "Acme",
                "position": "ML Engineer",
                "startDate": "2020-02-01",
                "endDate": "2023-06-30",
                "highlights": ["Raised recall by 9% on the spam model.", "Worked on dashboards."],
            }
        ],
        "skills": [{"name": "ML", "keywords": ["PyTorch", "SQL"]}],
    }
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(data))
    doc = import_file(path)
    assert doc.headline == "ML Engineer"
    position = doc.positions[0]
    assert (position.start, position.end, position.current) == (
        dt.date(2020, 2, 1),
        dt.date(2023, 6, 1),
        False,
    )
    assert position.bullets[0].origin.field == "work[0].highlights[0]"
    assert doc.skills == ("ML", "PyTorch", "SQL")


def test_json_resume_problems_name_the_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"work": [{"name": "Acme"}, "oops"]}))
    with pytest.raises(InputError) as caught:
        import_file(path)
    fields = [p.field for p in caught.value.problems]
    assert fields == ["work[0].position", "work[1]"]
    assert all(p.file == "bad.json" for p in caught.value.problems)


def test_story_bank_in_yaml_and_markdown(tmp_path: Path) -> None:
    yaml_doc = import_file(EXAMPLES / "stories.yaml")
    assert yaml_doc.channel is Channel.STORIES
    assert [s.title for s in yaml_doc.stories][:2] == [
        "Fraud losses at Shopwise",
        "Serving latency",
    ]
    markdown = tmp_path / "stories.md"
    markdown.write_text(
        "# My stories\n\n## Cutting latency\n**Situation:** slow checkout.\n**Task:** fix it.\n"
        "**Action:** I cached features\nand batched calls.\n"
        "**Result:** p99 fell from 900 ms to 140 ms.\n"
    )
    doc = import_file(markdown)
    story = next(s for s in doc.stories if s.title == "Cutting latency")
    assert story.action == "I cached features and batched calls."
    assert story.result == "p99 fell from 900 ms to 140 ms."
    assert story.origin.line == 3


def test_a_story_without_a_result_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "stories.yaml"
    path.write_text("- title: half\n  action: I did it\n- title: ok\n  action: a\n  result: b\n")
    with pytest.raises(InputError) as caught:
        import_file(path)
    assert caught.value.problems[0].field == "stories[0]"


def test_import_files_reports_every_bad_file_and_keeps_none(tmp_path: Path) -> None:
    good = EXAMPLES / "resume.md"
    bad_pdf = tmp_path / "broken.pdf"
    bad_pdf.write_bytes(b"%PDF-1.7\n garbage")
    odd = tmp_path / "notes.xyz"
    odd.write_text("hello")
    with pytest.raises(InputError) as caught:
        import_files([good, bad_pdf, odd])
    assert {p.file for p in caught.value.problems} == {"broken.pdf", "notes.xyz"}


def test_plain_text_resume_without_headings(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "Ana Ruiz\nData Scientist\n\nData Scientist at Globex, 2019 - 2022\n"
        "* Built a churn model that cut churn by 4%.\n* Worked on reporting.\n"
    )
    doc = import_file(path)
    assert doc.positions[0].company == "Globex"
    assert [b.text for b in doc.positions[0].bullets] == [
        "Built a churn model that cut churn by 4%.",
        "Worked on reporting.",
    ]


def test_pdf_with_right_aligned_dates_and_company_lines(tmp_path: Path) -> None:
    """A common two-column header: title left, dates right, company on the next line."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    rows = [
        ("Jo Park", ""),
        ("Senior Data Scientist", ""),
        ("EXPERIENCE", ""),
        ("Senior Data Scientist", "Jan 2021 - Present"),
        ("Globex Corporation, Chicago", ""),
        ("- Cut churn by 12% with an uplift model shipped to production.", ""),
        ("Acme Analytics", "Boston, MA"),
        ("Data Scientist", "2018 - 2020"),
        ("- Built forecasting models for 300 stores", ""),
        ("  that cut stockouts by 9%.", ""),
    ]
    for left, right in rows:
        pdf.cell(120, 6, left)
        pdf.cell(0, 6, right, align="R", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "two-column.pdf"
    pdf.output(str(path))
    doc = import_file(path)
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Senior Data Scientist", "Globex Corporation"),
        ("Data Scientist", "Acme Analytics"),
    ]
    assert doc.positions[1].bullets[0].text == (
        "Built forecasting models for 300 stores that cut stockouts by 9%."
    )


def test_pdf_with_a_sidebar_column_keeps_bullets_whole(tmp_path: Path) -> None:
    """A two-column resume: the sidebar (skills, contact) must not leak into the bullets."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    main = [
        "Jane Doe",
        "Staff ML Engineer",
        "EXPERIENCE",
        "Staff ML Engineer, Acme Corp",
        "Jan 2021 - Present",
        "- Led the migration of 4 teams to a shared feature platform, cutting model launch "
        "time from 6 weeks to 9 days.",
        "- Set the technical direction for ranking across search and ads teams; CTR rose 7%.",
        "Senior ML Engineer, Beta Inc",
        "Mar 2017 - Dec 2020",
        "- Shipped a churn model to production that saved $2.4M a year.",
    ]
    side = ["SKILLS", "Python", "PyTorch", "Kubernetes", "EDUCATION", "MSc CS, 2016", "CONTACT"]
    y = 10.0
    for text in main:
        pdf.set_xy(10, y)
        pdf.multi_cell(120, 5, text)
        y = pdf.get_y()
    for row, text in enumerate(side):
        pdf.set_xy(140, 10 + 6 * row)
        pdf.cell(60, 5, text)
    path = tmp_path / "sidebar.pdf"
    pdf.output(str(path))
    doc = import_file(path)
    bullets = [b.text for p in doc.positions for b in p.bullets]
    assert bullets == [main[5][2:], main[6][2:], main[9][2:]]
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Staff ML Engineer", "Acme Corp"),
        ("Senior ML Engineer", "Beta Inc"),
    ]
    assert "Kubernetes" in doc.skills


def _export_folder(tmp_path: Path, positions: str) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_text(
        (EXAMPLES / "linkedin" / "Profile.csv").read_text(), encoding="utf-8"
    )
    (folder / "Positions.csv").write_text(positions, encoding="utf-8")
    return folder


def test_linkedin_positions_with_a_renamed_title_column_is_refused(tmp_path: Path) -> None:
    folder = _export_folder(
        tmp_path,
        "Company Name,Job Title,Description,Location,Started On,Finished On\n"
        "Acme,Data Engineer,Cut costs by 20%.,,Jan 2022,\n",
    )
    with pytest.raises(InputError) as caught:
        import_file(folder)
    problem = caught.value.problems[0]
    assert (problem.file, problem.line, problem.field) == ("Positions.csv", 1, "Title")


def test_linkedin_positions_with_a_bad_date_names_row_and_field(tmp_path: Path) -> None:
    folder = _export_folder(
        tmp_path,
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme,Data Engineer,Cut costs by 20%.,,Jan 2022,\n"
        "Initech,Analyst,Built reports.,,2026-13-01,\n",
    )
    with pytest.raises(InputError) as caught:
        import_file(folder)
    problem = caught.value.problems[0]
    assert (problem.file, problem.line, problem.field) == ("Positions.csv", 3, "Started On")
    assert "2026-13-01" in problem.message


def test_docx_resume_laid_out_in_a_table_with_a_sidebar(tmp_path: Path) -> None:
    """Many Word templates put the resume in a table: a narrow sidebar and the main column."""
    import docx

    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "SKILLS"
    for skill in ("Python", "PyTorch"):
        left.add_paragraph(skill)
    right.text = "Jane Doe"
    for line in (
        "Staff ML Engineer",
        "Experience",
        "Staff ML Engineer, Acme Corp (Jan 2021 - Present)",
    ):
        right.add_paragraph(line)
    bullets = [
        "Led the migration of 4 teams to a shared feature platform, cutting model launch time "
        "from 6 weeks to 9 days.",
        "Shipped a churn model to production that saved $2.4M a year.",
    ]
    for bullet in bullets:
        right.add_paragraph(bullet, style="List Bullet")
    path = tmp_path / "table.docx"
    document.save(str(path))
    doc = import_file(path)
    assert doc.name == "Jane Doe" and doc.headline == "Staff ML Engineer"
    assert [(p.title, p.company) for p in doc.positions] == [("Staff ML Engineer", "Acme Corp")]
    assert [b.text for b in doc.positions[0].bullets] == bullets
    assert set(doc.skills) >= {"Python", "PyTorch"}
