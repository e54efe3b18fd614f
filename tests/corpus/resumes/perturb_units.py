"""The lines perturb.py finds job heads in: a Word body's paragraphs, and the rows of its tables.

A table row is read as the reader reads it: the first line of each cell (a title beside its
dates), then the rest of each cell (a job's description under its title). A cell whose lines
together are one short date range ("Feb. 2023-" over "Oct. 2024") is one line. A head found in a
table's rows is rewritten by splitting the table there: the rows before it stay a table, the
new head and what else its rows held (the description) follow as paragraphs, then the rows after
it as a table of their own.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

_SHORT = 60


@dataclass(frozen=True)
class Unit:
    """One line: its text, the paragraphs holding it, and its table row (None in the body)."""

    text: str
    paragraphs: tuple[Any, ...]
    row: Any = None
    movable: bool = True  # False in a row that cannot be split (a merged sidebar, a cell's table)


def units(document: Any) -> list[Unit]:
    """Every line of the body in reading order, table rows read as above."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    found: list[Unit] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            found.append(Unit(paragraph.text, (paragraph,)))
        elif tag == "tbl":
            table = Table(element, document)
            for row in element.tr_lst:
                found.extend(_row(row, table))
    return found


def _row(row: Any, table: Any) -> list[Unit]:
    from docx.oxml.ns import qn
    from docx.table import _Cell

    movable = all(_plain(tc) for tc in row.tc_lst) and row.find(qn("w:sdt")) is None
    cells = [_cell(_Cell(tc, table), row, movable) for tc in row.tc_lst]
    return [cell[0] for cell in cells if cell] + [u for cell in cells for u in cell[1:]]


def _plain(tc: Any) -> bool:
    """A cell that holds only paragraphs and is not merged down with the rows around it."""
    from docx.oxml.ns import qn

    merged = tc.tcPr is not None and tc.tcPr.find(qn("w:vMerge")) is not None
    return not merged and all(child.tag in {qn("w:p"), qn("w:tcPr")} for child in tc)


def _cell(cell: Any, row: Any, movable: bool) -> list[Unit]:
    from levelset.proof.dates import find_date, is_date_text

    paragraphs = [p for p in cell.paragraphs if p.text.strip()]
    joined = " ".join(p.text.strip() for p in paragraphs)
    if len(paragraphs) > 1 and len(joined) <= _SHORT and is_date_text(joined) and find_date(joined):
        return [Unit(joined, tuple(paragraphs), row, movable)]
    return [Unit(p.text, (p,), row, movable) for p in paragraphs]


def rows_of(found: list[Unit], first: int, last: int) -> list[Any]:
    """The table rows lines first..last stand in, with any between them (none in the body)."""
    held = [u.row for u in found[first : last + 1] if u.row is not None]
    if not held:
        return []
    all_rows = list(held[0].getparent().tr_lst)
    at = sorted(all_rows.index(r) for r in held)
    return all_rows[at[0] : at[-1] + 1]


def rewritable(found: list[Unit], first: int, last: int) -> bool:
    """Whether lines first..last all stand in the body, or all in movable rows of one table."""
    spanned = found[first : last + 1]
    if all(u.row is None for u in spanned):
        return True
    if any(u.row is None or not u.movable for u in spanned):
        return False
    tables = {id(u.row.getparent()) for u in spanned}
    return len(tables) == 1 and all(_all_movable(found, r) for r in rows_of(found, first, last))


def _all_movable(found: list[Unit], row: Any) -> bool:
    return all(u.movable for u in found if u.row is row)


def replace(found: list[Unit], first: int, last: int, elements: list[Any]) -> None:
    """Lines first..last give way to `elements`, where they stood; in a table, the rest of their
    rows' lines follow the new ones as paragraphs, and the table is split around them."""
    rows = rows_of(found, first, last)
    if not rows:
        at = found[first].paragraphs[0]._p
        for element in elements:
            at.addprevious(element)
        for unit in found[first : last + 1]:
            for paragraph in unit.paragraphs:
                paragraph._p.getparent().remove(paragraph._p)
        return
    head = {id(p._p) for u in found[first : last + 1] for p in u.paragraphs}
    rest = [p._p for u in found if u.row in rows for p in u.paragraphs if id(p._p) not in head]
    table = rows[0].getparent()
    after = _rows_after(table, rows[-1])
    at = table
    for element in [*elements, *rest, *([after] if after is not None else [])]:
        at.addnext(element)
        at = element
    for row in rows:
        table.remove(row)
    if not table.tr_lst:
        table.getparent().remove(table)


def _rows_after(table: Any, last: Any) -> Any:
    """A table of the rows after `last` (moved out of `table`), or None when there are none."""
    from docx.oxml.ns import qn

    later = list(table.tr_lst)[list(table.tr_lst).index(last) + 1 :]
    if not later:
        return None
    after = copy.deepcopy(table)
    for child in list(after):
        if child.tag == qn("w:tr"):
            after.remove(child)
    for row in later:
        after.append(row)
    return after
