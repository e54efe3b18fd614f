"""DOCX resumes, read with python-docx in a bounded child process after zip checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from levelset.proof.dates import find_date, is_date_text, is_location
from levelset.proof.importers.docx_posts import sentence_posts, umbrella_employers
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import is_bullet, tab_set, towns_beside
from levelset.proof.model import Document
from levelset.proof.safety import check_zip, refuse, run_bounded
from levelset.proof.sections import section_of


def import_docx(path: Path) -> Document:
    """A Word resume: paragraphs (list paragraphs become bullets) and table cells."""
    names = {m.filename for m in check_zip(path)}
    if "word/document.xml" not in names:
        raise refuse(path, "not a Word document (no word/document.xml)", "a .docx file")
    import docx  # noqa: F401  imported before the fork so each child starts warm

    paragraphs = _split_headings(run_bounded(extract_paragraphs, path, "DOCX"))
    paragraphs = umbrella_employers(sentence_posts(paragraphs))
    lines = towns_beside(
        [
            line
            for i, text in enumerate(paragraphs, 1)
            for line in tab_set(None, text, f"paragraph {i}")
        ]
    )
    return parse_resume(lines, path.name)


def _split_headings(paragraphs: list[str]) -> list[str]:
    """A PDF turned into a Word document keeps each run as a text box of its own: "Emp" over
    "loyment" (a heading set in two colours) read as the heading they spell, a bullet glyph
    alone over its text ("•" over "Led a team") as one bullet; and its non-breaking hyphens
    ("2015‑2020", U+2011) read as hyphens."""
    out: list[str] = []
    for text in (p.replace("\u2011", "-").replace("\u2010", "-") for p in paragraphs):
        last = out[-1] if out else ""
        halves = last.isalpha() and len(last) <= 4 and text.isalpha() and text[:1].islower()
        if halves and section_of(last) is None and section_of(last + text) is not None:
            out[-1] = last + text
        elif len(last) == 1 and is_bullet(f"{last} {text}") and text and not is_bullet(text):
            out[-1] = f"{last} {text}"
        else:
            out.append(text)
    return out


def extract_paragraphs(path: Path) -> list[str]:
    """Paragraph texts in reading order, list items marked with "- " (runs in the child
    process).

    Tables are read where they stand among the paragraphs: a résumé that sets each job in a
    table of its own keeps the job under its section heading. Content controls (Word's own
    templates wrap each section in one) are read through; text boxes (a sidebar drawn beside
    the text) come last, as a PDF's sidebar is read after its main column.
    """
    import docx

    document = docx.Document(str(path))
    found = _blocks(document.element.body, document)
    for box in _text_boxes(document.element.body):
        found.extend(_blocks(box, document))
    return found


def _blocks(parent: Any, document: Any) -> list[str]:
    """The lines of the paragraphs, tables and content controls directly in `parent`."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    found: list[str] = []
    for element in parent.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            found.append(_line(Paragraph(element, document)))
        elif tag == "tbl":
            table = Table(element, document)
            for row in table.rows:
                found.extend(_row(row, table))
        elif tag in {"sdt", "sdtContent"}:
            found.extend(_blocks(element, document))
    return found


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


def _row(row: Any, table: Any) -> list[str]:
    """A table row's lines. Cells of one line each are read left to right as one line, as a
    tab stop would set them ("Senior Engineer <tab> 2021 – Present"). Otherwise the widest
    cell is read first, as a PDF's main column is read before its sidebar; a short one-line
    cell beside it (a date in a left column) joins its first line.

    Each cell is read from the row's own cells: a sidebar merged down the whole table (a
    layout table's left column) is read once, in its first row, not again beside every job."""
    from docx.table import _Cell

    cells = [_Cell(tc, table) for tc in row._tr.tc_lst]
    texts = [[_line(p) for p in cell.paragraphs if p.text.strip()] for cell in cells]
    texts = [_one_range(lines) for lines in texts if lines]
    if all(len(lines) == 1 for lines in texts):
        return ["\t".join(lines[0] for lines in texts)] if texts else []
    main = max(texts, key=lambda lines: len(" ".join(lines)))
    beside = [t[0] for t in texts if t is not main and len(t) == 1 and _beside(t[0])]
    found = ["\t".join([main[0], *beside]), *main[1:]]
    for lines in sorted(texts, key=lambda t: -len(" ".join(t))):
        if lines is not main and not (len(lines) == 1 and lines[0] in beside):
            found.extend(lines)
    return found


def _beside(text: str) -> bool:
    """A one-line cell that belongs on the main cell's first line: its dates or its place. A
    heading in the next column ("Work Experience" beside a sidebar's name) is read on its own
    line, not glued to the name."""
    return len(text) <= _SHORT and (is_date_text(text) or is_location(text))


def _one_range(lines: list[str]) -> list[str]:
    """ "Feb. 2023-" over "Oct. 2024": a narrow date cell whose range its author broke over two
    paragraphs is one range."""
    joined = " ".join(lines)
    if len(lines) > 1 and len(joined) <= _SHORT and is_date_text(joined) and find_date(joined):
        return [joined]
    return lines


def _line(paragraph: Any) -> str:
    """A paragraph's text as shown, marked "- " where Word draws a bullet or number before it."""
    from levelset.proof.importers.docx_marks import faced, numbered, shown_text

    text = shown_text(paragraph).strip()
    if text and numbered(paragraph):
        return f"- {text}"
    return faced(paragraph, text) if text else text
