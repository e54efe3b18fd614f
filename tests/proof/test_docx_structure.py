"""What a Word document's own structure says, on documents made here with python-docx (forms
of the real DOCX CVs of batch 2026-12-06g's tuning part and of Mike Urbano's résumé): a "List
Paragraph" without numbering is a plain indented paragraph (Word draws no bullet), a run set in
"All caps" reads in capitals, a post written as one sentence per field ("Audible. Producer.
2017 - Present."), an employer over the whole span of its titles, "Teaching Appointments" as a
section of posts, and a title beside its school's initials ("Instructor, UCB")."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importers.docx import extract_paragraphs
from levelset.proof.importers.docx_posts import sentence_posts, umbrella_employers
from levelset.proof.importing import import_file
from levelset.proof.lines import tab_set


def _positions(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now")
        for p in import_file(path).positions
    ]


def _document(paragraphs: list[str], listed: tuple[str, ...] = ()) -> docx.document.Document:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text, style="List Paragraph" if text in listed else None)
    return document


def test_a_list_paragraph_without_numbering_is_no_bullet(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Plain indented line", style="List Paragraph")
    document.add_paragraph("Numbered by its style", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    assert extract_paragraphs(tmp_path / "cv.docx") == [
        "Plain indented line",
        "- Numbered by its style",
    ]


def test_a_run_set_in_all_caps_reads_in_capitals(tmp_path: Path) -> None:
    document = docx.Document()
    heading = document.add_paragraph()
    run = heading.add_run("teaching appointments")
    run.font.all_caps = True
    heading.add_run(" (selected)")
    document.save(str(tmp_path / "cv.docx"))
    assert extract_paragraphs(tmp_path / "cv.docx") == ["TEACHING APPOINTMENTS (selected)"]


def test_posts_written_as_one_sentence_each(tmp_path: Path) -> None:
    posts = [
        "Harbour Sound. Audio Engineer, Voiceover Talent. 2017 - Present.",
        "Fenwick Studios. Animation Program. Course Director. 2011 - 2022.",
        "Lantern Films. Story Analyst. 2006.",
        "Quillon Agency. Various Contract Positions.1997 - 2000.",
    ]
    paragraphs = [
        "Rowan Adeyemi",
        "rowan@example.com",
        "Education",
        "M.F.A., Film. Westmoor University. 2001.",
        "Professional Experience",
        *posts,
    ]
    document = _document(paragraphs, listed=tuple(posts))
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == [
        ("Audio Engineer, Voiceover Talent", "Harbour Sound", "2017-01", "now"),
        ("Course Director", "Fenwick Studios", "2011-01", "2022-01"),
        ("Story Analyst", "Lantern Films", "2006-01", "2006-01"),
        ("Various Contract Positions", "Quillon Agency", "1997-01", "2000-01"),
    ]


def test_sentence_posts_need_two_of_that_shape_and_a_role_for_title() -> None:
    alone = ["Harbour Sound. Producer. 2017 - Present.", "Led the audio team."]
    assert sentence_posts(alone) == alone
    education = [
        "Ph.D., Media. Westmoor University. 2023.",
        "B.A., Film. Westmoor University. 1994.",
    ]
    assert sentence_posts(education) == education  # the part in a title's place names a school
    cited = ["Adeyemi, R. (2013). Tides. Lantern Films. 2013.", "Adeyemi, R. (2008). Rain. 2008."]
    assert sentence_posts(cited) == cited


def test_an_employer_over_the_whole_span_of_its_titles(tmp_path: Path) -> None:
    paragraphs = [
        "Dana Whitlock",
        "Professional Experience",
        "Northgate Cards/Home Finance/Northgate Bank",
        "2007-2017",
        "Led credit auditing and loan portfolio reviews across the bank's card business.",
        "Credit Officer\t\t\t08/2015-12/2017",
        "Credit Underwriter\t\t04/2014-08/2015",
        "Operations Assistant\t10/2007-04/2014",
        "Education",
        "University of Texas Arlington",
    ]
    document = _document(paragraphs)
    document.save(str(tmp_path / "cv.docx"))
    employer = "Northgate Cards/Home Finance/Northgate Bank"
    assert _positions(tmp_path / "cv.docx") == [
        ("Credit Officer", employer, "2015-08", "2017-12"),
        ("Credit Underwriter", employer, "2014-04", "2015-08"),
        ("Operations Assistant", employer, "2007-10", "2014-04"),
    ]


def test_titles_outside_the_span_keep_their_own_lines() -> None:
    lines = ["Acme", "2015-2017", "Engineer\t2012-2014", "Analyst\t2010-2011"]
    assert umbrella_employers(lines) == lines


def test_teaching_appointments_with_a_schools_initials(tmp_path: Path) -> None:
    paragraphs = [
        "Jo Marsh",
        "RESEARCH EXPERIENCE",
        "2015-Present\tGraduate Student Researcher",
        "Department of Integrative Biology",
        "University of California, Berkeley",
        "TEACHING",
        "Teaching Appointments",
        "2019-2020\tGraduate Student Instructor, UCB",
        "2014-2015\tTeaching Assistant, CSULA",
    ]
    document = _document(paragraphs)
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == [
        ("Graduate Student Researcher", "Department of Integrative Biology", "2015-01", "now"),
        ("Graduate Student Instructor", "UCB", "2019-01", "2020-01"),
        ("Teaching Assistant", "CSULA", "2014-01", "2015-01"),
    ]


def test_a_title_beside_initials_is_no_place_but_a_town_beside_a_state_is() -> None:
    assert tab_set(None, "2019-2020\tInstructor, UCB", "p")[0].place == ""
    assert tab_set(None, "2019-2020\tBoston, MA", "p")[0].place == "Boston, MA"
