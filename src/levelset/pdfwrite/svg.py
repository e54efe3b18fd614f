"""A chart's SVG drawn as PDF vectors: the elements levelset's charts are made of.

Rectangles (with rounded corners), lines (dashed or not), polylines, polygons, circles and
text (start, middle or end anchored, normal or bold) in plain colours, inside groups; titles
and descriptions are not drawn. An element outside that list is refused by name rather than
left out silently. Text is drawn in the document's fonts: `family` with style "" or "B".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from levelset.pdfwrite.document import Colour, Document, K
from levelset.pdfwrite.svg_tree import Element, parse

SKIPPED = {"title", "desc"}
BEZIER = 0.5523  # a quarter circle's control points, as a share of its radius
NAMED = {"white": (255, 255, 255), "black": (0, 0, 0)}


class UnsupportedSvg(ValueError):
    """The chart holds something this drawing does not know."""


def colour(value: str | None) -> Colour | None:
    """An SVG colour (#rgb, #rrggbb, white, black); None for none or transparent."""
    if value is None or value in ("none", "transparent"):
        return None
    if value in NAMED:
        return NAMED[value]
    text = value.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if not re.fullmatch(r"[0-9a-fA-F]{6}", text):
        raise UnsupportedSvg(f"a colour this drawing does not know: {value!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def draw_svg(pdf: Document, svg: str, x: float, y: float, w: float, family: str) -> float:
    """The chart drawn `w` millimetres wide with its top left at (x, y); its height."""
    root = parse(svg)
    box = [float(v) for v in root.get("viewBox", "").replace(",", " ").split()]
    if len(box) != 4:
        box = [0, 0, float(root.get("width", "0")), float(root.get("height", "0"))]
    scale = w / box[2]

    def at(px: float, py: float) -> str:  # an SVG point in PDF points
        return (
            f"{(x + (px - box[0]) * scale) * K:.2f} {(pdf.h - y - (py - box[1]) * scale) * K:.2f}"
        )

    _children(pdf, root, scale, at, family)
    return box[3] * scale


def _children(
    pdf: Document, parent: Element, scale: float, at: Callable[[float, float], str], family: str
) -> None:
    for node in parent:
        tag = node.tag
        if tag in SKIPPED:
            continue
        if tag == "g":
            _children(pdf, node, scale, at, family)
        elif tag == "text":
            _text(pdf, node, scale, at, family)
        else:
            shape = SHAPES.get(tag)
            if shape is None:
                raise UnsupportedSvg(f"an SVG element this drawing does not know: <{tag}>")
            _paint(pdf, node, shape(node, scale, at), scale)


def _f(node: Element, name: str) -> float:
    return float(node.get(name, "0"))


def _rect(node: Element, scale: float, at: Callable[[float, float], str]) -> str:
    x, y, w, h = (_f(node, n) for n in ("x", "y", "width", "height"))
    r = min(_f(node, "rx"), w / 2, h / 2)
    if r <= 0:
        return f"{at(x, y + h)} {w * scale * K:.2f} {h * scale * K:.2f} re"
    c = r * (1 - BEZIER)
    return " ".join(
        [
            f"{at(x + r, y)} m {at(x + w - r, y)} l",
            f"{at(x + w - c, y)} {at(x + w, y + c)} {at(x + w, y + r)} c",
            f"{at(x + w, y + h - r)} l",
            f"{at(x + w, y + h - c)} {at(x + w - c, y + h)} {at(x + w - r, y + h)} c",
            f"{at(x + r, y + h)} l",
            f"{at(x + c, y + h)} {at(x, y + h - c)} {at(x, y + h - r)} c",
            f"{at(x, y + r)} l {at(x, y + c)} {at(x + c, y)} {at(x + r, y)} c h",
        ]
    )


def _line(node: Element, scale: float, at: Callable[[float, float], str]) -> str:
    return f"{at(_f(node, 'x1'), _f(node, 'y1'))} m {at(_f(node, 'x2'), _f(node, 'y2'))} l"


def _points(closed: bool) -> Callable[[Element, float, Callable[[float, float], str]], str]:
    def path(node: Element, scale: float, at: Callable[[float, float], str]) -> str:
        values = [float(v) for v in node.get("points", "").replace(",", " ").split()]
        pairs = list(zip(values[::2], values[1::2], strict=True))
        steps = [f"{at(px, py)} {'m' if i == 0 else 'l'}" for i, (px, py) in enumerate(pairs)]
        return " ".join(steps) + (" h" if closed else "")

    return path


def _circle(node: Element, scale: float, at: Callable[[float, float], str]) -> str:
    cx, cy, r = _f(node, "cx"), _f(node, "cy"), _f(node, "r")
    c = r * BEZIER
    return " ".join(
        [
            f"{at(cx + r, cy)} m",
            f"{at(cx + r, cy + c)} {at(cx + c, cy + r)} {at(cx, cy + r)} c",
            f"{at(cx - c, cy + r)} {at(cx - r, cy + c)} {at(cx - r, cy)} c",
            f"{at(cx - r, cy - c)} {at(cx - c, cy - r)} {at(cx, cy - r)} c",
            f"{at(cx + c, cy - r)} {at(cx + r, cy - c)} {at(cx + r, cy)} c h",
        ]
    )


SHAPES: dict[str, Callable[[Element, float, Callable[[float, float], str]], str]] = {
    "rect": _rect,
    "line": _line,
    "polyline": _points(closed=False),
    "polygon": _points(closed=True),
    "circle": _circle,
}


def _paint(pdf: Document, node: Element, path: str, scale: float) -> None:
    """Fill (SVG's default black, except for lines) and stroke the path as the node asks."""
    tag = node.tag
    fill = colour(node.get("fill", "none" if tag in ("line", "polyline") else "black"))
    stroke = colour(node.get("stroke"))
    if tag == "polyline" and fill is not None:
        fill = None  # the charts' polylines are open lines
    if fill is None and stroke is None:
        return
    with pdf.drawing() as ops:
        if fill is not None:
            ops.append(f"{fill[0] / 255:.3f} {fill[1] / 255:.3f} {fill[2] / 255:.3f} rg")
        if stroke is not None:
            width = float(node.get("stroke-width", "1")) * scale * K
            ops.append(f"{stroke[0] / 255:.3f} {stroke[1] / 255:.3f} {stroke[2] / 255:.3f} RG")
            ops.append(f"{width:.2f} w")
            dash = node.get("stroke-dasharray")
            if dash:
                steps = " ".join(
                    f"{float(v) * scale * K:.2f}" for v in dash.replace(",", " ").split()
                )
                ops.append(f"[{steps}] 0 d")
        paint = "B" if fill is not None and stroke is not None else "f" if fill is not None else "S"
        ops.append(f"{path} {paint}")


def _text(
    pdf: Document, node: Element, scale: float, at: Callable[[float, float], str], family: str
) -> None:
    body = "".join(node.itertext())
    if not body:
        return
    style = "B" if node.get("font-weight") in ("bold", "700", "800", "900") else ""
    size = float(node.get("font-size", "16")) * scale * K  # points
    pdf.set_font(family, style, size)
    width = pdf.get_string_width(body) / scale  # in SVG units
    anchor = node.get("text-anchor", "start")
    shift = width if anchor == "end" else width / 2 if anchor == "middle" else 0
    left, baseline = (float(v) for v in at(_f(node, "x") - shift, _f(node, "y")).split())
    fill = colour(node.get("fill", "black")) or (0, 0, 0)
    pdf.text(left / K, pdf.h - baseline / K, body, colour=fill)
