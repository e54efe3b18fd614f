"""Every format detected before it is read: FRESH, JSON Resume job descriptions, LinkedIn dates,
DOCX without headings, and PDFs with nothing to read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.proof import import_file
from tests.proof.files import make_docx

FRESH_RESUME = {
    "name": "Jane Q. Fullstacker",
    "meta": {"format": "FRESH@0.6.0", "version": "0.1.0"},
    "info": {"label": "Senior ML Engineer", "brief": "Builds ranking systems."},
    "employment": {
        "history": [
            {
                "employer": "Acme Corp",
                "position": "Senior ML Engineer",
                "start": "2019-03",
                "highlights": ["Cut serving latency by 40%."],
            },
            {
                "employer": "Globex",
                "position": "Data Scientist",
                "start": "2016-01",
                "end": "2019-02",
            },
        ]
    },
    "skills": {"sets": [{"name": "ML", "skills": ["PyTorch", "XGBoost"]}]},
}
JOB = {
    "title": "Senior ML Engineer",
    "company": "Acme",
    "type": "Full-time",
    "description": "Own the ranking stack.",
    "responsibilities": ["Ship models"],
    "skills": [{"name": "ML", "keywords": ["PyTorch"]}],
}


def _json(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_fresh_resume_is_converted(tmp_path: Path) -> None:
    doc = import_file(_json(tmp_path, "fresh.json", FRESH_RESUME))
    assert doc.name == "Jane Q. Fullstacker" and doc.headline == "Senior ML Engineer"
    assert [(p.title, p.company, p.start, p.current) for p in doc.positions] == [
        ("Senior ML Engineer", "Acme Corp", dt.date(2019, 3, 1), True),
        ("Data Scientist", "Globex", dt.date(2016, 1, 1), False),
    ]
    assert doc.positions[0].bullets[0].text == "Cut serving latency by 40%."
    assert "PyTorch" in doc.skills


def test_job_description_is_refused_as_a_resume(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="job description") as caught:
        import_file(_json(tmp_path, "job.json", JOB))
    assert "job.json" in caught.value.message


def test_json_that_is_no_resume_says_what_it_found(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"not a résumé.*keys: colour, size"):
        import_file(_json(tmp_path, "thing.json", {"size": 3, "colour": "red"}))


def test_json_resume_0x_field_names(tmp_path: Path) -> None:
    old = {
        "basics": {"name": "Ana"},
        "work": [
            {
                "company": "Initech",
                "position": "Analyst",
                "website": "https://initech.example",
                "startDate": "2014-06-01",
                "endDate": "",
            }
        ],
    }
    doc = import_file(_json(tmp_path, "old.json", old))
    assert (doc.positions[0].company, doc.positions[0].current) == ("Initech", True)


def test_linkedin_dates_written_day_month_year(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_text("First Name,Last Name,Headline\nAna,Ruiz,ML Engineer\n")
    (folder / "Positions.csv").write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Globex,ML Engineer,,Berlin,01 Oct 2022,\n"
        "Initech,Data Analyst,,Berlin,15 Mar 2019,30 Sep 2022\n"
    )
    doc = import_file(folder)
    assert [(p.company, p.start, p.end, p.current) for p in doc.positions] == [
        ("Globex", dt.date(2022, 10, 1), None, True),
        ("Initech", dt.date(2019, 3, 1), dt.date(2022, 9, 1), False),
    ]


def test_docx_without_headings_takes_no_skill_for_a_headline(tmp_path: Path) -> None:
    lines = [
        "Ana Ruiz",
        "Python",
        "ana@example.com",
        "Data Scientist at Globex, 2019 - 2022",
        "- Built a churn model that cut churn by 4%.",
    ]
    doc = import_file(make_docx(tmp_path / "cv.docx", lines))
    assert doc.headline != "Python"
    assert [(p.title, p.company) for p in doc.positions] == [("Data Scientist", "Globex")]


def test_pdf_with_no_pages_of_text_says_no_ocr(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError, match="no OCR"):
        import_file(path)
