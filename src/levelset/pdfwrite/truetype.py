"""A TrueType font read for a PDF: its metrics, its character map and a subset to embed.

Only what a PDF needs is read (the font's header, horizontal metrics, character map, glyph
locations). The subset keeps every glyph number as it is and empties the outlines no character
of the document uses (nor any composite glyph's part), so a PDF can address glyphs by their
numbers (an Identity map) and the file holds only the outlines it shows.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

KEPT = (b"OS/2", b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"name", b"post")
# A composite glyph's component flags (the TrueType specification's 'glyf' table).
ARGS_ARE_WORDS, HAS_SCALE, MORE, HAS_XY_SCALE, HAS_2X2 = 0x1, 0x8, 0x20, 0x40, 0x80


class FontError(ValueError):
    """The file is not a TrueType font this writer can embed."""


@dataclass
class TrueType:
    """One font file, read once; `widths` are in thousandths of the font size."""

    path: str
    data: bytes
    tables: dict[bytes, tuple[int, int]]  # tag -> (offset, length)
    units: int
    box: tuple[int, int, int, int]
    ascent: int
    descent: int
    cap_height: int
    italic_angle: float
    fixed_pitch: bool
    weight: int
    glyph_of: dict[int, int]  # code point -> glyph number
    advances: list[int]  # per glyph, in font units
    widths: dict[int, int] = field(default_factory=dict)  # code point -> width (1/1000)
    missing_width: int = 0

    def table(self, tag: bytes) -> bytes:
        offset, length = self.tables[tag]
        return self.data[offset : offset + length]

    def width(self, code: int) -> int:
        """The character's advance in thousandths of the font size (the missing glyph's when
        the font has no glyph for it), rounded half up as PDF writers do."""
        known = self.widths.get(code)
        if known is None:
            glyph = self.glyph_of.get(code)
            known = self.missing_width if glyph is None else self.scaled(self.advance(glyph))
            self.widths[code] = known
        return known

    def advance(self, glyph: int) -> int:
        return self.advances[min(glyph, len(self.advances) - 1)]

    def scaled(self, units: float) -> int:
        return int(1000 * units / self.units + 0.5 + 0.001)


def read_font(path: str | Path) -> TrueType:
    data = Path(path).read_bytes()
    if data[:4] not in (b"\x00\x01\x00\x00", b"true"):
        raise FontError(f"{path}: not a TrueType font file")
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for at in range(12, 12 + 16 * count, 16):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, at)
        tables[tag] = (offset, length)
    font = TrueType(str(path), data, tables, 0, (0, 0, 0, 0), 0, 0, 0, 0.0, False, 400, {}, [])
    head, hhea = font.table(b"head"), font.table(b"hhea")
    font.units = struct.unpack_from(">H", head, 18)[0]
    font.box = struct.unpack_from(">hhhh", head, 36)
    font.ascent, font.descent = struct.unpack_from(">hh", hhea, 4)
    os2 = font.table(b"OS/2")
    font.weight = struct.unpack_from(">H", os2, 4)[0]
    version = struct.unpack_from(">H", os2, 0)[0]
    font.cap_height = struct.unpack_from(">h", os2, 88)[0] if version >= 2 else font.ascent
    post = font.table(b"post")
    font.italic_angle = struct.unpack_from(">i", post, 4)[0] / 65536
    font.fixed_pitch = struct.unpack_from(">I", post, 12)[0] != 0
    glyphs = struct.unpack_from(">H", font.table(b"maxp"), 4)[0]
    metrics = struct.unpack_from(">H", hhea, 34)[0]
    hmtx = font.table(b"hmtx")
    font.advances = [struct.unpack_from(">H", hmtx, 4 * i)[0] for i in range(metrics)]
    font.advances += [font.advances[-1]] * (glyphs - metrics)
    font.glyph_of = _character_map(font.table(b"cmap"))
    font.missing_width = font.scaled(font.advances[0])
    return font


def _character_map(cmap: bytes) -> dict[int, int]:
    """Unicode code point -> glyph, from the best Unicode subtable (full range first)."""
    count = struct.unpack_from(">H", cmap, 2)[0]
    found: dict[tuple[int, int], int] = {}
    for at in range(4, 4 + 8 * count, 8):
        platform, encoding, offset = struct.unpack_from(">HHI", cmap, at)
        found[(platform, encoding)] = offset
    for key in ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0)):
        if key in found:
            offset = found[key]
            kind = struct.unpack_from(">H", cmap, offset)[0]
            if kind == 4:
                return _format_4(cmap, offset)
            if kind == 12:
                return _format_12(cmap, offset)
    raise FontError("the font has no Unicode character map this writer reads")


def _format_4(cmap: bytes, at: int) -> dict[int, int]:
    segments = struct.unpack_from(">H", cmap, at + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", cmap, at + 14)
    starts_at = at + 16 + 2 * segments
    starts = struct.unpack_from(f">{segments}H", cmap, starts_at)
    deltas = struct.unpack_from(f">{segments}h", cmap, starts_at + 2 * segments)
    ranges_at = starts_at + 4 * segments
    ranges = struct.unpack_from(f">{segments}H", cmap, ranges_at)
    glyphs: dict[int, int] = {}
    for i in range(segments):
        for code in range(starts[i], ends[i] + 1):
            if code == 0xFFFF:
                break
            if ranges[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                where = ranges_at + 2 * i + ranges[i] + 2 * (code - starts[i])
                glyph = struct.unpack_from(">H", cmap, where)[0]
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            if glyph:
                glyphs[code] = glyph
    return glyphs


def _format_12(cmap: bytes, at: int) -> dict[int, int]:
    groups = struct.unpack_from(">I", cmap, at + 12)[0]
    glyphs: dict[int, int] = {}
    for g in range(groups):
        first, last, glyph = struct.unpack_from(">III", cmap, at + 16 + 12 * g)
        for code in range(first, last + 1):
            glyphs[code] = glyph + code - first
    return glyphs


def _locations(font: TrueType) -> list[int]:
    long_offsets = struct.unpack_from(">h", font.table(b"head"), 50)[0] == 1
    loca = font.table(b"loca")
    if long_offsets:
        return list(struct.unpack(f">{len(loca) // 4}I", loca))
    return [2 * v for v in struct.unpack(f">{len(loca) // 2}H", loca)]


def _parts(outline: bytes) -> list[int]:
    """The glyphs a composite glyph is drawn from (none for a simple glyph)."""
    if len(outline) < 10 or struct.unpack_from(">h", outline, 0)[0] >= 0:
        return []
    parts, at = [], 10
    while True:
        flags, glyph = struct.unpack_from(">HH", outline, at)
        parts.append(glyph)
        at += 4 + (4 if flags & ARGS_ARE_WORDS else 2)
        at += 2 if flags & HAS_SCALE else 4 if flags & HAS_XY_SCALE else 8 if flags & HAS_2X2 else 0
        if not flags & MORE:
            return parts


def subset(font: TrueType, used: set[int]) -> bytes:
    """The font file with only the outlines of glyphs `used` (and glyph 0, and the parts of
    composites); glyph numbers unchanged; the tables a PDF viewer does not read dropped."""
    where = _locations(font)
    glyf = font.table(b"glyf")
    keep, todo = set(), [0, *used]
    while todo:
        glyph = todo.pop()
        if glyph in keep or glyph + 1 >= len(where):
            continue
        keep.add(glyph)
        todo.extend(_parts(glyf[where[glyph] : where[glyph + 1]]))
    outlines, loca = bytearray(), [0]
    for glyph in range(len(where) - 1):
        if glyph in keep:
            outlines += glyf[where[glyph] : where[glyph + 1]]
            outlines += b"\x00" * (-len(outlines) % 4)
        loca.append(len(outlines))
    head = bytearray(font.table(b"head"))
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment: not checked by PDF viewers
    struct.pack_into(">h", head, 50, 1)  # long glyph locations
    tables = {tag: font.table(tag) for tag in KEPT if tag in font.tables}
    tables |= {b"glyf": bytes(outlines), b"loca": struct.pack(f">{len(loca)}I", *loca)}
    tables[b"head"] = bytes(head)
    return _font_file(tables)


def _font_file(tables: dict[bytes, bytes]) -> bytes:
    count = len(tables)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x00010000, count, 16 * power, power.bit_length() - 1,
                         16 * (count - power))  # fmt: skip
    directory, body = bytearray(), bytearray()
    offset = 12 + 16 * count
    for tag in sorted(tables):
        data = tables[tag]
        directory += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\x00" * (-len(data) % 4)
    return header + bytes(directory) + bytes(body)


def _checksum(data: bytes) -> int:
    padded = data + b"\x00" * (-len(data) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(padded) // 4}I", padded)
    return sum(words) & 0xFFFFFFFF
