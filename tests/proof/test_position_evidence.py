"""A position needs evidence: a date range with a title or a company, inside the jobs.

Lines that look like an entry but sit in a section that holds no jobs (LinkedIn's
recommendations, its volunteering, its other sections in every language it exports) open no
position, and a date range under a heading that names nothing ("." in a Word file) is text,
not a position. Profiles written here in the layout of LinkedIn's older PDF (Apache FOP,
"Title at Company" over its dates).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.proof.importers.sized import sized_positions
from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.model import Document
from levelset.proof.sections import section_of
from tests.cli.runner import run_cli


def _read(text: str) -> Document:
    lines = [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    return parse_resume(lines, "Profile.pdf")


def _names(text: str) -> list[tuple[str, str]]:
    return [(p.title, p.company) for p in _read(text).positions]


JOB = """Experience
Data Engineer at Brightwater Labs
March 2016 - Present (1 year 2 months)
  Built the ingestion service.
"""


def test_recommendations_after_the_jobs_open_no_position() -> None:
    text = (
        JOB
        + """2 people have recommended Dana
"Dana is a careful engineer and a kind colleague."
— Sam Ortiz, Team Lead at Fennel & Co
2012 - 2016
— Ana Ruiz, Manager, Fennel & Co, managed Dana at Fennel & Co
Contact Dana on LinkedIn
"""
    )
    assert _names(text) == [("Data Engineer", "Brightwater Labs")]


@pytest.mark.parametrize(
    "line",
    [
        "1 person has recommended Sam",
        "12 people have recommended Dana",
        "3 personas han recomendado a Dana",
        "3 personnes ont recommandé Dana",
        "3 Personen haben Dana empfohlen",
    ],
)
def test_a_count_of_recommendations_is_a_heading(line: str) -> None:
    assert section_of(line) == "other"


def test_linkedins_volunteering_is_no_job() -> None:
    text = (
        JOB
        + """Volunteer Experience
Mentor at Code Club
January 2014 - Present (3 years 4 months)
  Taught children to code.
"""
    )
    assert _names(text) == [("Data Engineer", "Brightwater Labs")]


def test_a_students_volunteering_still_holds_positions() -> None:
    text = """Leo Park
EXPERIENCE
Cashier, Corner Market
June 2014 – Present
• Served customers
VOLUNTEER EXPERIENCE
Volunteer Swim Coach, YMCA
June 2012 – May 2013
• Taught swimming
"""
    assert len(_read(text).positions) == 2


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Aptitudes y conocimientos", "skills"),
        ("Experiencia de voluntariado", "other"),
        ("Proyectos", "projects"),
        ("Compétences et expertise", "skills"),
        ("Expérience de bénévolat", "other"),
        ("Projets", "projects"),
        ("Kenntnisse und Fähigkeiten", "skills"),
        ("Ehrenamtliche Tätigkeit", "other"),
        ("Competências e especialidades", "skills"),
        ("Trabalho voluntário", "other"),
        ("Competenze e conoscenze", "skills"),
        ("Esperienze di volontariato", "other"),
        ("Vaardigheden en expertise", "skills"),
        ("Vrijwilligerswerk", "other"),
        ("Prijzen en onderscheidingen", "other"),
        ("Organisaties", "other"),
        ("Patentes", "other"),
    ],
)
def test_linkedins_sections_in_its_other_languages(heading: str, kind: str) -> None:
    assert section_of(heading) == kind


def test_a_dated_project_after_a_foreign_section_name_is_no_position() -> None:
    text = """Experiencia
Analista at Fennel & Co
junio de 2012 - febrero de 2016 (3 años 9 meses)
  Informes semanales.
Proyectos
Panel de datos abiertos
enero de 2015 - marzo de 2015
  Un panel de datos de la ciudad.
"""
    assert _names(text) == [("Analista", "Fennel & Co")]


def test_dates_under_a_heading_that_names_nothing_are_no_position() -> None:
    text = """Jo Park
Experience
Analyst, Fennel & Co
June 2012 - February 2016
- Built the weekly sales report.
.
January 2025 - January 2025
- Took a course on statistics.
Education
State University
"""
    document = _read(text)
    assert [(p.title, p.company) for p in document.positions] == [("Analyst", "Fennel & Co")]
    assert "Took a course on statistics." in [b.text for b in document.extra_bullets]


def test_an_entry_read_by_size_without_a_title_is_flagged() -> None:
    lines = [
        Line(1, "Experience", size=16),
        Line(2, "Harbour Analytics", size=12),
        Line(3, "Growth Lead", size=11.5),
        Line(4, "March 2019 - Present (5 years)", size=10.5),
        Line(5, "Fennel & Co", size=12),
        Line(6, "-", size=11.5),
        Line(7, "June 2012 - April 2014 (1 year 11 months)", size=10.5),
    ]
    found = sized_positions(lines, "Profile.pdf")
    assert found is not None
    assert found[0].guesses == ()
    assert "no title found" in found[1].guesses


STACKED = """Experience
Data Engineer at Brightwater Labs
March 2016 - Present (1 year 2 months)
  Built the ingestion service.
  Projects:
  Billing rewrite (2016 - 2017)
  Led the data team of six from January 2014 to March 2015.
  2014 - 2015: Migration to the cloud
  Client: Acme Corp, 2015 - 2016
Analyst at Fennel & Co
June 2012 - February 2016 (3 years 9 months)
  Built the weekly sales report.
Education
State University
"""


def test_dated_lines_of_a_description_under_stacked_headings_are_no_positions() -> None:
    assert _names(STACKED) == [
        ("Data Engineer", "Brightwater Labs"),
        ("Analyst", "Fennel & Co"),
    ]


def test_they_stay_with_the_position_as_its_text() -> None:
    first = _read(STACKED).positions[0]
    texts = [b.text for b in first.bullets]
    assert "Led the data team of six from January 2014 to March 2015." in texts
    assert "Client: Acme Corp, 2015 - 2016" in texts


def test_headings_beside_their_dates_still_open_positions() -> None:
    text = """Experience
Senior Engineer at Acme, 2019 - Present
- Led the platform team.
Engineer at Fennel & Co, 2015 - 2019
- Built the reporting service.
"""
    assert _names(text) == [("Senior Engineer", "Acme"), ("Engineer", "Fennel & Co")]


ONE_DATE = "one date, not a range: check that this is a position, and when it began and ended"


def test_a_short_job_dated_once_is_not_flagged() -> None:
    text = """Experience
Analyst, Fennel & Co
June 2012 - February 2016
- Built the weekly sales report.
Intern, Harbour Analytics
Summer 2011
- Cleaned the survey data.
Research Assistant, Lindqvist Lab
2010
- Coded the interview transcripts.
"""
    assert [p.guesses for p in _read(text).positions] == [(), (), ()]


def test_a_range_with_both_ends_the_same_is_not_flagged() -> None:
    text = """Experience
Winter Analyst at Rockpool Capital
January 2016 - January 2016 (1 month)
  Built the comparables tables.
"""
    assert [p.guesses for p in _read(text).positions] == [()]


@pytest.mark.parametrize(
    "heading",
    [
        "Best Paper Award, Harbour Data Conference",  # an award set out like a job
        "Speaker, PyData Lisbon",  # a talk
        "Certified Data Engineer, Lumen Academy",  # a certificate: a role word, all the same
        "Weather Station Rebuild, Personal Projects",  # names no role
    ],
)
def test_an_entry_dated_once_that_names_no_job_is_flagged_or_left_out(heading: str) -> None:
    """An award, a talk or a project named as such is no position at all (no_job); one that
    names a role all the same is kept, flagged for the user to check."""
    text = f"""Experience
Analyst, Fennel & Co
June 2012 - February 2016
- Built the weekly sales report.
{heading}
2011
- Described the survey cleaning method.
"""
    found = _read(text).positions
    assert found[0].guesses == ()
    assert len(found) <= 2 and all(p.guesses[-1] == ONE_DATE for p in found[1:])


def test_the_flag_shows_in_the_positions_command(tmp_path: Path) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text(
        "# Jo Park\n\n## Experience\n\n### Certified Data Engineer, Lumen Academy\nSummer 2011\n"
        "- Cleaned the survey data.\n"
    )
    assert run_cli("proof", "import", str(resume)).exit_code == 0
    shown = run_cli("proof", "positions")
    assert shown.exit_code == 0, shown.stderr
    assert ONE_DATE in " ".join(shown.stdout.split())
