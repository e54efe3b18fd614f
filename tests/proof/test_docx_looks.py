"""Word paragraph styles give a DOCX line the look a PDF's line carries (size, bold, left
edge), on documents made here with python-docx: a heading set only by its style (and the
styles it is based on) opens a section, as a PDF's heading in the headings' look does; entry
heads bold only by their style are read as bold heads at one edge."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from levelset.proof.importers.docx import extract_looked
from levelset.proof.importing import import_file


def _positions(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now")
        for p in import_file(path).positions
    ]


def _styled(document: docx.document.Document, name: str, base: str, **font: object) -> None:
    """A paragraph style that sets only what it is given, based on `base`."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]
    for key, value in font.items():
        setattr(style.font, key, value)


def _section_document(path: Path) -> None:
    """Headings in capitals, bold and 14 points by their style alone (based on a style that
    sets the size, over Normal); the body in Normal's 11 points. One heading's words name no
    section ("WHERE I STUDIED"), so only its look tells it is one."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    _styled(document, "Big", "Normal", size=Pt(14))
    _styled(document, "Section Head", "Big", bold=True)
    document.add_paragraph("Dana Whitfield")
    document.add_paragraph("EXPERIENCE", style="Section Head")
    document.add_paragraph("Data Engineer, Acme Corp\tMarch 2020 – Present")
    document.add_paragraph("Built the pipelines that feed the pricing models.")
    document.add_paragraph("Analyst, Borealis Bank\tJune 2017 – February 2020")
    document.add_paragraph("Wrote the risk reports read by the board.")
    document.add_paragraph("WHERE I STUDIED", style="Section Head")
    document.add_paragraph("Teaching Assistant, Uppsala University\tSeptember 2014 – June 2016")
    document.add_paragraph("SKILLS", style="Section Head")
    document.add_paragraph("Python, SQL, Spark")
    document.save(str(path))


def test_a_style_sets_the_look_through_its_bases(tmp_path: Path) -> None:
    _section_document(tmp_path / "cv.docx")
    looks = dict(extract_looked(tmp_path / "cv.docx"))
    assert looks["EXPERIENCE"][:2] == (14.0, True)
    assert looks["Dana Whitfield"][:2] == (11.0, False)
    assert looks["EXPERIENCE"][2] == looks["Dana Whitfield"][2] > 0  # the page's margin


def test_a_heading_set_by_its_style_opens_a_section(tmp_path: Path) -> None:
    """ "WHERE I STUDIED" ends the jobs: the assistantship under it is no position."""
    _section_document(tmp_path / "cv.docx")
    assert _positions(tmp_path / "cv.docx") == [
        ("Data Engineer", "Acme Corp", "2020-03", "now"),
        ("Analyst", "Borealis Bank", "2017-06", "2020-02"),
    ]


def test_document_defaults_set_the_body_size(tmp_path: Path) -> None:
    """No style sets a size: the body's comes from docDefaults, Title's from its style."""
    document = docx.Document()
    document.add_paragraph("Dana Whitfield", style="Title")
    document.add_paragraph("Data Engineer")
    document.save(str(tmp_path / "cv.docx"))
    looks = dict(extract_looked(tmp_path / "cv.docx"))
    assert looks["Dana Whitfield"][0] > looks["Data Engineer"][0] > 0


def test_entry_heads_bold_by_their_style(tmp_path: Path) -> None:
    """Each job's heading is bold by its style ("Job Head", based on Normal), never by its
    runs; the plain line under it names the employer however long it runs, as under a PDF's
    bold heads at one edge."""
    document = docx.Document()
    _styled(document, "Job Head", "Normal", bold=True)
    document.add_paragraph("Dana Whitfield")
    document.add_paragraph("Experience", style="Heading 1")
    jobs = [
        (
            "Graduate Student Researcher\tOct 2021 – Current",
            "KCGIP, University of Oregon in collaboration with InVivo Biosystems, Eugene, OR",
        ),
        (
            "Research Technician\tJune 2018 – September 2021",
            "Institute of Molecular Biology, University of Oregon",
        ),
        ("Laboratory Assistant\tMay 2016 – May 2018", "Smith Lab, Reed College, Portland, OR"),
    ]
    for head, employer in jobs:
        document.add_paragraph(head, style="Job Head")
        document.add_paragraph(employer)
        document.add_paragraph("Ran the assays and kept the records.", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    assert _positions(tmp_path / "cv.docx") == [
        (
            "Graduate Student Researcher",
            "KCGIP, University of Oregon in collaboration with InVivo Biosystems",
            "2021-10",
            "now",
        ),
        (
            "Research Technician",
            "Institute of Molecular Biology, University of Oregon",
            "2018-06",
            "2021-09",
        ),
        ("Laboratory Assistant", "Smith Lab, Reed College", "2016-05", "2018-05"),
    ]
