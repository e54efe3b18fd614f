"""techcv's entries: the title left and "Employer, City" right, then skill chips left and the
dates right; the dates belong to the heading above the chips.

The PDF is made here with fpdf2 after the techcv résumé made for the corpus's tuning part.
"""

from __future__ import annotations

from pathlib import Path

from levelset.proof import import_file
from levelset.proof.locations import is_location

ROWS = [
    ("Miriam Albrecht", "", 20),
    ("WORK EXPERIENCE", "", 12),
    ("Senior Data Engineer", "Stromwerk Handel GmbH, Leipzig", 9),
    ("Python    Airflow    Postgres", "Mar 2021 - Present", 9),
    ("- Moved forty nightly batch jobs to streaming.", "", 10),
    ("Data Engineer", "Netzdaten AG, Dresden", 9),
    ("Scala    Spark    Kafka", "Oct 2018 - Feb 2021", 9),
    ("- Built the meter-reading ingest for 12 million readings a day.", "", 10),
    ("EDUCATION", "", 12),
    ("M.Sc. Computer Science", "Leipzig University, Leipzig", 9),
]


def _techcv(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    y = 50.0
    for left, right, size in ROWS:
        pdf.set_font("Helvetica", "", size)
        for index, chip in enumerate(left.split("    ")):  # chips stand apart, as tikz sets them
            pdf.set_xy(50 + 70 * index, y)
            pdf.cell(250, size + 2, chip)
        if right:
            pdf.set_xy(300, y)
            pdf.cell(245, size + 2, right, align="R")
        y += size + 8
    pdf.output(str(path))
    return path


def test_the_dates_beside_the_chips_go_to_the_heading_above(tmp_path: Path) -> None:
    found = import_file(_techcv(tmp_path / "resume.pdf")).positions
    assert [(p.title, p.company, p.location) for p in found] == [
        ("Senior Data Engineer", "Stromwerk Handel GmbH", "Leipzig"),
        ("Data Engineer", "Netzdaten AG", "Dresden"),
    ]
    assert [(p.start.isoformat()[:7] if p.start else None, p.current) for p in found] == [
        ("2021-03", True),
        ("2018-10", False),
    ]
    assert [b.text for b in found[1].bullets] == [
        "Built the meter-reading ingest for 12 million readings a day."
    ]


def test_a_company_with_its_city_is_no_place() -> None:
    assert not is_location("Netzdaten AG, Dresden")
    assert not is_location("Universität Leipzig, Leipzig")
    assert is_location("Dresden, Germany")
