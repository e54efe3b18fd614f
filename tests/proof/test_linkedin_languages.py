"""LinkedIn's profile PDF in French, German, Portuguese, Italian and Dutch.

LinkedIn names the sections, the months, the open end and the counted length in the profile's
language. Each profile below is made up and typeset with fpdf2 in LinkedIn's sizes (company
12 pt, title 11.5, dates 10.5), as the Spanish one in test_linkedin_spanish.py; none is taken
from a fetched file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.proof import import_file
from levelset.proof.dates import find_span, strip_durations
from levelset.proof.sections import section_of

# language: summary, experience, skills, education headings; the company's total length; the
# three date lines; a place
PROFILES = {
    "fr": (
        ("Résumé", "Expérience", "Principales compétences", "Formation"),
        "4 ans",
        (
            "avril 2024 - Présent (1 an 5 mois)",
            "septembre 2021 - mars 2024 (2 ans 7 mois)",
            "juin 2020 - août 2020 (3 mois)",
        ),
        "Lyon, Auvergne-Rhône-Alpes, France",
    ),
    "de": (
        ("Zusammenfassung", "Berufserfahrung", "Top-Kenntnisse", "Ausbildung"),
        "4 Jahre",
        (
            "April 2024 - Heute (1 Jahr 5 Monate)",
            "September 2021 - März 2024 (2 Jahre 7 Monate)",
            "Juni 2020 - August 2020 (3 Monate)",
        ),
        "München, Bayern, Deutschland",
    ),
    "pt": (
        ("Resumo", "Experiência", "Principais competências", "Formação acadêmica"),
        "4 anos",
        (
            "abril de 2024 - o momento (1 ano 5 meses)",
            "setembro de 2021 - março de 2024 (2 anos 7 meses)",
            "junho de 2020 - agosto de 2020 (3 meses)",
        ),
        "São Paulo, São Paulo, Brasil",
    ),
    "it": (
        ("Riepilogo", "Esperienza", "Competenze principali", "Formazione"),
        "4 anni",
        (
            "aprile 2024 - Presente (1 anno 5 mesi)",
            "settembre 2021 - marzo 2024 (2 anni 7 mesi)",
            "giugno 2020 - agosto 2020 (3 mesi)",
        ),
        "Milano, Lombardia, Italia",
    ),
    "nl": (
        ("Samenvatting", "Ervaring", "Belangrijkste vaardigheden", "Opleiding"),
        "4 jaar",
        (
            "april 2024 - heden (1 jaar 5 maanden)",
            "september 2021 - maart 2024 (2 jaar 7 maanden)",
            "juni 2020 - augustus 2020 (3 maanden)",
        ),
        "Utrecht, Utrecht, Nederland",
    ),
}


def _profile(path: Path, language: str) -> Path:
    from fpdf import FPDF

    (summary, experience, skills, education), total, dates, place = PROFILES[language]
    lines = [
        (15.75, skills),
        (10.5, "Python"),
        (26, "Lucía Ortega"),
        (15.75, summary),
        (12, "Web developer with ten years of services behind her."),
        (15.75, experience),
        (12, "Bodega Norte"),
        (10.5, total),
        (11.5, "Senior Developer"),
        (10.5, dates[0]),
        (10.5, place),
        (10.5, "I keep the ordering platform running."),
        (11.5, "Developer"),
        (10.5, dates[1]),
        (12, "Talleres Ruiz"),
        (11.5, "Intern"),
        (10.5, dates[2]),
        (15.75, education),
        (12, "Universidad de Sevilla"),
    ]
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_page()
    y = 40.0
    for size, text in lines:
        pdf.set_font("DejaVu", "", size)
        pdf.set_xy(220, y)
        pdf.cell(370, size + 2, text)
        y += size + 6
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("language", sorted(PROFILES))
def test_the_date_lines_are_ranges_and_their_lengths_go(language: str) -> None:
    _, total, dates, _ = PROFILES[language]
    assert not strip_durations(total)
    spans = []
    for line in dates:
        found = find_span(line)
        assert found is not None, line
        assert not strip_durations(line[found[1].end() :]), line
        spans.append(found[0])
    assert [(s.start, s.end, s.current) for s in spans] == [
        (dt.date(2024, 4, 1), None, True),
        (dt.date(2021, 9, 1), dt.date(2024, 3, 1), False),
        (dt.date(2020, 6, 1), dt.date(2020, 8, 1), False),
    ]


@pytest.mark.parametrize("language", sorted(PROFILES))
def test_the_section_names(language: str) -> None:
    summary, experience, skills, education = PROFILES[language][0]
    assert [section_of(h) for h in (summary, experience, skills, education)] == [
        "summary",
        "experience",
        "skills",
        "other",
    ]


@pytest.mark.parametrize(
    "length",
    ["(moins d’un an)", "(weniger als ein Jahr)", "(menos de um ano)", "(meno di un anno)"]
    + ["(minder dan een jaar)", "(1 ano e 5 meses)", "(1 Monat)", "(1 mês)"],
)
def test_short_lengths_in_every_language(length: str) -> None:
    assert strip_durations(f"mai 2024 - Present {length}") == "mai 2024 - Present"


def test_a_length_word_inside_a_sentence_stays() -> None:
    assert strip_durations("Ran 2 anniversaries") == "Ran 2 anniversaries"


@pytest.mark.parametrize("language", sorted(PROFILES))
def test_a_profile_reads_its_roles(tmp_path: Path, language: str) -> None:
    found = import_file(_profile(tmp_path / "Profile.pdf", language)).positions
    assert [(p.title, p.company, p.start, p.end, p.current) for p in found] == [
        ("Senior Developer", "Bodega Norte", dt.date(2024, 4, 1), None, True),
        ("Developer", "Bodega Norte", dt.date(2021, 9, 1), dt.date(2024, 3, 1), False),
        ("Intern", "Talleres Ruiz", dt.date(2020, 6, 1), dt.date(2020, 8, 1), False),
    ]
