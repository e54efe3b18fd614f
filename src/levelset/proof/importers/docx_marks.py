"""What a Word paragraph shows beyond its characters: a bullet or number before it (Word's
numbering, not a style's name) and capitals set by formatting (runs the reader sees in lower
case that the page shows in capitals). Runs in the DOCX child process."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.oxml.ns import qn

from levelset.patterns import compiled


def numbered(paragraph: Any) -> bool:
    """Whether Word draws a bullet or a number before `paragraph`: numbering on the paragraph or
    on its style (or a style it is based on), to a list whose level shows a mark. A "List
    Paragraph" without numbering is an indented plain paragraph: Word shows no bullet, so a
    résumé that sets each job as one ("Audible. Producer. 2017 - Present.") keeps its lines."""
    num_pr = _num_pr(paragraph)
    if num_pr is None:
        return False
    num_id = num_pr.find(qn("w:numId"))
    if num_id is None or num_id.get(qn("w:val")) in {None, "0"}:
        return False
    level = num_pr.find(qn("w:ilvl"))
    return _shows_mark(
        paragraph, num_id.get(qn("w:val")), level.get(qn("w:val")) if level is not None else "0"
    )


def _num_pr(paragraph: Any) -> Any:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return p_pr.numPr
    style = paragraph.style
    seen = 0
    while style is not None and seen < 10:  # a loop of based-on styles stops here
        s_pr = style.element.pPr
        if s_pr is not None and s_pr.numPr is not None:
            return s_pr.numPr
        style, seen = style.base_style, seen + 1
    return None


def _shows_mark(paragraph: Any, num_id: str, level: str) -> bool:
    """False when the list's level is set to show nothing (numFmt "none" with no text); True
    when it shows a mark or when the numbering part cannot say (read as a bullet, as before)."""
    try:
        numbering = paragraph.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return True
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) != num_id:
            continue
        abstract = num.find(qn("w:abstractNumId"))
        wanted = abstract.get(qn("w:val")) if abstract is not None else None
        for definition in numbering.findall(qn("w:abstractNum")):
            if definition.get(qn("w:abstractNumId")) != wanted:
                continue
            for lvl in definition.findall(qn("w:lvl")):
                if lvl.get(qn("w:ilvl")) == level:
                    fmt = lvl.find(qn("w:numFmt"))
                    text = lvl.find(qn("w:lvlText"))
                    none = fmt is not None and fmt.get(qn("w:val")) == "none"
                    return not (none and not (text is not None and text.get(qn("w:val"))))
    return True


def shown_text(paragraph: Any) -> str:
    """The paragraph's text as the page shows it: the runs inside its content controls (Word's
    templates wrap a heading or a field in one: "Experience", "[Company]" filled in), tracked
    insertions, smart tags and fields too, not only its own runs and links; runs set in capitals
    (Word's "All caps", on the run, its character style or the paragraph's style) in capitals,
    so a heading typed "teaching" and shown as TEACHING reads as the heading it is."""
    return "".join(_run_text(run, paragraph) for run in _shown_runs(paragraph._p))


# what a paragraph holds that is not shown: deleted text (tracked changes), settings
_UNSHOWN = {"del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr"}


def _shown_runs(element: Any) -> Iterator[Any]:
    """Word's runs (w:r) in and under `element`, in order; an equation's own runs (m:r, of
    another namespace) are not Word's and are passed over."""
    for child in element.iterchildren():
        if child.tag == _RUN:
            yield child
        elif child.tag.rsplit("}", 1)[-1] not in _UNSHOWN:
            yield from _shown_runs(child)


_RUN = qn("w:r")


def _run_text(element: Any, paragraph: Any) -> str:
    from docx.text.run import Run

    run = Run(element, paragraph)
    text = str(run.text)
    return text.upper() if _caps(run, paragraph) else text


def _caps(run: Any, paragraph: Any) -> bool:
    if run.font.all_caps is not None:
        return bool(run.font.all_caps)
    for style in (run.style, paragraph.style):
        seen = 0
        while style is not None and seen < 10:
            caps = style.font.all_caps
            if caps is not None:
                return bool(caps)
            style, seen = style.base_style, seen + 1
    return False


_JOINERS = ",|:;–—-/@(&"  # a bold part ending or a plain one opening with these reads on


_TAB_OR_WIDE_GAP = compiled(r"\t|\s{3,}")


def faced(paragraph: Any, text: str) -> str:
    """ "UNDERGRADUATE RESEARCHER UMBC: Prototype and Design Lab": a heading whose opening words
    are bold and whose next words are not is two fields the page tells apart by face alone
    (a title in bold, its employer plain), read with a bar between them as a PDF's reader
    reads a gap. Not when the plain part is dates or a place (the heading's margin), opens
    lower-case (a sentence read on) or either side of the change is punctuation."""
    parts = [(_run_text(run._r, paragraph), _bold(run, paragraph)) for run in paragraph.runs]
    lead = 0
    while lead < len(parts) and (parts[lead][1] or not parts[lead][0].strip()):
        lead += 1
    bold = "".join(t for t, _ in parts[:lead])
    rest = "".join(t for t, _ in parts[lead:])
    if not any(c.isalpha() for c in bold) or not any(b for _, b in parts[:lead]):
        return text
    plain = _TAB_OR_WIDE_GAP.split(rest.strip(), maxsplit=1)[0]  # up to a tab or a wide gap
    if not plain or not text.startswith(bold.strip()) or not _fields(bold, plain):
        return text
    return f"{bold.rstrip()} | {rest.lstrip()}"


def _fields(bold: str, plain: str) -> bool:
    from levelset.proof.dates import find_date
    from levelset.proof.locations import is_location

    if bold.rstrip()[-1:] in _JOINERS or plain[:1] in _JOINERS or not plain[:1].isalpha():
        return False
    return plain[:1].isupper() and not find_date(plain) and not is_location(plain)


def _bold(run: Any, paragraph: Any) -> bool:
    """A run's bold face: its own, else its character style's, else its paragraph style's."""
    if run.bold is not None:
        return bool(run.bold)
    for style in (run.style, paragraph.style):
        seen = 0
        while style is not None and seen < 10:
            if style.font.bold is not None:
                return bool(style.font.bold)
            style, seen = style.base_style, seen + 1
    return False


_BREAKS = {qn("w:br"), qn("w:cr")}


def _soft_break(element: Any) -> bool:
    """A line break inside a paragraph (Shift+Enter), not a page or column break."""
    return element.tag in _BREAKS and element.get(qn("w:type")) in {None, "textWrapping"}


def soft_lines(paragraph: Any) -> list[Any]:
    """ "Tealtribe <tab> Remote" <break> "Fullstack engineer <tab> 2021 - 2022": a paragraph
    whose author broke it into lines (Shift+Enter) shows each line apart, as a PDF's reader
    would see them; each is read as a paragraph of its own, with the paragraph's settings and
    its own runs (so its own face). A bulleted paragraph stays whole: its broken lines go on
    the one item."""
    from copy import deepcopy

    from docx.text.paragraph import Paragraph

    breaks = [e for e in paragraph._p.iter(*_BREAKS) if _soft_break(e)]
    if not breaks or numbered(paragraph):
        return [paragraph]
    lines = []
    for k in range(len(breaks) + 1):
        copy = deepcopy(paragraph._p)
        seen = 0
        for run in list(copy.iter(qn("w:r"))):
            for child in list(run):
                if child.tag == qn("w:rPr"):
                    continue
                if _soft_break(child):
                    seen += 1
                    run.remove(child)
                elif seen != k:
                    run.remove(child)
        lines.append(Paragraph(copy, paragraph._parent))
    return lines
