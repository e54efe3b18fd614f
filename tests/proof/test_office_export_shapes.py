"""Shapes seen in real office exports (batch 2026-12-06e of the résumé corpus), written here
with made-up names: Word's Wingdings bullet, a title line with its dates between bars, two
towns beside an employer, a second span after the first, courses under "Professional and
Academic Development", a season joined to its year by a hyphen, and an academic CV that names
the post in a bullet under the institution and its department."""

from __future__ import annotations

from levelset.proof.dates import find_date
from levelset.proof.importers.entry_lines import span_of
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line, is_bullet, resume_lines
from levelset.proof.page import Segment, VisualLine
from levelset.proof.sections import section_of


def _read(rows: list[str]) -> list[tuple[str, str, str, str, str]]:
    lines = [Line(i, text, "page 1") for i, text in enumerate(rows, 1)]
    return [
        (
            p.title,
            p.company,
            f"{p.start:%Y-%m}" if p.start else "",
            "present" if p.current else (f"{p.end:%Y-%m}" if p.end else ""),
            p.location or "",
        )
        for p in parse_resume(lines, "cv.pdf").positions
    ]


def test_word_s_wingdings_square_is_a_bullet() -> None:
    assert is_bullet("§  Scaled the data team across three offices")
    assert not is_bullet("§5 of the handbook")


def test_a_title_with_its_dates_between_bars_keeps_its_town_apart() -> None:
    found = _read(
        [
            "EXPERIENCE",
            "Orchard Health",
            "Technical Recruiter (AI & ML) |Feb. 2020 – Present| London, UK| (Hybrid role)",
            "§  Scaled engineering hiring in four offices",
            "§  Ran the graduate programme",
            "Lantern Labs",
            "Technical Sourcer | Apr. 2016 - Dec. 2017 |London, UK",
            "§  Sourced site reliability engineers",
            "EDUCATION",
        ]
    )
    assert found == [
        ("Technical Recruiter (AI & ML)", "Orchard Health", "2020-02", "present", "London, UK"),
        ("Technical Sourcer", "Lantern Labs", "2016-04", "2017-12", "London, UK"),
    ]


def _visual(*texts: str) -> VisualLine:
    segments = tuple(Segment(40.0 + 300 * i, 150.0 + 300 * i, t, 10.0) for i, t in enumerate(texts))
    return VisualLine(100.0, 10.0, segments)


def test_two_towns_beside_an_employer_are_its_places() -> None:
    (line,) = resume_lines([_visual("Saffron Media Group", "Jeddah - Riyadh")], "page 1")
    assert (line.text, line.place) == ("Saffron Media Group", "Jeddah - Riyadh")
    (line,) = resume_lines([_visual("Saffron Media Group", "Design - Build")], "page 1")
    assert line.place == ""  # two words the reader knows for no town


def test_a_second_span_after_the_first_is_no_part_of_the_title() -> None:
    dated = span_of(
        Line(
            1,
            "Project Associate  Jan 2023–Apr 2024 (Full-time); Apr 2024–Nov 2024 (Volunteer)",
        )
    )
    assert dated is not None
    span, rest = dated
    assert rest == "Project Associate"
    assert (f"{span.start:%Y-%m}", f"{span.end:%Y-%m}") == ("2023-01", "2024-04")
    dated = span_of(Line(1, "Research Intern  Jan 2023 – Apr 2023 (Remote)"))
    assert dated is not None and dated[1].split() == ["Research", "Intern", "(Remote)"]  # kept


def test_courses_taken_are_not_jobs() -> None:
    assert section_of("PROFESSIONAL AND ACADEMIC DEVELOPMENT") == "other"
    assert section_of("Workshops & Summer Schools") == "other"


def test_a_season_joined_to_its_year_by_a_hyphen_is_a_date() -> None:
    found = find_date("Spring-2022")
    assert found is not None and f"{found[0].start:%Y-%m}" == "2022-03"
    assert found[0].precision == "year"


def test_an_academic_cv_names_the_post_in_a_bullet_under_its_department() -> None:
    found = _read(
        [
            "EXPERIENCE",
            "HARTWELL UNIVERSITY  Boston, MA",
            "Department of Psychology, Affective Science Laboratory  2020-2023",
            "● Graduate Research Assistant",
            "● Primary Investigator: Jane Roe, PhD",
            "ST. BRIGID HOSPITAL  Boston, MA",
            "Department of Neurology  2018",
            "● Clinical Research Coordinator II",
            "EDUCATION",
        ]
    )
    titles = [(title, start[:4], end[:4]) for title, _, start, end, _ in found]
    assert titles == [
        ("Graduate Research Assistant", "2020", "2023"),
        ("Clinical Research Coordinator II", "2018", "2018"),
    ]
    companies = [company for _, company, *_ in found]
    assert companies[0] in {
        "HARTWELL UNIVERSITY",
        "Department of Psychology, Affective Science Laboratory",
    }
