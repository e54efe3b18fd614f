"""Entry heads of Word résumés, on documents made here with python-docx (forms of the real DOCX
files of batch 2026-12-06k's tuning part and of older DOCX tuning files): a town and its state
written after the title with a space alone, the dates after a tab; "Employer – Title" where
both parts weigh the same and only the title ends in a role's word; "Title, Employer – Unit";
a course taught, dated under a teaching post, that is no position of its own; and "AWARD
AND HONORS" (a singular award) as a heading."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importing import import_file
from levelset.proof.lines import glued_place


def _read(path: Path, paragraphs: list[str]) -> list[tuple[str, str, str, str]]:
    document = docx.Document()
    for text in paragraphs:
        if text.startswith("- "):
            document.add_paragraph(text[2:], style="List Bullet")
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", p.location or "")
        for p in import_file(path).positions
    ]


def test_a_town_after_the_title_with_a_space_alone_is_the_place(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            "Casey Lin",
            "EXPERIENCE",
            "Harbor Power & Light – Software Engineer Summer Intern Miami, FL\t\tMay 2016 – "
            "August 2016",
            "- Built a reporting tool for the accounting team",
            "Teaching Assistant for ECE 2031 at Georgia Tech Atlanta, GA\t\tJanuary 2017 – "
            "May 2017",
            "- Guided students through their lab assignments",
        ],
    )
    assert found == [
        ("Software Engineer Summer Intern", "Harbor Power & Light", "2016-05", "Miami, FL"),
        ("Teaching Assistant for ECE 2031", "Georgia Tech", "2017-01", "Atlanta, GA"),
    ]


def test_the_longest_known_town_is_taken_and_a_comma_is_another_shape() -> None:
    assert glued_place("Analyst Lakeshore Labs New York, NY") == (
        "Analyst Lakeshore Labs",
        "New York, NY",
    )
    assert glued_place("Research Assistant, Boston, MA") is None
    assert glued_place("University of California, Davis") is None
    assert glued_place("Postdoctoral Researcher University of Stuttgart, Germany") is None
    assert glued_place("Research Intern Computer Vision Lab ETH Zurich, Switzerland") is None


def test_of_two_parts_weighing_the_same_the_one_ending_in_a_role_is_the_title(
    tmp_path: Path,
) -> None:
    # "Systems" counts for an organisation and "Intern" for a role: a tie that the title's
    # last word breaks
    found = _read(
        tmp_path / "cv.docx",
        [
            "Casey Lin",
            "EXPERIENCE",
            "General Electric Oil & Gas – Embedded Systems Summer Intern Minden, NV\t\tMay 2017 "
            "– August 2017",
            "- Built a debugging system for a monitoring device",
        ],
    )
    assert found == [
        ("Embedded Systems Summer Intern", "General Electric Oil & Gas", "2017-05", "Minden, NV")
    ]


def test_a_title_and_its_employer_before_the_dash_and_the_unit_after_it(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            "Noa Ferreira",
            "RESEARCH EXPERIENCE",
            "Research Assistant for Professor Ines Duarte, Penn State University – Sociology "
            "Department, New York, NY\tAug 2017-Current",
            "- Coded survey data on child health",
            "Quantitative Analyst, Universidad Atlántica – Research Center, Guayaquil, "
            "Ecuador\tJan 2015-Jul 2015",
            "- Supervised data collection",
        ],
    )
    assert [(title, company) for title, company, _, _ in found] == [
        (
            "Research Assistant for Professor Ines Duarte",
            "Penn State University – Sociology Department",
        ),
        ("Quantitative Analyst", "Universidad Atlántica – Research Center"),
    ]


def test_a_course_taught_under_a_teaching_post_is_no_position(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            "Noa Ferreira",
            "TEACHING EXPERIENCE",
            "- Instructor of Record, The Pennsylvania State University, State College, PA",
            "- Introductory Sociology (May-June 2020 [Summer Session I])",
            "- Graduate workshop: Stata Bootcamp (Aug 2019)",
        ],
    )
    assert all(
        "Sociology" not in title and not title.startswith("Introductory") for title, *_ in found
    )
    assert all(company or title for title, company, *_ in found)


def test_award_and_honors_opens_a_section(tmp_path: Path) -> None:
    # a singular "AWARD" in a heading over the awards: the project bullet above ends there
    document = docx.Document()
    for text in ["Casey Lin", "PROJECTS"]:
        document.add_paragraph(text)
    document.add_paragraph("Hackathon: built dashboards in Streamlit", style="List Bullet")
    document.add_paragraph("AWARD AND HONORS")
    document.add_paragraph("Innovation Challenge winner 2024", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    bullets = [b.text for b in import_file(tmp_path / "cv.docx").extra_bullets]
    assert not any("AWARD" in text for text in bullets)
