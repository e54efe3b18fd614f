"""Real test files: PDFs made with fpdf2, DOCX with python-docx, LinkedIn exports as zips."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from levelset.proof.model import Position

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "resume"


def resume_lines(markdown: str) -> list[str]:
    """Markdown lines without the Markdown marks, as a PDF or DOCX would show them."""
    return [line.lstrip("#").strip() for line in markdown.splitlines()]


def make_pdf(path: Path, lines: list[str]) -> Path:
    """A text PDF with one paragraph per line; long bullets wrap as they would in a resume."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    for line in lines:
        if not line:
            pdf.ln(3)
            continue
        heading = len(line.split()) <= 3 and not line.startswith("-")
        pdf.set_font("Helvetica", "B" if heading else "", 12 if heading else 10)
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans"


def make_faced_pdf(path: Path, rows: list[list[tuple[str, str]]], dejavu: bool = False) -> Path:
    """A letter-size PDF whose lines are runs of (face, text): "B" bold, "I" italic, "" plain,
    "R" plain text set against the right margin; in Helvetica, or DejaVu Sans (for dashes and
    other characters Helvetica lacks) with `dejavu`. The faces office exports set entries in."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_margins(54, 54, 54)
    family = "DejaVu" if dejavu else "Helvetica"
    if dejavu:
        pdf.add_font("DejaVu", "", f"{_DEJAVU}.ttf")
        pdf.add_font("DejaVu", "B", f"{_DEJAVU}-Bold.ttf")
        pdf.add_font("DejaVu", "I", f"{_DEJAVU}-Oblique.ttf")
    pdf.add_page()
    for row in rows:
        for face, text in row:
            pdf.set_font(family, face if face in ("B", "I") else "", 10)
            if face == "R":
                pdf.set_x(pdf.w - pdf.r_margin - pdf.get_string_width(text))
            pdf.cell(pdf.get_string_width(text) + 1, 14, text)
        pdf.ln(14)
    pdf.output(str(path))
    return path


def make_docx(path: Path, lines: list[str]) -> Path:
    """A Word document: bullets as "List Bullet" paragraphs, the rest as normal ones."""
    import docx

    document = docx.Document()
    for line in lines:
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def make_linkedin_zip(
    path: Path, folder: Path = EXAMPLES / "linkedin", extra: dict[str, str] | None = None
) -> Path:
    """A zip laid out like LinkedIn's export, from a folder of CSV files."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for csv_file in sorted(folder.glob("*.csv")):
            archive.writestr(csv_file.name, csv_file.read_text())
        archive.writestr(
            "Connections.csv", "Notes:\nfirst lines are notes\n\nFirst Name,Last Name\nA,B\n"
        )
        for name, text in (extra or {}).items():
            archive.writestr(name, text)
    return path


def positions_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(
        out, ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def example_resume_lines() -> list[str]:
    return resume_lines((EXAMPLES / "resume.md").read_text())


def position_rows(positions: Iterable[Position]) -> list[tuple[str, str, str, str]]:
    """Each position as (title, company, start YYYY-MM, end YYYY-MM or "now")."""
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now")
        for p in positions
    ]
