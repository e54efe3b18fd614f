"""LinkedIn's profile PDF exported in Spanish: "Experiencia", "abril de 2024 - Present (1 año)".

Written here after the two Spanish exports in the corpus's tuning part; the profile below is
made up and typeset with fpdf2 in LinkedIn's sizes (company 12 pt, title 11.5, dates 10.5).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.proof import import_file
from levelset.proof.dates import find_span, strip_durations
from levelset.proof.sections import section_of

MAIN = [
    (26, "Lucía Ortega"),
    (15.75, "Extracto"),
    (12, "Desarrolladora con experiencia en servicios web."),
    (15.75, "Experiencia"),
    (12, "Bodega Norte"),
    (10.5, "4 años"),
    (11.5, "Desarrolladora Senior"),
    (10.5, "abril de 2024 - Present (1 año 5 meses)"),
    (10.5, "Sevilla, Andalucía, España"),
    (10.5, "Mantengo la plataforma de pedidos."),
    (11.5, "Desarrolladora"),
    (10.5, "septiembre de 2021 - marzo de 2024 (2 años 7 meses)"),
    (12, "Talleres Ruiz"),
    (11.5, "Programadora en prácticas"),
    (10.5, "junio de 2020 - agosto de 2020 (3 meses)"),
    (15.75, "Educación"),
    (12, "Universidad de Sevilla"),
]


def _profile(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    y = 40.0
    for size, text in MAIN:
        pdf.set_font("Helvetica", "", size)
        pdf.set_xy(220, y)
        pdf.cell(370, size + 2, text)
        y += size + 6
    pdf.output(str(path))
    return path


def test_spanish_months_with_de_are_dates() -> None:
    found = find_span("septiembre de 2021 - marzo de 2024 (2 años 7 meses)")
    assert found is not None
    span = found[0]
    assert (span.start, span.end, span.current) == (dt.date(2021, 9, 1), dt.date(2024, 3, 1), False)


def test_spanish_lengths_are_stripped_like_english_ones() -> None:
    assert strip_durations("abril de 2024 - Present (1 año 5 meses)") == "abril de 2024 - Present"
    assert strip_durations("junio de 2020 - agosto de 2020 (3 meses)").endswith("2020")


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Experiencia", "experience"),
        ("Extracto", "summary"),
        ("Aptitudes principales", "skills"),
        ("Educación", "other"),
        ("Contactar", "other"),
    ],
)
def test_spanish_section_names(heading: str, section: str) -> None:
    assert section_of(heading) == section


def test_a_spanish_profile_reads_its_roles(tmp_path: Path) -> None:
    found = import_file(_profile(tmp_path / "Profile.pdf")).positions
    assert [(p.title, p.company, p.start, p.current) for p in found] == [
        ("Desarrolladora Senior", "Bodega Norte", dt.date(2024, 4, 1), True),
        ("Desarrolladora", "Bodega Norte", dt.date(2021, 9, 1), False),
        ("Programadora en prácticas", "Talleres Ruiz", dt.date(2020, 6, 1), False),
    ]
