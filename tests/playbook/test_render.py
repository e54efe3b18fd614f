"""The three renderings: Markdown, self-contained HTML, and a PDF a person can read."""

from __future__ import annotations

import io
import re

import pypdfium2
from pypdf import PdfReader

from levelset.bands import Band
from levelset.plan import PlanInputs, build_plan
from levelset.playbook import Topic, build_playbook
from levelset.playbook.html import to_html
from levelset.playbook.pdf import printable_text, to_pdf
from levelset.playbook.render import Format, parse_format, render
from levelset.profile import Profile
from tests.plan.people import START
from tests.playbook.test_compose import maya_book


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_holds_the_users_own_numbers_and_words() -> None:
    data = to_pdf(maya_book())
    assert data.startswith(b"%PDF")
    text = " ".join(pdf_text(data).split())
    for fact in ("Maya Okafor", "$236,000", "$188,000", "Northwind", "n=14,642", "58/100",
                 "Responsible for the feature store", "Fri 18 Dec"):  # fmt: skip
        assert fact in text, fact


def test_a_rendered_pdf_page_is_not_blank_and_holds_the_chart() -> None:
    document = pypdfium2.PdfDocument(to_pdf(maya_book()))
    assert len(document) >= 3
    image = document[0].render(scale=0.5).to_pil().convert("RGB")
    document.close()
    histogram = image.convert("L").histogram()
    dark = sum(histogram[:128]) / sum(histogram)
    assert 0.005 < dark < 0.5  # text on a mostly white page
    red, _, blue = (band.tobytes() for band in image.split())
    # The chart's blue bands: a page of text alone has only a few bluish pixels (bullets).
    assert sum(1 for r, b in zip(red, blue, strict=True) if b - r > 60) > 300


def test_the_charts_labels_are_inked_in_the_pdf() -> None:
    """Each chart row's label carries its source, n and date; fpdf2 drew the browser's white
    halo over the letters (no paint-order), so in the PDF they were white on white: there in
    the text layer, invisible on the page. Every "n=" on page 1 must now have dark pixels."""
    document = pypdfium2.PdfDocument(to_pdf(maya_book()))
    page = document[0]
    text, scale = page.get_textpage(), 2
    image = page.render(scale=scale).to_pil().convert("L")
    search, darkest = text.search("n="), []
    while (hit := search.get_next()) is not None:
        boxes = [text.get_charbox(i) for i in range(hit[0], hit[0] + hit[1])]
        left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
        box = (
            left * scale,
            image.height - top * scale,
            right * scale,
            image.height - bottom * scale,
        )
        darkest.append(min(image.crop(tuple(round(v) for v in box)).tobytes()))
    document.close()
    assert len(darkest) >= 3 and max(darkest) < 128, darkest


def test_non_latin_text_prints_and_unknown_glyphs_degrade_safely() -> None:
    profile = Profile(
        name="Zoë Łukasiewicz 王芳", target_title="Инженер ML", target_band=Band.SENIOR
    )
    inputs = PlanInputs(profile)
    book = build_playbook(inputs, build_plan(inputs, START), Topic.SALARY, START)
    text = pdf_text(to_pdf(book))
    assert "Zoë Łukasiewicz" in text and "Инженер ML" in text
    assert printable_text("王 → ✓ ☐ €") == "? → ✓ ☐ €"


def test_the_html_is_one_self_contained_page_with_the_chart_inline() -> None:
    page = to_html(maya_book())
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "<svg" in page and "Offer base $188k" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<code>levelset plan ics</code>" in page
    assert page.count("<section") == 16  # fifteen sections and the sources


def test_formats_are_named_forgivingly() -> None:
    assert parse_format("PDF") is Format.PDF and parse_format("markdown") is Format.MD
    assert render(maya_book(), Format.MD).decode().startswith("# Your offer negotiation")


def test_the_users_text_is_escaped_in_html() -> None:
    profile = Profile(name="<script>alert(1)</script>", target_title="ML <b>Engineer</b>")
    inputs = PlanInputs(profile)
    page = to_html(build_playbook(inputs, build_plan(inputs, START), Topic.SALARY, START))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>Engineer</b>" not in page
