"""Icons that reach the text as letters: a lone letter where an icon stands (before an
entry's dates, between its dates and its place) is no part of a title, company or place."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.proof.icon_letters import drop_icon_letters, icon_font
from levelset.proof.importing import import_file

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("C 08/2025 – Ongoing e Redmond, WA", "08/2025 – Ongoing Redmond, WA"),
        ("C 02/2025 - 07/2025", "02/2025 - 07/2025"),
        ("x Jan 2019 - Present q Lagos, Nigeria", "Jan 2019 - Present Lagos, Nigeria"),
        ("e Bothell, WA", "Bothell, WA"),
        # words, not icons: left as written
        ("C Programming", "C Programming"),
        ("Plan B 2020", "Plan B 2020"),
        ("a 2019 study of churn", "a 2019 study of churn"),
        ("2019 e 2020", "2019 e 2020"),
        ("Acme Corp B Berlin, Germany", "Acme Corp B Berlin, Germany"),
        ("(C) 2019 - 2020", "(C) 2019 - 2020"),
    ],
)
def test_a_lone_letter_before_dates_or_a_place_is_an_icon(written: str, read: str) -> None:
    assert drop_icon_letters(written) == read


def test_icon_fonts_are_told_by_name() -> None:
    for name in ("FontAwesome", "ABCDEF+FontAwesome7Free-Solid", "MaterialIcons-Regular",
                 "Wingdings-Regular", "ZapfDingbats", "fontello"):  # fmt: skip
        assert icon_font(name)
    for name in ("TrebuchetMS-Bold", "Lato-Regular", "SourceSansPro", "Iconic-Sans-Serif"):
        assert not icon_font(name)


def _icon_font(folder: Path) -> Path:
    """DejaVu Sans under the name of an icon font: its letters stand for icons."""
    from fontTools.ttLib import TTFont

    font = TTFont(DEJAVU)
    for record in font["name"].names:
        record.string = "FontAwesome"
    path = folder / "FontAwesome.ttf"
    font.save(path)
    return path


@pytest.mark.skipif(not DEJAVU.is_file(), reason="needs the DejaVu Sans font")
def test_letters_drawn_in_an_icon_font_are_no_part_of_an_entry(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Icons", "", str(_icon_font(tmp_path)))

    def row(y: float, *parts: tuple[str, str]) -> None:
        x = 20.0
        for font, text in parts:
            pdf.set_font(font, "", 11)
            pdf.set_xy(x, y)
            width = pdf.get_string_width(text) + 2
            pdf.cell(width, 6, text)
            x += width + 1

    row(20, ("helvetica", "Ana Lima"))
    row(35, ("helvetica", "Experience"))
    row(45, ("Icons", "B"), ("helvetica", "Data Engineer"))
    row(51, ("Icons", "K"), ("helvetica", "Tern Systems"))
    row(57, ("helvetica", "March 2022 - Present"), ("Icons", "m"), ("helvetica", "Potsdam"))
    row(65, ("helvetica", "- Built the warehouse."))
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    position = import_file(path).positions[0]
    assert (position.title, position.company) == ("Data Engineer", "Tern Systems")
    assert position.location in {"", "Potsdam"}
