"""Forms of real Word résumés of the tuning part (batch 2026-12-06b-resw: Word DOCX files and
Word PDF exports from portfolio sites and course repositories), on made-up documents: section
names and years set in a left margin by tab stops, "EMPLOYER <tab> City, ST" over the title,
a PDF turned into a Word document of text boxes (a heading split in two boxes, a bullet glyph
in a box of its own, non-breaking hyphens in the dates, the employer's town in a box under
it), a bar inside a title's brackets, a title glued to an employer whose name holds "for",
and a post held again the next season on a second line of dates."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.headers import parts_of
from levelset.proof.importers.entry_glued import title_then_employer
from levelset.proof.importing import import_file
from levelset.proof.lines import Line, tab_set, towns_beside


def _saved(folder: Path, paragraphs: tuple[str, ...]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(folder / "cv.docx"))
    return folder / "cv.docx"


def _positions(path: Path) -> list[tuple[str, str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y}", f"{p.end:%Y}" if p.end else "now", p.location or "")
        for p in import_file(path).positions
    ]


def test_section_names_and_years_in_a_tab_set_margin(tmp_path: Path) -> None:
    saved = _saved(
        tmp_path,
        (
            "Mirela Dantas",
            "Education\tRIVERTON UNIVERSITY\tBoston, MA",
            "2010 – 2014\tBachelor of Science, Economics",
            "Experience\tHALDEN THERAPEUTICS\tNew York, NY",
            "2019 – 2022\tVice President, Finance",
            "•\tRan the monthly close and the board pack",
            "2015 – 2019\tCORVELL HEALTH\tChicago, IL",
            "Senior Analyst",
            "•\tBuilt the pricing model for the clinics",
            "2014 – 2015\tMARLOW & CO. – Analyst, Healthcare Group\tChicago, IL",
        ),
    )
    assert _positions(saved) == [
        ("Vice President, Finance", "HALDEN THERAPEUTICS", "2019", "2022", "New York, NY"),
        ("Senior Analyst", "CORVELL HEALTH", "2015", "2019", "Chicago, IL"),
        ("Analyst, Healthcare Group", "MARLOW & CO.", "2014", "2015", "Chicago, IL"),
    ]


def test_a_tab_set_paragraph_keeps_a_skills_row_and_a_bullet_as_written() -> None:
    assert [line.text for line in tab_set(1, "Languages\tPython, SQL", "p1")] == [
        "Languages\tPython, SQL"
    ]
    assert [line.text for line in tab_set(2, "•\tCut the close to four days", "p2")] == [
        "•\tCut the close to four days"
    ]
    heading, entry = tab_set(3, "Experience\tHALDEN\tNew York, NY", "p3")
    assert (heading.text, entry.text, entry.place) == ("Experience", "HALDEN", "New York, NY")
    (dated,) = tab_set(4, "2019 – 2022\tVice President", "p4")
    assert (dated.text, dated.dates) == ("Vice President", "2019 – 2022")


def test_a_pdf_turned_into_a_word_document_of_text_boxes(tmp_path: Path) -> None:
    saved = _saved(
        tmp_path,
        (
            "Tomasz Okafor",
            "Pro",
            "jects",
            "Ledgerline\tgithub.com/tokafor/ledgerline",
            "OPEN SOURCE SOFTWARE\t2021\u20112023",
            "Emp",
            "loyment",
            "Brightwater Systems",
            "Leeds, United Kingdom",
            "SENIOR ENGINEER | PLATFORM LEAD",
            "2018\u20112022",
            "•",
            "Moved the billing service to Postgres",
            "Edu",
            "cation",
            "University of Leeds\t2014",
        ),
    )
    found = import_file(saved)
    assert [
        (p.title, p.company, f"{p.start:%Y}", f"{p.end:%Y}", p.location) for p in found.positions
    ] == [
        (
            "SENIOR ENGINEER | PLATFORM LEAD",
            "Brightwater Systems",
            "2018",
            "2022",
            "Leeds, United Kingdom",
        )
    ]
    assert [b.text for b in found.positions[0].bullets] == ["Moved the billing service to Postgres"]


def test_a_bar_inside_brackets_does_not_cut_a_title() -> None:
    assert parts_of("Research Associate (Architect | Team Lead) | Nordlys Data") == [
        "Research Associate (Architect | Team Lead)",
        "Nordlys Data",
    ]
    assert parts_of("Data Engineer | Nordlys Data") == ["Data Engineer", "Nordlys Data"]


def test_a_title_glued_to_an_employer_named_with_for() -> None:
    assert title_then_employer("Web Developer Sheen for She") == ("Web Developer", "Sheen for She")
    assert title_then_employer("Volunteer Tutor for Children") == (
        "Volunteer Tutor for Children",
        "",
    )


def test_a_post_held_again_the_next_season_is_one_position(tmp_path: Path) -> None:
    saved = _saved(
        tmp_path,
        (
            "Ana Kovac",
            "WORK EXPERIENCE",
            "Lift Attendant (Part-Time)",
            "Chicopee Ski Club",
            "Winter 2018 – 2019 / Kitchener, ON",
            "Winter 2019 – 2020 / Kitchener, ON",
            "• Ran the chair lift safely",
            "Research Student (Co-op)",
            "Conestoga College",
            "June 2020 – December 2020 / Kitchener, ON",
            "• Built the app's Android client",
        ),
    )
    found = import_file(saved).positions
    assert [(p.title, p.company, f"{p.start:%Y}", f"{p.end:%Y}") for p in found] == [
        ("Lift Attendant (Part-Time)", "Chicopee Ski Club", "2018", "2020"),
        ("Research Student (Co-op)", "Conestoga College", "2020", "2020"),
    ]
    assert [b.text for b in found[0].bullets] == ["Ran the chair lift safely"]


def test_a_town_alone_under_its_employer_is_its_place() -> None:
    lines = [Line(1, "Ostwald Institute", "p1"), Line(2, "Waldkirchen, Germany", "p2")]
    assert [(line.text, line.place) for line in towns_beside(lines)] == [
        ("Ostwald Institute", "Waldkirchen, Germany")
    ]
    skills = [Line(1, "Languages", "p1"), Line(2, "Python, SQL", "p2")]
    assert towns_beside(skills) == skills
