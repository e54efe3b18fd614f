"""An end month whose year wrapped onto the next line of a right-aligned date column:
"Apr 2006 – Mar" over "2007" (a Pages résumé in the tuning part, 2026-12-05r). The résumé
below is made up and typeset with fpdf2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from levelset.proof import import_file

ROWS = [
    ("Professional Experience", ""),
    ("Harbour Bank", ""),
    ("System Developer", "Mar 2007 – Mar"),
    ("", "2011"),
    ("Built the clearing service for the settlement team.", ""),
    ("Kestrel Securities", ""),
    ("Consultant", "Apr 2006 – Mar 2007"),
    ("Moved the trade booking screens onto a shared library.", ""),
]


def _resume(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", "", 11)
    y = 60.0
    for text, dates in ROWS:
        if text:
            pdf.set_xy(60, y)
            pdf.cell(300, 14, text)
        if dates:
            pdf.set_xy(400, y)
            pdf.cell(150, 14, dates, align="R")
        y += 16
    pdf.output(str(path))
    return path


def test_the_wrapped_year_ends_the_range(tmp_path: Path) -> None:
    found = import_file(_resume(tmp_path / "cv.pdf")).positions
    assert [(p.title, p.company, p.start, p.end) for p in found] == [
        ("System Developer", "Harbour Bank", dt.date(2007, 3, 1), dt.date(2011, 3, 1)),
        ("Consultant", "Kestrel Securities", dt.date(2006, 4, 1), dt.date(2007, 3, 1)),
    ]
