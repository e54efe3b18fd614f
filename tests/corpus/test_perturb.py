"""The perturbation tool rewrites each job's head in another Word layout, keeping its truth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest

from tests.corpus.resumes import perturb

TRUTH: dict[str, Any] = {
    "positions": [
        {"company": "Acme Corp", "title": "Senior Engineer", "start": "2020-01", "end": None},
        {"company": "Globex", "title": "Data Analyst", "start": "2017-03", "end": "2019-12"},
    ]
}


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Dana Smith")
    document.add_paragraph("EXPERIENCE")
    document.add_paragraph("Senior Engineer, Acme Corp\tJan 2020 – Present").runs[0].bold = True
    document.add_paragraph("Led the move of billing to a new ledger", style="List Bullet")
    document.add_paragraph("Data Analyst, Globex\tMar 2017 – Dec 2019").runs[0].bold = True
    document.add_paragraph("Built the churn model used by sales", style="List Bullet")
    path = tmp_path / "dana.docx"
    document.save(str(path))
    return path


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_the_heads_are_found_from_the_truth(resume: Path) -> None:
    found = perturb.heads(docx.Document(str(resume)), TRUTH)
    assert [(h.title, h.company, h.dates) for h in found] == [
        ("Senior Engineer", "Acme Corp", "Jan 2020 – Present"),
        ("Data Analyst", "Globex", "Mar 2017 – Dec 2019"),
    ]


def test_dates_go_on_their_own_line_before_the_title(resume: Path, tmp_path: Path) -> None:
    out = tmp_path / "variant.docx"
    truth, rewritten = perturb.perturb(resume, TRUTH, "dates-before", out)
    assert rewritten == 2 and truth == TRUTH
    assert _texts(out)[2:6] == [
        "Jan 2020 – Present",
        "Senior Engineer",
        "Acme Corp",
        _texts(resume)[3],
    ]
    new = docx.Document(str(out)).paragraphs[3]
    assert new.runs[0].bold  # the title's look is kept


def test_one_employer_over_two_titles_says_so_in_the_truth(resume: Path, tmp_path: Path) -> None:
    out = tmp_path / "variant.docx"
    truth, _ = perturb.perturb(resume, TRUTH, "employer-over-titles", out)
    assert _texts(out)[2:4] == ["Acme Corp", "Senior Engineer\tJan 2020 – Present"]
    assert _texts(out)[5] == "Data Analyst\tMar 2017 – Dec 2019"
    assert [p["company"] for p in truth["positions"]] == ["Acme Corp", "Acme Corp"]


def test_a_table_row_per_job(resume: Path, tmp_path: Path) -> None:
    out = tmp_path / "variant.docx"
    perturb.perturb(resume, TRUTH, "table", out)
    tables = docx.Document(str(out)).tables
    assert [[c.text for c in t.rows[0].cells] for t in tables] == [
        ["Senior Engineer\nAcme Corp", "Jan 2020 – Present"],
        ["Data Analyst\nGlobex", "Mar 2017 – Dec 2019"],
    ]


def test_a_file_counts_whole_only_when_every_head_is_rewritten(resume: Path) -> None:
    """A job whose head cannot be found would keep its layout beside the rewritten ones."""
    assert perturb._whole(resume, TRUTH)
    unknown = {"company": "Initech", "title": "Clerk", "start": "2015-01", "end": "2016-01"}
    assert not perturb._whole(resume, {"positions": [*TRUTH["positions"], unknown]})


def test_each_job_takes_the_employer_and_dates_nearest_its_title(tmp_path: Path) -> None:
    """Jobs on lines one under the other, each with the same employer: the line above names it
    too, but this line's own employer and dates are the head's."""
    document = docx.Document()
    document.add_paragraph("TEACHING")
    document.add_paragraph("2015 – 2016\tGraduate Student Instructor, UCB")
    document.add_paragraph("2014 – 2015\tTeaching Assistant, UCB")
    path = tmp_path / "rows.docx"
    document.save(str(path))
    truth = {
        "positions": [
            {"company": "UCB", "title": "Graduate Student Instructor", "start": "2015"},
            {"company": "UCB", "title": "Teaching Assistant", "start": "2014"},
        ]
    }
    found = perturb.heads(docx.Document(str(path)), truth)
    assert [(h.first, h.last, h.dates) for h in found] == [
        (1, 1, "2015 – 2016"),
        (2, 2, "2014 – 2015"),
    ]


def test_a_file_with_a_job_that_cannot_be_rewritten_is_skipped(resume: Path) -> None:
    unknown = {"company": "Initech", "title": "Clerk", "start": "2015-01", "end": "2016-01"}
    assert not perturb._whole(resume, {"positions": [*TRUTH["positions"], unknown]})
    assert not perturb._whole(resume, {"positions": []})


def _table_resume(tmp_path: Path) -> Path:
    """Each job a table row: the title and employer over a line of description, the dates in a
    narrow cell beside, broken over two paragraphs; the education in the same table's last row."""
    document = docx.Document()
    document.add_paragraph("Dana Smith")
    document.add_paragraph("EXPERIENCE")
    table = document.add_table(rows=3, cols=2)
    rows = [
        (
            ["Senior Engineer, Acme Corp", "Moved billing to a new ledger."],
            ["Jan 2020 –", "Present"],
        ),
        (["Data Analyst, Globex", "Built the churn model."], ["Mar 2017 –", "Dec 2019"]),
        (["BSc Mathematics, University of Leeds"], ["2016"]),
    ]
    for row, (left, right) in zip(table.rows, rows, strict=True):
        for cell, lines in ((row.cells[0], left), (row.cells[1], right)):
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    path = tmp_path / "table.docx"
    document.save(str(path))
    return path


def test_heads_are_found_in_table_rows(tmp_path: Path) -> None:
    found = perturb.heads(docx.Document(str(_table_resume(tmp_path))), TRUTH)
    assert [(h.title, h.company, h.dates) for h in found] == [
        ("Senior Engineer", "Acme Corp", "Jan 2020 – Present"),
        ("Data Analyst", "Globex", "Mar 2017 – Dec 2019"),
    ]


def test_a_table_row_per_job_becomes_lines_and_the_table_is_split(tmp_path: Path) -> None:
    """The rows' descriptions follow their new heads; the row after them stays a table."""
    out = tmp_path / "variant.docx"
    perturb.perturb(_table_resume(tmp_path), TRUTH, "dates-after", out)
    written = docx.Document(str(out))
    assert _texts(out)[2:] == [
        "Senior Engineer",
        "Acme Corp",
        "Jan 2020 – Present",
        "Moved billing to a new ledger.",
        "Data Analyst",
        "Globex",
        "Mar 2017 – Dec 2019",
        "Built the churn model.",
    ]
    assert [[c.text for c in r.cells] for t in written.tables for r in t.rows] == [
        ["BSc Mathematics, University of Leeds", "2016"]
    ]


def test_a_job_beside_its_dates_on_the_left(resume: Path, tmp_path: Path) -> None:
    out = tmp_path / "variant.docx"
    perturb.perturb(resume, TRUTH, "table-dates-left", out)
    tables = docx.Document(str(out)).tables
    assert [[c.text for c in t.rows[0].cells] for t in tables] == [
        ["Jan 2020 – Present", "Senior Engineer\nAcme Corp"],
        ["Mar 2017 – Dec 2019", "Data Analyst\nGlobex"],
    ]


def test_dates_the_truth_ends_later_are_not_the_whole_head(tmp_path: Path) -> None:
    """Two lines of dates the truth joins in one job: a head holding only the first would leave
    the second behind, beside the rewritten head."""
    document = docx.Document()
    for text in (
        "EXPERIENCE",
        "Lift Attendant",
        "Chicopee",
        "Winter 2018 – 2019",
        "Winter 2019 – 2020",
    ):
        document.add_paragraph(text)
    path = tmp_path / "seasons.docx"
    document.save(str(path))
    truth = {
        "positions": [
            {"company": "Chicopee", "title": "Lift Attendant", "start": "2018-12", "end": "2020-01"}
        ]
    }
    assert perturb.heads(docx.Document(str(path)), truth) == []
