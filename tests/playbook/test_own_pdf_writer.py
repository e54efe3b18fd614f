"""levelset's own PDF writer (levelset/pdfwrite) against fpdf2, which wrote the playbook before:
the same character widths (so the same line breaks), the same covered characters, a file other
readers open, a font subset that holds what the text shows, and fpdf2's path (a CJK fallback
font) still laying out the same blocks."""

from __future__ import annotations

import io

import pypdfium2
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from levelset.pdfwrite.document import Document
from levelset.pdfwrite.svg import UnsupportedSvg, draw_svg
from levelset.pdfwrite.truetype import FontError, read_font, subset
from levelset.playbook.pdf import _fpdf_document, covered, font_path
from levelset.playbook.pdf_blocks import render_blocks
from levelset.playbook.pdf_writer import FPDF
from tests.playbook.test_compose import maya_book
from tests.playbook.test_render import pdf_text


@pytest.mark.parametrize("style", ["", "B"])
def test_every_characters_width_is_fpdf2s(style: str) -> None:
    theirs = FPDF(format="A4")
    theirs.add_font("DejaVu", style, font_path(style))
    theirs.set_font("DejaVu", style, 10)
    ours = Document()
    ours.add_font("DejaVu", style, font_path(style))
    ours.set_font("DejaVu", style, 10)
    chars = [chr(c) for c in sorted(covered()) if c >= 32] + ["王", "\uffff"]
    differ = [c for c in chars if ours.get_string_width(c) != theirs.get_string_width(c)]
    assert not differ and len(chars) > 1900


def test_the_covered_characters_are_the_fonts_character_map() -> None:
    with TTFont(font_path("")) as font:
        assert covered() == frozenset(font.getBestCmap())


def test_the_subset_holds_the_outlines_of_the_glyphs_shown_and_no_others() -> None:
    font = read_font(font_path(""))
    shown = {font.glyph_of[ord(c)] for c in "ZoëИнженер✓"}
    with TTFont(io.BytesIO(subset(font, shown))) as cut, TTFont(font_path("")) as whole:
        order = cut.getGlyphOrder()
        drawn = {i for i, name in enumerate(order) if cut["glyf"][name].numberOfContours != 0}
        assert shown <= drawn and len(drawn) < 20
        assert len(order) == len(whole.getGlyphOrder())  # glyph numbers unchanged
        name = order[font.glyph_of[ord("И")]]
        assert cut["glyf"][name].coordinates == whole["glyf"][name].coordinates


def test_a_file_that_is_no_truetype_font_is_refused(tmp_path: object) -> None:
    with pytest.raises(FontError, match="not a TrueType font"):
        read_font(__file__)


def _one_page(draw: object) -> bytes:
    pdf = Document()
    pdf.add_font("DejaVu", "", font_path(""))
    pdf.add_font("DejaVu", "B", font_path("B"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 12)
    assert callable(draw)
    draw(pdf)
    return pdf.output()


def test_text_is_extracted_as_written_and_inked_where_placed() -> None:
    line = "Zoë Łukasiewicz — Инженер ML, Ελληνικά, € 1,000 ✓"
    data = _one_page(lambda pdf: pdf.cell(0, 10, line))
    assert " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split()) == line
    page = pypdfium2.PdfDocument(data)[0]
    image = page.render(scale=1).to_pil().convert("L")
    top = image.crop((0, 0, image.width, image.height // 8))
    assert min(top.tobytes()) < 100  # ink at the top of the page, where the cell is


def test_a_cell_that_does_not_fit_starts_a_new_page_with_the_footer_drawn() -> None:
    class Footed(Document):
        def footer(self) -> None:
            self.set_y(-12)
            self.cell(0, 5, f"page {self.page_no()}")

    pdf = Footed()
    pdf.add_font("DejaVu", "", font_path(""))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    pdf.set_text_color(200, 0, 0)
    for n in range(60):
        pdf.cell(0, 6, f"line {n}")
        pdf.ln(6)
    assert pdf.text_colour == (200, 0, 0)  # the footer's drawing does not leak
    text = pdf_text(pdf.output())
    assert "page 1" in text and "page 2" in text and "line 59" in text


CHART = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">'
    '<title>t</title><rect x="0" y="0" width="200" height="100" fill="#ffffff"/>'
    '<g><rect x="10" y="10" width="100" height="30" fill="#1d4ed8" rx="3"/>'
    '<line x1="10" x2="190" y1="80" y2="80" stroke="#c2410c" stroke-dasharray="4 3"/>'
    '<polyline points="10,90 50,60 90,70" fill="none" stroke="#0f766e"/>'
    '<polygon points="150,10 160,20 150,30 140,20" fill="#7c3aed"/><circle cx="170" cy="50" r="5"'
    ' fill="#be123c"/><text x="100" y="55" font-size="12" font-family="DejaVu" '
    'text-anchor="middle" font-weight="bold" fill="#1f2933">P50 &amp; n=14</text></g></svg>'
)


def test_a_chart_is_drawn_as_vectors_with_its_labels_as_text() -> None:
    heights = []
    data = _one_page(lambda pdf: heights.append(draw_svg(pdf, CHART, 10, 10, 100, "DejaVu")))
    assert heights == [50.0]
    assert "P50 & n=14" in pdf_text(data)
    image = pypdfium2.PdfDocument(data)[0].render(scale=2).to_pil().convert("RGB")
    blue = (29, 78, 216)
    # the bar's middle: 10 + 60/2 SVG units from the left at half a millimetre each
    x, y = round((10 + 30) * 72 / 25.4 * 2), round((10 + 12.5) * 72 / 25.4 * 2)
    assert all(abs(a - b) < 8 for a, b in zip(image.getpixel((x, y)), blue, strict=True))


def test_an_svg_element_the_drawing_does_not_know_is_named() -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0"/></svg>'
    with pytest.raises(UnsupportedSvg, match="<path>"):
        _one_page(lambda pdf: draw_svg(pdf, svg, 0, 0, 10, "DejaVu"))


def test_fpdf2s_path_for_a_fallback_font_lays_out_the_same_blocks() -> None:
    # the CJK fallback path (a system font) is fpdf2's: the shipped font stands in for one
    book = maya_book()
    pdf = _fpdf_document(book, font_path(""))
    render_blocks(pdf, book)
    text = " ".join(pdf_text(bytes(pdf.output())).split())
    for fact in ("Maya Okafor", "$236,000", "n=14,642", "Responsible for the feature store"):
        assert fact in text, fact


def test_a_table_and_a_quote_longer_than_a_page_go_on_over_the_next_pages() -> None:
    import datetime as dt

    from levelset.playbook.model import Playbook, Quote, Section, Table, Topic
    from levelset.playbook.pdf import to_pdf

    said = " ".join(f"word{n}" for n in range(900))
    rows = tuple((f"row {n}", "a cell with enough words to wrap " * 3, "end") for n in range(60))
    sections = (
        Section("t", "A long table", (Table(("first", "middle", "last"), rows),)),
        Section("q", "A long quote", (Quote(said),)),
    )
    book = Playbook("Long", "blocks", Topic.SALARY, "Ana", dt.date(2026, 12, 7), sections, ("s",))
    pages = PdfReader(io.BytesIO(to_pdf(book))).pages
    text = [" ".join(page.extract_text().split()) for page in pages]
    assert len(pages) >= 4
    assert sum(t.count("first middle last") for t in text) >= 2  # the header on each page
    assert all(f"row {n} " in " ".join(text) for n in range(60))
    assert " ".join(text).count("word899") == 1 and "word0 " in " ".join(text)


def test_the_svg_reader_reads_every_chart_as_xml_etree_does() -> None:
    import xml.etree.ElementTree as ET

    from levelset.pdfwrite.svg_tree import Element, SvgSyntaxError, parse
    from levelset.playbook.model import Chart
    from levelset.playbook.pdf import pdf_svg

    def shape(node: ET.Element | Element) -> tuple[object, ...]:
        tag = node.tag.rsplit("}", 1)[-1]
        attrs = {k: v for k, v in node.attrib.items() if k != "xmlns"}  # etree: in the tag
        return tag, attrs, "".join(node.itertext()), [shape(c) for c in node]

    charts = [b.svg for s in maya_book().sections for b in s.blocks if isinstance(b, Chart)]
    assert len(charts) >= 3
    for svg in [*charts, *(pdf_svg(c) for c in charts), CHART]:
        assert shape(parse(svg)) == shape(ET.fromstring(svg))
    for bad in ("<svg><g></svg>", "<svg>", "<svg/><svg/>", "<svg><a b=1/></svg>"):
        with pytest.raises(SvgSyntaxError):
            parse(bad)
