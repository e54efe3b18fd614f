"""How a Word paragraph looks, as a PDF's line carries it: its size, its face and its left
edge, resolved the way Word resolves them. A run's own setting wins; else its character
style's (or a style that one is based on); else the paragraph style's chain ("Heading 1"
based on "Normal"); else the document's defaults (docDefaults); else Word's own 10 points,
plain. A heading set only by its style ("Heading 1", "Title", a custom "Section" style with
bold and 14 points) then looks as large and as bold as the page shows it, and the same
segmentation that reads a PDF's looks reads it. Runs in the DOCX child process."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

# size in points, bold, left edge in points (0: not known), the paragraph style's name
Look = tuple[float, bool, float, str]

_WORD_SIZE = 10.0  # points: Word's size where no style nor default sets one
_MARGIN = 72.0  # points: the left margin where the section does not say
_DEPTH = 10  # based-on styles followed this far (a loop of them stops here)


def paragraph_look(paragraph: Any, margin: float) -> Look:
    """The paragraph's largest size, whether its words up to the first tab (not the dates or
    place a tab sets apart) are all bold, where it starts (the page's margin and the
    paragraph's indent), and the name of its paragraph style."""
    from docx.text.run import Run

    defaults = _defaults(paragraph)
    sizes: list[float] = []
    faces: list[bool] = []
    tabbed = False
    for element in paragraph._p.iter(qn("w:r")):
        run = Run(element, paragraph)
        text = str(run.text)
        if not text.strip():
            tabbed = tabbed or "\t" in text
            continue
        sizes.append(_size(run, paragraph, defaults))
        if not tabbed and any(c.isalnum() for c in text.split("\t", 1)[0]):
            faces.append(_bold(run, paragraph, defaults))
        tabbed = tabbed or "\t" in text
    style = _style_name(paragraph)
    if not sizes:
        return 0.0, False, 0.0, style
    return max(sizes), bool(faces) and all(faces), margin + _indent(paragraph), style


def _style_name(paragraph: Any) -> str:
    try:
        return str(paragraph.style.name or "")
    except (AttributeError, KeyError):
        return ""


def left_margin(document: Any) -> float:
    """The first section's left margin in points."""
    try:
        margin = document.sections[0].left_margin
    except (IndexError, AttributeError):
        margin = None
    return float(margin.pt) if margin is not None else _MARGIN


def _defaults(paragraph: Any) -> tuple[float | None, bool | None]:
    """The document's default size and face (docDefaults' run properties)."""
    try:
        styles = paragraph.part.styles.element
    except (AttributeError, KeyError, NotImplementedError):
        return None, None
    found = styles.find(qn("w:docDefaults"))
    r_pr = found.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if found is not None else None
    if r_pr is None:
        return None, None
    size = r_pr.find(qn("w:sz"))
    half_points = size.get(qn("w:val")) if size is not None else None
    points = float(half_points) / 2 if half_points and half_points.isdigit() else None
    bold = r_pr.find(qn("w:b"))
    face = None if bold is None else bold.get(qn("w:val")) not in {"0", "false", "off"}
    return points, face


def _chain(run: Any, paragraph: Any) -> list[Any]:
    """The run's character style and its bases, then the paragraph's style and its bases."""
    found = []
    for style in (run.style, paragraph.style):
        seen = 0
        while style is not None and seen < _DEPTH:
            found.append(style)
            style, seen = style.base_style, seen + 1
    return found


def _size(run: Any, paragraph: Any, defaults: tuple[float | None, bool | None]) -> float:
    if run.font.size is not None:
        return float(run.font.size.pt)
    for style in _chain(run, paragraph):
        if style.font.size is not None:
            return float(style.font.size.pt)
    return defaults[0] or _WORD_SIZE


def _bold(run: Any, paragraph: Any, defaults: tuple[float | None, bool | None]) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    for style in _chain(run, paragraph):
        if style.font.bold is not None:
            return bool(style.font.bold)
    return bool(defaults[1])


def _indent(paragraph: Any) -> float:
    """The paragraph's left indent in points: its own, else its style chain's (0 if none)."""
    indent = paragraph.paragraph_format.left_indent
    style, seen = paragraph.style, 0
    while indent is None and style is not None and seen < _DEPTH:
        indent = style.paragraph_format.left_indent
        style, seen = style.base_style, seen + 1
    return max(float(indent.pt), 0.0) if indent is not None else 0.0
