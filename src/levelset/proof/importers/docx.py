"""DOCX resumes, read with python-docx in a bounded child process after zip checks."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from levelset.proof.dates import find_date, is_date_text
from levelset.proof.importers.docx_looks import Look
from levelset.proof.importers.docx_marks import soft_lines
from levelset.proof.importers.docx_posts import sentence_posts, umbrella_employers
from levelset.proof.importers.docx_roles import parts_by_style
from levelset.proof.importers.docx_shapes import unknown_sections_dropped, unnamed_jobs_heading
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import is_bullet, tab_set, towns_beside
from levelset.proof.locations import is_location
from levelset.proof.model import Document
from levelset.proof.safety import check_zip, refuse, run_bounded
from levelset.proof.sections import section_of


def import_docx(path: Path) -> Document:
    """A Word resume: paragraphs (list paragraphs become bullets) and table cells."""
    names = {m.filename for m in check_zip(path)}
    if "word/document.xml" not in names:
        raise refuse(path, "not a Word document (no word/document.xml)", "a .docx file")
    import docx  # noqa: F401  imported before the fork so each child starts warm

    found = unnamed_jobs_heading(_split_headings(run_bounded(extract_looked, path, "DOCX")))
    paragraphs = umbrella_employers(sentence_posts([text for text, _ in found]))
    looks = [look for _, look in found]
    lines = towns_beside(
        [
            dataclasses.replace(line, size=size, bold=bold, x0=x0)
            for i, (text, (size, bold, x0, _)) in enumerate(zip(paragraphs, looks, strict=True), 1)
            for line in tab_set(None, text, f"paragraph {i}")
        ]
    )
    return parts_by_style(unknown_sections_dropped(parse_resume(lines, path.name), found), found)


def _split_headings(paragraphs: list[tuple[str, Look]]) -> list[tuple[str, Look]]:
    """A PDF turned into a Word document keeps each run as a text box of its own: "Emp" over
    "loyment" (a heading set in two colours) read as the heading they spell, a bullet glyph
    alone over its text ("•" over "Led a team") as one bullet; and its non-breaking hyphens
    ("2015‑2020", U+2011) read as hyphens. Each keeps the look of its first part."""
    out: list[tuple[str, Look]] = []
    for raw, look in paragraphs:
        text = raw.replace("\u2011", "-").replace("\u2010", "-")
        last, first = out[-1] if out else ("", look)
        halves = last.isalpha() and len(last) <= 4 and text.isalpha() and text[:1].islower()
        if halves and section_of(last) is None and section_of(last + text) is not None:
            out[-1] = (last + text, first)
        elif len(last) == 1 and is_bullet(f"{last} {text}") and text and not is_bullet(text):
            out[-1] = (f"{last} {text}", look)
        else:
            out.append((text, look))
    return out


def extract_paragraphs(path: Path) -> list[str]:
    """Paragraph texts in reading order, list items marked with "- "."""
    return [text for text, _ in extract_looked(path)]


def extract_looked(path: Path) -> list[tuple[str, Look]]:
    """Paragraph texts in reading order, list items marked with "- ", each with its look
    (size, bold, left edge, style: see docx_looks) (runs in the child process).

    Tables are read where they stand among the paragraphs: a résumé that sets each job in a
    table of its own keeps the job under its section heading. Content controls (Word's own
    templates wrap each section in one) are read through; text boxes (a sidebar drawn beside
    the text) come last, as a PDF's sidebar is read after its main column.
    """
    import docx

    from levelset.proof.importers.docx_looks import left_margin

    document = docx.Document(str(path))
    margin = left_margin(document)
    found = _blocks(document.element.body, document, margin)
    for box in _text_boxes(document.element.body):
        found.extend(_blocks(box, document, margin))
    return found


def _blocks(parent: Any, document: Any, margin: float) -> list[tuple[str, Look]]:
    """The lines of the paragraphs, tables and content controls directly in `parent`."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    found: list[tuple[str, Look]] = []
    for element in parent.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            found.extend(_looked(line, margin) for line in soft_lines(Paragraph(element, document)))
        elif tag == "tbl":
            table = Table(element, document)
            for row in _within(element, "w:tr"):
                found.extend(_row(row, table, margin))
        elif tag in {"sdt", "sdtContent"}:
            found.extend(_blocks(element, document, margin))
    return found


def _looked(paragraph: Any, margin: float) -> tuple[str, Look]:
    from levelset.proof.importers.docx_looks import paragraph_look

    return _line(paragraph), paragraph_look(paragraph, margin)


def _text_boxes(body: Any) -> list[Any]:
    """Every text box's content once: not the copy Word keeps for older readers (mc:Fallback),
    nor a box inside another box (read with it)."""
    from docx.oxml.ns import qn

    boxes = []
    for box in body.iter(qn("w:txbxContent")):
        above = {a.tag.rsplit("}", 1)[-1] for a in box.iterancestors()}
        if not above & {"Fallback", "txbxContent"}:
            boxes.append(box)
    return boxes


_SHORT = 60  # a cell beside the main one holding a date or a place, not a column of its own


def _within(element: Any, tag: str) -> list[Any]:
    """The children of `element` with that tag, with those inside its content controls (a
    template wraps a row or a cell in one as it wraps a paragraph)."""
    from docx.oxml.ns import qn

    found = []
    for child in element.iterchildren():
        if child.tag == qn(tag):
            found.append(child)
        elif child.tag in {qn("w:sdt"), qn("w:sdtContent")}:
            found.extend(_within(child, tag))
    return found


def _row(row: Any, table: Any, margin: float) -> list[tuple[str, Look]]:
    """A table row's lines. Cells of one line each are read left to right as one line, as a
    tab stop would set them ("Senior Engineer <tab> 2021 – Present"). Otherwise the widest
    cell is read first, as a PDF's main column is read before its sidebar; a short one-line
    cell beside it (a date in a left column) joins its first line.

    Each cell is read from the row's own cells: a sidebar merged down the whole table (a
    layout table's left column) is read once, in its first row, not again beside every job.
    A cell's lines are its paragraphs, those in its content controls and the rows of a table
    set inside it. A line keeps the look of its paragraph; cells joined on one line, that of
    the first."""
    from docx.table import _Cell

    looked = [
        [line for line in _blocks(tc, _Cell(tc, table), margin) if line[0].strip()]
        for tc in _within(row, "w:tc")
    ]
    texts = [_one_range(cell) for cell in looked if cell]
    if all(len(lines) == 1 for lines in texts):
        return [("\t".join(lines[0][0] for lines in texts), texts[0][0][1])] if texts else []
    main = max(texts, key=lambda lines: len(" ".join(t for t, _ in lines)))
    beside = [t[0] for t in texts if t is not main and len(t) == 1 and _beside(t[0][0])]
    found = [("\t".join([main[0][0], *(t for t, _ in beside)]), main[0][1]), *main[1:]]
    for lines in sorted(texts, key=lambda t: -len(" ".join(x for x, _ in t))):
        if lines is not main and not (len(lines) == 1 and lines[0] in beside):
            found.extend(lines)
    return found


def _beside(text: str) -> bool:
    """A one-line cell that belongs on the main cell's first line: its dates or its place. A
    heading in the next column ("Work Experience" beside a sidebar's name) is read on its own
    line, not glued to the name."""
    return len(text) <= _SHORT and (is_date_text(text) or is_location(text))


def _one_range(lines: list[tuple[str, Look]]) -> list[tuple[str, Look]]:
    """ "Feb. 2023-" over "Oct. 2024": a narrow date cell whose range its author broke over two
    paragraphs is one range."""
    joined = " ".join(text for text, _ in lines)
    if len(lines) > 1 and len(joined) <= _SHORT and is_date_text(joined) and find_date(joined):
        return [(joined, lines[0][1])]
    return lines


def _line(paragraph: Any) -> str:
    """A paragraph's text as shown, marked "- " where Word draws a bullet or number before it."""
    from levelset.proof.importers.docx_marks import faced, numbered, shown_text

    text = shown_text(paragraph).strip()
    if text and numbered(paragraph):
        return f"- {text}"
    return faced(paragraph, text) if text else text
