"""Tables that use the terminal's width and, when it is too narrow, wrap at spaces instead of
cutting words ("interview…"): each column keeps at least its longest word, and the room left
goes to the columns with the most to show. A word wider than any room left is folded onto the
next line, never shortened."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Rich is loaded by whoever draws the table
    from rich.table import Table


def fit(table: Table, width: int) -> Table:
    """The table with column widths chosen for a terminal `width` columns wide."""
    columns = table.columns
    lines = [[_plain(c) for c in (col.header, *col.cells) if isinstance(c, str)] for col in columns]
    least = [max((len(w) for t in cells for w in t.split()), default=1) for cells in lines]
    most = [max((len(t) for cells_t in cells for t in cells_t.splitlines()), default=1)
            for cells in lines]  # fmt: skip
    room = width - 3 * len(columns) - 1  # one space each side of a cell, a rule between
    for column, chosen in zip(columns, _widths(least, most, room), strict=True):
        column.overflow = "fold"
        if sum(most) > room:
            column.width = chosen
    return table


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
