"""Plain text laid out as Rich lays it out, for output Rich would leave unstyled.

Loading Rich and making its console costs about 25 ms of CPU, a tenth of a short command's
start. When stdout is not a terminal Rich writes no styles, so a page of lines and one table
can be written the same way without it: words wrapped at the console's width, a table in
Rich's heavy-headed box with its title centred. Anything this module does not lay out exactly
as Rich does (a terminal, markup or emoji codes, wide or combining characters, a table wider
than the console) makes `plain_console_width` or `Page` answer None, and the caller uses Rich.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from levelset.patterns import compiled

T = TypeVar("T")
_WORD = compiled(r"\s*\S+\s*")  # Rich's word: the word and the spaces after it
_EMOJI = compiled(r":\S*?:")  # what Rich's emoji codes could read (":smile:")
_NARROW_EXTRA = range(0x2010, 0x2028)  # dashes, quotes, the bullet, the ellipsis: one cell each
_ONE_CELL_SIGNS = frozenset("☐")  # the review's open item: one cell in Rich's table too


def plain_stream(stream: object) -> bool:
    """True when Rich's console on `stream` would write no styles (not a terminal, nothing
    forcing one) and UTF-8 (else Rich would draw boxes in ASCII)."""
    env = os.environ
    if sys.platform == "win32" or env.get("TTY_COMPATIBLE", "") == "1":
        return False
    if env.get("FORCE_COLOR") is not None or _isatty(stream):
        return False
    return (getattr(stream, "encoding", None) or "utf-8").lower().startswith("utf")


def plain_console_width() -> int | None:
    """The width Rich's console would have, when it would write no styles; else None."""
    if not plain_stream(sys.stdout):
        return None
    env = os.environ
    columns = env.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns) or 80
    for descriptor in (0, 1, 2):  # Rich asks the standard streams in this order
        try:
            return os.get_terminal_size(descriptor).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80


def show(
    value: T, plain_text: Callable[[T, int], str | None], through_rich: Callable[[T, Any], None]
) -> None:
    """Print `value` as `plain_text` lays it out at the console's width where Rich would write
    no styles and that layout can say it as Rich does; else through Rich (`through_rich(value,
    console)`), so a terminal or text the plain writer does not lay out still reads right."""
    width = plain_console_width()
    text = plain_text(value, width) if width is not None else None
    if text is not None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from levelset.cli.output import console

    through_rich(value, console())


def line_text(text: str, width: int) -> str | None:
    """One line of text as Rich wraps it at `width`, or None if only Rich can lay it out."""
    page = Page(width)
    page.line(text)
    return page.text()


def _isatty(stream: object) -> bool:
    try:
        return bool(getattr(stream, "isatty", lambda: False)())
    except ValueError:
        return False


def plain(text: str) -> bool:
    """True when Rich would show `text` as it is: no markup, emoji code, tab or wide character."""
    if "[" in text or "\\" in text or not text.isprintable():
        return False
    if _EMOJI.search(text):
        return False
    return all(ord(c) < 0x300 or ord(c) in _NARROW_EXTRA or c in _ONE_CELL_SIGNS for c in text)


def wrapped(text: str, width: int) -> list[str]:
    """The text's lines as Rich wraps them at `width` (one cell a character: see `plain`)."""
    lines: list[str] = []
    line, used = "", 0
    for match in _WORD.finditer(text):
        word = match.group(0)
        length = len(word.rstrip())
        if length > width:  # Rich folds it: from a line of its own, `width` characters a line
            if line:
                lines.append(line)
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            lines.extend(pieces[:-1])
            line, used = pieces[-1], len(pieces[-1])
        elif width - used >= length:
            line, used = line + word, used + len(word)
        else:
            lines.append(line)
            line, used = word, len(word)
    lines.append(line)
    return [_cropped(piece, width) for piece in lines]


def _cropped(line: str, width: int) -> str:
    if len(line) <= width:
        return line
    spaces = len(line) - len(line.rstrip())
    return line[: len(line) - min(spaces, len(line) - width)][:width]


@dataclass
class Page:
    """Lines and one table, written as Rich would write them at `width`."""

    width: int
    out: list[str] = field(default_factory=list)
    ok: bool = True

    def line(self, text: str) -> None:
        if not (text.strip() and plain(text)):
            self.ok = False
            return
        self.out.extend(wrapped(text, self.width))

    def table(
        self,
        title: str,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        justify: str = "left",
    ) -> None:
        """A table in Rich's heavy-headed box, every column justified `left` or `right`."""
        cells = [list(header), *(list(r) for r in rows)]
        if not all(plain(c) for row in cells for c in row) or not plain(title):
            self.ok = False
            return
        widths = [max(len(row[i]) for row in cells) + 2 for i in range(len(header))]
        total = sum(widths) + len(widths) + 1
        if total > self.width or len(title) > total:
            self.ok = False  # Rich would shrink the columns or wrap the title
            return
        left = (total - len(title)) // 2
        self.out.append(" " * left + title + " " * (total - len(title) - left))
        self.out.append(_rule("┏", "━", "┳", "┓", widths))
        right = justify == "right"
        self.out.append(_row("┃", header, widths, right))
        self.out.append(_rule("┡", "━", "╇", "┩", widths))
        self.out.extend(_row("│", row, widths, right) for row in rows)
        self.out.append(_rule("└", "─", "┴", "┘", widths))

    def text(self) -> str | None:
        """The page, or None when some part needs Rich."""
        return "".join(f"{line}\n" for line in self.out) if self.ok else None


def _rule(left: str, across: str, between: str, right: str, widths: list[int]) -> str:
    return left + between.join(across * w for w in widths) + right


def _row(edge: str, cells: Sequence[str], widths: list[int], right: bool = False) -> str:
    pairs = zip(cells, widths, strict=True)
    if right:
        return edge + edge.join(f"{c} ".rjust(w) for c, w in pairs) + edge
    return edge + edge.join(f" {c}".ljust(w) for c, w in pairs) + edge
