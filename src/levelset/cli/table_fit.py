"""Tables that use the terminal's width and, when it is too narrow, wrap at spaces instead of
cutting words ("interview…"): each column keeps at least its longest word, and the room left
goes to the columns with the most to show. A word wider than any room left is folded onto the
next line, never shortened. A terminal too narrow for every column's words (a phone, a split
pane) gets each row as a short block instead: its first cell, then `header: value` pairs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Rich is loaded by whoever draws the table
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

USUAL_WIDTH = 80  # the tables' layouts as drawn since their first version
LONG_WORD = 20  # a longer word (a metro's name, a path) is folded even in a wide table


def fit(table: Table, width: int) -> RenderableType:
    """The table with column widths chosen for a terminal `width` columns wide, or its rows
    as blocks when the columns' words cannot all stay whole side by side."""
    columns = table.columns
    least, most = _measures(table)
    room = width - 3 * len(columns) - 1  # one space each side of a cell, a rule between
    if sum(min(n, LONG_WORD) for n in least) > room and sum(most) > room:
        return stacked(table, width)
    for column, chosen in zip(columns, _widths(least, most, room), strict=True):
        column.overflow = "fold"
        if sum(most) > room:
            column.width = chosen
    return table


def stacked_if_narrow(table: Table, width: int) -> RenderableType:
    """The table as Rich lays it out on a usual terminal (80 columns or more), its rows as
    blocks where the columns' words cannot all stay whole side by side; below 80 columns laid
    out as `fit` does, so that no column is narrower than its longest word."""
    if width < USUAL_WIDTH:
        return fit(table, width)
    least, most = _measures(table)
    room = width - 3 * len(table.columns) - 1
    if sum(min(n, LONG_WORD) for n in least) > room and sum(most) > room:
        return stacked(table, width)
    for column in table.columns:
        column.overflow = "fold"  # a word too long for its column goes on, never "Francisco-…"
    return table


def _measures(table: Table) -> tuple[list[int], list[int]]:
    """Per column: its longest word and its longest line (header and text cells)."""
    cells = [[_plain(c) for c in (col.header, *col.cells) if isinstance(c, str)]
             for col in table.columns]  # fmt: skip
    least = [max((len(w) for t in texts for w in t.split()), default=1) for texts in cells]
    most = [max((len(line) for t in texts for line in t.splitlines()), default=1)
            for texts in cells]  # fmt: skip
    # a column that must not wrap ("Wed 2 Dec", a money amount) needs its whole line
    least = [m if c.no_wrap else n for c, n, m in zip(table.columns, least, most, strict=True)]
    return least, most


def _widths(least: list[int], most: list[int], room: int) -> list[int]:
    """Each column's longest word, then the room left shared by what each still lacks."""
    spare = room - sum(least)
    if spare <= 0:  # narrower than the words: the widest give way first, numbers stay whole
        widths = list(least)
        while sum(widths) > max(room, len(widths)):
            widest = widths.index(max(widths))
            widths[widest] -= 1
        return widths
    lacking = [m - n for n, m in zip(least, most, strict=True)]
    total = sum(lacking) or 1
    return [n + spare * lack // total for n, lack in zip(least, lacking, strict=True)]


def _plain(cell: str) -> str:
    from rich.text import Text

    return Text.from_markup(cell).plain


def stacked(table: Table, width: int) -> RenderableType:
    """Each row as a block: its first cell in bold, then the other cells as `header: value`,
    side by side while they fit in `width`, a long one on lines of its own."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    columns = table.columns
    blocks: list[Any] = []
    if table.title:
        blocks.append(_text(table.title, "bold"))
    headers = [" ".join(_text(c.header).plain.split()) for c in columns]  # on one line
    for row in zip(*(list(c.cells) for c in columns), strict=True):
        blocks.append(Text(""))
        head = _text(row[0], "bold")
        if head.plain.isdigit() and headers[0].strip():  # a bare number says what it is
            head = Text.assemble((f"{headers[0].strip()}: ", "dim"), head)
        blocks.append(head)
        pairs = [_pair(h, _text(v)) for h, v in zip(headers[1:], row[1:], strict=True)]
        for line in _packed([p for p in pairs if p.plain.strip()], width - 2):
            blocks.append(Padding(line, (0, 0, 0, 2)))
    if table.caption:
        blocks.append(_text(table.caption, "dim"))
    return Group(*blocks, Text(""))


def _pair(header: str, value: Text) -> Text:
    from rich.text import Text

    parts = list(value.split("\n"))
    for part in parts:
        part.rstrip()
    value = Text(" ").join(p for p in parts if p.plain.strip())  # one line
    if not header.strip() or not value.plain:
        return value
    return Text.assemble((f"{header.strip()}: ", "dim"), value)


def _packed(pairs: list[Text], width: int) -> list[Text]:
    """Pairs joined by ` · ` into lines at most `width` wide; a longer pair alone on its line."""
    lines: list[Text] = []
    for pair in pairs:
        if lines and len(lines[-1]) + 3 + len(pair) <= width:
            lines[-1].append(" · ", "dim").append_text(pair)
        else:
            lines.append(pair.copy())
    return lines


def _text(cell: Any, style: str = "") -> Text:
    from rich.text import Text

    if isinstance(cell, Text):
        return cell.copy()
    return Text.from_markup(str(cell), style=style)
