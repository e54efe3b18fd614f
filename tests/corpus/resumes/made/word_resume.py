"""Writes made/../files/docx/word_resume.docx: a résumé laid out the way Word users often do
(styled headings, a tab stop pushing the dates right, list-bullet paragraphs, a skills table).

    python tests/corpus/resumes/made/word_resume.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches

OUT = Path(__file__).resolve().parents[1] / "files" / "docx" / "word_resume.docx"

JOBS = [
    (
        "Helix Genomics",
        "Cambridge, MA",
        "Lead Machine Learning Engineer",
        "April 2021 – Present",
        [
            "Run a team of five building variant-calling models on 2 PB of sequencing data.",
            "Halved GPU spend by moving training to spot instances with checkpointing.",
        ],
    ),
    (
        "Wayfair",
        "Boston, MA",
        "Machine Learning Engineer",
        "July 2018 – March 2021",
        ["Built the visual-search ranking service behind 'Shop the Look'."],
    ),
    (
        "MathWorks",
        "Natick, MA",
        "Software Engineer",
        "June 2016 – June 2018",
        ["Maintained the Statistics Toolbox regression functions."],
    ),
]


def main() -> None:
    document = docx.Document()
    document.add_heading("Chiara Benedetti-Long", level=0)
    document.add_paragraph("Lead ML Engineer | chiara.bl@example.com | (617) 555-0199")
    document.add_heading("Professional Experience", level=1)
    for company, city, title, dates, bullets in JOBS:
        head = document.add_paragraph()
        head.add_run(company).bold = True
        head.add_run(f", {city}")
        line = document.add_paragraph()
        line.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
        line.add_run(title).italic = True
        line.add_run(f"\t{dates}")
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", level=1)
    document.add_paragraph("Boston University — B.A. Mathematics, 2016")
    document.add_heading("Skills", level=1)
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(
        table.rows, [("Languages", "Python, C++, SQL"), ("ML", "PyTorch, JAX, Ray")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = label, value
    stamp = dt.datetime(2026, 12, 4, tzinfo=dt.UTC)
    document.core_properties.created = document.core_properties.modified = stamp
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(OUT))


if __name__ == "__main__":
    main()
