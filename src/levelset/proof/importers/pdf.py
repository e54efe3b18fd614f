"""PDF résumés: text boxes read with PDFium in a bounded child process, then laid out.

PDFium gives each run of text with its place on the page, so a right-aligned date or place
stays apart from the title beside it and a sidebar can be read apart from the main column
(levelset.proof.layout). Encrypted, image-only and empty PDFs are refused with a message.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

from levelset.patterns import compiled
from levelset.proof.icon_letters import icon_font
from levelset.proof.importers.pdf_posts import written_posts
from levelset.proof.importers.sized import sized_positions
from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.layout import Box, Page, read_pages
from levelset.proof.lines import resume_lines
from levelset.proof.model import Document
from levelset.proof.safety import Unreadable, refuse, run_bounded

MAX_PAGES = 30
_NO_TEXT = (
    "no text found in the PDF: it looks scanned or made of images, and levelset does no OCR; "
    "export a PDF with selectable text from your editor, or import the .docx or .md version"
)


def import_pdf(path: Path) -> Document:
    """A PDF résumé; broken, encrypted, scanned or hostile files get an InputError."""
    import pypdfium2  # noqa: F401  imported before the fork so each child starts warm

    pages = run_bounded(extract_pages, path, "PDF")
    if not any(page.boxes for page in pages):
        raise refuse(path, _NO_TEXT, "a PDF with selectable text")
    lines: list[Line] = []
    for number, page_lines in enumerate(read_pages(pages), start=1):
        lines.extend(resume_lines(page_lines, f"page {number}", first=len(lines) + 1))
    document = parse_resume(written_posts(lines), path.name)
    sized = sized_positions(lines, path.name)
    return dataclasses.replace(document, positions=sized) if sized else document


def extract_pages(path: Path) -> list[Page]:
    """Every page's text boxes (runs in the child process)."""
    import pypdfium2 as pdfium

    with path.open("rb") as stream:
        if not stream.read(1024).lstrip().startswith(b"%PDF"):
            raise Unreadable("the file does not start like a PDF")
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise Unreadable(
                "the PDF is password-protected; save or print a copy without a password "
                "and import that"
            ) from None
        raise Unreadable(f"PDFium could not open it ({error})") from None
    try:
        if len(document) > MAX_PAGES:
            raise Unreadable(f"more than {MAX_PAGES} pages; import the resume itself")
        return [_page(document[index]) for index in range(len(document))]
    finally:
        document.close()


_RTL = compiled(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew and Arabic letters
_LATIN = compiled(r"[A-Za-z]")


def _logical(text: str) -> str:
    """Words of a right-to-left script in reading order: PDFs (LinkedIn's among them) keep each
    word's letters in reading order but set the words left to right as they are drawn."""
    out: list[str] = []
    rtl: list[str] = []
    for word in [*text.split(" "), ""]:
        if word and _RTL.search(word) and not _LATIN.search(word):
            rtl.append(word)
            continue
        out.extend(reversed(rtl))
        rtl = []
        out.append(word)
    return " ".join(out[:-1])


def _page(page: Any) -> Page:
    """The page's text as runs of characters: a run ends where the next character sits on
    another line, before the last one, or after a gap wider than a column gutter."""
    width, height = page.get_size()
    text = page.get_textpage()
    count = text.count_chars()
    chars = text.get_text_range(0, count) if count else ""
    if len(chars) != count:  # characters outside the BMP: read them one by one
        chars = "".join(text.get_text_range(i, 1)[:1] or " " for i in range(count))
    runs = _Runs(height)
    for index, char in enumerate(chars):
        if char.isspace():  # line ends too: where a line ends is read from the geometry
            runs.space(new_line=char in "\r\n")
        else:
            size = _font_size(text, index)
            if char in _SYMBOL_MARKS:
                char = _symbol_mark(text, index, char)
            lone = (not index or chars[index - 1].isspace()) and _lone(chars, index)
            if lone and char.isalnum() and _in_icon_font(text, index):
                char = _ICON  # a Font Awesome mark its font maps onto a letter: no letter
            starts_word = not index or chars[index - 1].isspace()
            bold = _bold_font(text, index) if starts_word else None
            runs.add(char, text.get_charbox(index, loose=True), size, bold)
    runs.flush()
    return Page(width, height, tuple(runs.boxes))


def _font_size(text: Any, index: int) -> float:
    """The character's size in points. macOS Quartz sets every font at size 1 and scales it
    with the text matrix, so there the matrix's vertical scale is the size."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    size = float(pdfium_c.FPDFText_GetFontSize(text.raw, index))
    if size > 1.0:
        return size
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(text.raw, index, ctypes.byref(matrix)):
        return size
    scale = math.hypot(matrix.c, matrix.d)
    return size * scale if scale > 1.0 else size


_ICON = "\ue000"  # a private-use character: read as an icon, never as text
# Word's and LibreOffice's list marks drawn from Symbol or Wingdings, which give no Unicode
# for them but the font's own code in the private-use area (U+F000 + the byte)
_SYMBOL_MARKS = {
    "\uf0b7": "•",  # Symbol's bullet: no icon font uses this code, so read it in any font
    "\uf06c": "●",  # Wingdings' round bullet
    "\uf09f": "•",  # Wingdings' small round bullet
    "\uf0a7": "▪",  # Wingdings' small square
    "\uf06e": "■",
    "\uf076": "❖",
    "\uf0d8": "➢",
    "\uf0fc": "✓",
}
_SYMBOL_FONT = compiled(r"(?i)symbol|wingding")


def _symbol_mark(text: Any, index: int, char: str) -> str:
    """A list mark as the character it shows, where the font is a symbol font (an icon font
    such as Font Awesome uses the same codes for its icons)."""
    if char == "\uf0b7" or _SYMBOL_FONT.search(_font_name(text, index)):
        return _SYMBOL_MARKS[char]
    return char


def _lone(chars: str, index: int) -> bool:
    """A character with space (or nothing) on both sides: where an icon stands."""
    before = chars[index - 1] if index else " "
    after = chars[index + 1] if index + 1 < len(chars) else " "
    return before.isspace() and after.isspace()


def _in_icon_font(text: Any, index: int) -> bool:
    return icon_font(_font_name(text, index))


def _font_name(text: Any, index: int) -> str:
    import ctypes

    import pypdfium2.raw as pdfium_c

    name = ctypes.create_string_buffer(128)
    length = pdfium_c.FPDFText_GetFontInfo(text.raw, index, name, 128, None)
    return name.value[: max(length - 1, 0)].decode("latin-1")


_BOLD = compiled(r"(?i)bold|black|heavy|semibold|demibold")


def _bold_font(text: Any, index: int) -> bool:
    """A word set in a bold face, as its font's name says ("TimesNewRomanPS-BoldMT")."""
    return bool(_BOLD.search(_font_name(text, index)))


class _Runs:
    """Characters gathered into boxes while they follow each other on one line."""

    def __init__(self, page_height: float) -> None:
        self.page_height = page_height
        self.boxes: list[Box] = []
        self.chars: list[str] = []
        self.left = self.right = self.low = self.high = self.size = 0.0
        self.new_line = False  # PDFium began a new line since the last character
        self.bold = False  # the run's words are set in a bold face
        self.last_box: tuple[float, float, float, float] | None = None

    def add(
        self,
        char: str,
        box: tuple[float, float, float, float],
        font: float = 0.0,
        bold: bool | None = None,
    ) -> None:
        """`bold`: whether a word that starts here is set in a bold face (None: not a word's
        first letter); a run ends where the face changes between words."""
        left, low, right, high = box
        size = max(high - low, 1.0)
        rtl = bool(_RTL.match(char))
        beside = rtl and self._rtl_beside(left, right, (low + high) / 2, size)
        restyled = bold is not None and bold != self.bold
        # a ligature's letters ("ffi" in "Efficiency") share one glyph's box: the later ones
        # sit back over the first and still belong to its word
        joined = beside or box == self.last_box
        self.last_box = box
        if self.chars and not joined and self._breaks(left, (low + high) / 2, size):
            self.flush()
        elif self.chars and not joined and restyled:
            self.flush(spaced=self.chars[-1] == " ")  # the space between the words is kept
        if not self.chars:
            self.left, self.low, self.high, self.size = left, low, high, 0.0
            self.bold = bool(bold)
        self.left = min(self.left, left) if rtl else self.left  # such a word grows leftwards
        self.size = max(self.size, round(font, 2))
        self.chars.append(char)
        self.right = max(self.right if len(self.chars) > 1 else right, right)
        self.low, self.high = min(self.low, low), max(self.high, high)
        self.new_line = False

    def _rtl_beside(self, left: float, right: float, middle: float, size: float) -> bool:
        """A right-to-left letter on the line of a run that ends in one, within a word's gap of
        it on either side (its letters step leftwards, its words rightwards)."""
        last = "".join(self.chars).rstrip()[-1:]
        if not last or not _RTL.match(last):
            return False
        height = max(self.high - self.low, size)
        if abs(middle - (self.low + self.high) / 2) > 0.5 * height:
            return False
        return left <= self.right + 1.5 * height and right >= self.left - 1.5 * height

    def _breaks(self, left: float, middle: float, size: float) -> bool:
        height = max(self.high - self.low, size)
        other_line = abs(middle - (self.low + self.high) / 2) > 0.5 * height
        # text drawn over the run's end after a line break ("Experience" under the first title)
        drawn_over = self.new_line and left < self.right - 0.3 * height
        return (
            other_line
            or left - self.right > 0.8 * height
            or left < self.right - height
            or drawn_over
        )

    def space(self, new_line: bool = False) -> None:
        self.new_line = self.new_line or new_line
        self.last_box = None
        if self.chars and self.chars[-1] != " ":
            self.chars.append(" ")

    def flush(self, spaced: bool = False) -> None:
        content = "".join(self.chars).strip()
        content = f"{content} " if spaced and content else content
        content = _logical(content) if _RTL.search(content) else content
        if content:
            top, bottom = self.page_height - self.high, self.page_height - self.low
            box = Box(self.left, top, self.right, bottom, content, self.size, self.bold)
            self.boxes.append(box)
        self.chars = []
