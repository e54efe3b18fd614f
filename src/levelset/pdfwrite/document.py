"""Pages of text, lines and filled shapes, written as a PDF file (PDF 1.7, ISO 32000-1).

The writer holds a cursor in millimetres from the top left of an A4 page, as a layout does:
`cell` writes one line of text in a box and moves right, `ln` goes to the next line at the left
margin, and a cell that would cross the bottom margin starts a new page first. Text is drawn in
embedded TrueType fonts (pdfwrite/truetype.py: each a subset holding the glyphs used), two bytes
per glyph with a map back to Unicode, so any character the font covers prints and can be copied
or searched. Streams are compressed; the same input gives the same bytes.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from levelset.pdfwrite.truetype import TrueType, read_font, subset

K = 72 / 25.4  # points per millimetre
A4 = (210.0, 297.0)
Colour = tuple[int, int, int]


@dataclass
class _Font:
    number: int
    truetype: TrueType
    used: dict[int, int] = field(default_factory=dict)  # glyph -> code point


def _rgb(colour: Colour) -> str:
    return " ".join(f"{c / 255:.3f}".rstrip("0").rstrip(".") or "0" for c in colour)


def _n(value: float) -> str:
    return f"{value:.2f}"


def _text_string(text: str) -> str:
    """A PDF text string: UTF-16 with its byte-order mark, in hexadecimal."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class Document:
    """One PDF being written; override `footer` to draw on each page as it is finished."""

    def __init__(self) -> None:
        self.w, self.h = A4
        self.l_margin = self.t_margin = self.r_margin = self.b_margin = 10.0
        self.c_margin = 1.0  # the space inside a cell before and after its text
        self.auto_page_break = True
        self.x, self.y = self.l_margin, self.t_margin
        self.pages: list[list[str]] = []
        self.fonts: dict[tuple[str, str], _Font] = {}
        self.font: _Font | None = None
        self.font_family, self.font_style, self.font_size_pt = "", "", 0.0
        self.text_colour: Colour = (0, 0, 0)
        self.draw_colour: Colour = (0, 0, 0)
        self.fill_colour: Colour = (0, 0, 0)
        self.line_width = 0.2
        self.title = self.creator = ""
        self.in_footer = False
        self.last_h = 0.0

    # -- settings -------------------------------------------------------------------------
    def add_font(self, family: str, style: str, path: str) -> None:
        self.fonts[(family, style)] = _Font(len(self.fonts) + 1, read_font(path))

    def set_font(self, family: str, style: str = "", size: float = 0) -> None:
        self.font = self.fonts[(family, style)]
        self.font_family, self.font_style = family, style
        self.font_size_pt = size or self.font_size_pt

    @property
    def font_size(self) -> float:
        return self.font_size_pt / K

    def set_margins(self, left: float, top: float, right: float) -> None:
        self.l_margin, self.t_margin, self.r_margin = left, top, right

    def set_auto_page_break(self, auto: bool, margin: float) -> None:
        self.auto_page_break, self.b_margin = auto, margin

    def set_title(self, title: str) -> None:
        self.title = title

    def set_creator(self, creator: str) -> None:
        self.creator = creator

    def set_text_color(self, r: int, g: int, b: int) -> None:
        self.text_colour = (r, g, b)

    def set_draw_color(self, r: int, g: int, b: int) -> None:
        self.draw_colour = (r, g, b)

    def set_fill_color(self, r: int, g: int, b: int) -> None:
        self.fill_colour = (r, g, b)

    def set_line_width(self, width: float) -> None:
        self.line_width = width

    @property
    def epw(self) -> float:
        """The page's width between the margins."""
        return self.w - self.l_margin - self.r_margin

    # -- the cursor -----------------------------------------------------------------------
    def get_x(self) -> float:
        return self.x

    def get_y(self) -> float:
        return self.y

    def set_x(self, x: float) -> None:
        self.x = x if x >= 0 else self.w + x

    def set_y(self, y: float) -> None:
        self.x, self.y = self.l_margin, (y if y >= 0 else self.h + y)

    def set_xy(self, x: float, y: float) -> None:
        self.set_y(y)
        self.set_x(x)

    def ln(self, h: float | None = None) -> None:
        self.x = self.l_margin
        self.y += self.last_h if h is None else h

    def page_no(self) -> int:
        return len(self.pages)

    # -- pages ----------------------------------------------------------------------------
    def footer(self) -> None:
        """Drawn on each page when it is finished; nothing by default."""

    def add_page(self) -> None:
        if self.pages:
            self._finish_page()
        self.pages.append([])
        self.x, self.y = self.l_margin, self.t_margin

    STATE = ("font", "font_family", "font_style", "font_size_pt", "text_colour", "draw_colour",
             "fill_colour", "line_width")  # fmt: skip

    def _finish_page(self) -> None:
        """The footer drawn; the font, colours and line width then as they were before it."""
        kept = {name: getattr(self, name) for name in self.STATE}
        self.in_footer = True
        try:
            self.footer()
        finally:
            self.in_footer = False
            for name, value in kept.items():
                setattr(self, name, value)

    def breaks_page(self, h: float) -> bool:
        """Whether `h` more millimetres from the cursor would cross the bottom margin."""
        return (
            self.auto_page_break
            and not self.in_footer
            and self.y + h > self.h - self.b_margin + 1e-9
        )

    def break_page_if_needed(self, h: float) -> bool:
        """A new page (the cursor keeping its x) when `h` would not fit on this one."""
        if not self.breaks_page(h):
            return False
        x = self.x
        self.add_page()
        self.x = x
        return True

    # -- drawing --------------------------------------------------------------------------
    def out(self, operation: str) -> None:
        self.pages[-1].append(operation)

    def get_string_width(self, text: str) -> float:
        assert self.font is not None, "set_font first"
        font = self.font.truetype
        return sum(font.width(ord(c)) for c in text) * self.font_size_pt * 0.001 / K

    def cell(
        self, w: float, h: float, text: str = "", align: str = "L", fill: bool = False
    ) -> None:
        """One line of text in a box `w` wide (0: to the right margin) and `h` high at the
        cursor, vertically centred; the cursor then moves to the box's right."""
        self.break_page_if_needed(h)
        w = w or self.w - self.r_margin - self.x
        if fill:
            self.rect(self.x, self.y, w, h, fill=True)
        if text:
            width = self.get_string_width(text)
            dx = w - self.c_margin - width if align == "R" else self.c_margin
            if align == "C":
                dx = (w - width) / 2
            self.text(self.x + dx, self.y + 0.5 * h + 0.3 * self.font_size, text)
        self.x += w
        self.last_h = h

    def text(self, x: float, y: float, text: str, colour: Colour | None = None) -> None:
        """Text with its baseline's left end at (x, y), in the current font and size."""
        assert self.font is not None, "set_font first"
        font = self.font
        codes = []
        for char in text:
            glyph = font.truetype.glyph_of.get(ord(char), 0)
            font.used.setdefault(glyph, ord(char))
            codes.append(f"{glyph:04X}")
        self.out(
            f"BT {_rgb(colour or self.text_colour)} rg /F{font.number} {_n(self.font_size_pt)} "
            f"Tf {_n(x * K)} {_n((self.h - y) * K)} Td <{''.join(codes)}> Tj ET"
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, dash: str = "") -> None:
        pattern = f"[{dash}] 0 d " if dash else ""
        self.out(
            f"q 2 J {pattern}{_rgb(self.draw_colour)} RG {_n(self.line_width * K)} w "
            f"{_n(x1 * K)} {_n((self.h - y1) * K)} m {_n(x2 * K)} {_n((self.h - y2) * K)} l S Q"
        )

    def rect(self, x: float, y: float, w: float, h: float, fill: bool = True) -> None:
        paint = f"{_rgb(self.fill_colour)} rg" if fill else f"{_rgb(self.draw_colour)} RG"
        self.out(
            f"q {paint} {_n(self.line_width * K)} w {_n(x * K)} {_n((self.h - y) * K)} "
            f"{_n(w * K)} {_n(-h * K)} re {'f' if fill else 'S'} Q"
        )

    @contextmanager
    def drawing(self) -> Iterator[list[str]]:
        """Raw drawing operations in PDF units, kept apart from the page's state."""
        operations: list[str] = []
        yield operations
        self.out("q " + " ".join(operations) + " Q")

    # -- the file -------------------------------------------------------------------------
    def output(self) -> bytes:
        if not self.pages:
            self.add_page()
        self._finish_page()
        return _File(self).bytes()


class _File:
    """The objects of the PDF, numbered in the order written."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.objects: list[bytes] = []

    def add(self, body: bytes | str) -> int:
        self.objects.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(self.objects)

    def reserve(self) -> int:
        return self.add(b"")

    def put(self, number: int, body: str) -> None:
        self.objects[number - 1] = body.encode("latin-1")

    def stream(self, data: bytes, extra: str = "") -> int:
        packed = zlib.compress(data, 6)
        head = f"<</Filter /FlateDecode /Length {len(packed)}{extra}>>\nstream\n"
        return self.add(head.encode("latin-1") + packed + b"\nendstream")

    def bytes(self) -> bytes:
        doc = self.document
        catalog, pages = self.reserve(), self.reserve()
        fonts = " ".join(f"/F{f.number} {self.font(f)} 0 R" for f in doc.fonts.values())
        kids = []
        for operations in doc.pages:
            content = self.stream("\n".join(operations).encode("latin-1"))
            kids.append(
                self.add(
                    f"<</Type /Page /Parent {pages} 0 R /MediaBox [0 0 {_n(doc.w * K)} "
                    f"{_n(doc.h * K)}] /Resources <</Font <<{fonts}>>>> /Contents {content} 0 R>>"
                )
            )
        self.put(pages, f"<</Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                        f"/Count {len(kids)}>>")  # fmt: skip
        self.put(catalog, f"<</Type /Catalog /Pages {pages} 0 R>>")
        info = self.add(
            f"<</Title {_text_string(doc.title)} /Creator {_text_string(doc.creator)} "
            f"/Producer {_text_string('levelset')}>>"
        )
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
        out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
        out += (
            f"trailer\n<</Size {len(offsets) + 1} /Root {catalog} 0 R /Info {info} 0 R>>\n"
            f"startxref\n{xref}\n%%EOF\n"
        ).encode()
        return bytes(out)

    def font(self, font: _Font) -> int:
        """A Type 0 font over the TrueType subset, glyphs addressed by their numbers."""
        tt = font.truetype
        used = dict(sorted(font.used.items()))
        name = f"{_tag(font.number)}+{tt.path.rsplit('/', 1)[-1].rsplit('.', 1)[0]}"
        name = "".join(c for c in name if c.isalnum() or c in "+-")
        data = subset(tt, set(used))
        file = self.stream(data, f" /Length1 {len(data)}")
        flags = 4 | (1 if tt.fixed_pitch else 0) | (64 if tt.italic_angle else 0)
        flags |= 1 << 18 if tt.weight >= 600 else 0
        box = " ".join(str(round(tt.scaled(v) if v >= 0 else -tt.scaled(-v))) for v in tt.box)
        descriptor = self.add(
            f"<</Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox [{box}] "
            f"/ItalicAngle {int(tt.italic_angle)} /Ascent {tt.scaled(tt.ascent)} "
            f"/Descent {-tt.scaled(-tt.descent)} /CapHeight {tt.scaled(tt.cap_height)} "
            f"/StemV {round(50 + (tt.weight / 65) ** 2)} /MissingWidth {tt.missing_width} "
            f"/FontFile2 {file} 0 R>>"
        )
        widths = " ".join(f"{g} [{tt.scaled(tt.advance(g))}]" for g in used)
        cid = self.add(
            f"<</Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo "
            f"<</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor "
            f"{descriptor} 0 R /DW {tt.missing_width} /W [{widths}] /CIDToGIDMap /Identity>>"
        )
        unicode = self.stream(_to_unicode(used).encode("latin-1"))
        return self.add(
            f"<</Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
            f"/DescendantFonts [{cid} 0 R] /ToUnicode {unicode} 0 R>>"
        )


def _tag(number: int) -> str:
    """Six capital letters naming a subset (PDF 9.6.4), one per font of the document."""
    letters = []
    for _ in range(6):
        number, digit = divmod(number, 26)
        letters.append(chr(ord("A") + digit))
    return "".join(reversed(letters))


def _to_unicode(used: dict[int, int]) -> str:
    """The CMap a reader uses to turn the glyph numbers back into text."""
    pairs = [f"<{g:04X}> <{_utf16(c)}>" for g, c in used.items()]
    chunks = [pairs[i : i + 100] for i in range(0, len(pairs), 100)]
    body = "".join(
        f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar\n" for chunk in chunks
    )
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{body}endcmap\nCMapName currentdict /CIDInit /ProcSet findresource pop end\nend\n"
    )


def _utf16(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()
