"""Proof analysis speed: bullets per second, and the full report for a two-page resume.

Each figure is compared with a baseline measured in the same run: a naive regex pass over the
same bullets, and simply reading the resume's text (for the PDF, pypdf in-process).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml

from benchmarks.harness import Figure, median_seconds

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "proof" / "labelled" / "bullets.yaml"
EXAMPLE = ROOT / "examples" / "resume" / "resume.md"


def _bullets() -> list[str]:
    return [b["text"] for b in yaml.safe_load(LABELLED.read_text())["bullets"]]


def _two_page_resume() -> str:
    """The example resume with its experience repeated under other companies: about 40 bullets."""
    text = EXAMPLE.read_text()
    head, _, rest = text.partition("## Experience\n")
    experience, _, tail = rest.partition("## Skills")
    copies = [experience]
    for company in ("Globex", "Initech"):
        renamed = experience.replace("Shopwise", company).replace("Databright", f"{company} Labs")
        copies.append(renamed.replace("Northwind Retail", f"{company} Retail"))
    return head + "## Experience\n" + "".join(copies) + "## Skills" + tail


def _pdf(path: Path, text: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line.lstrip("#").strip() or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def bullets_per_second() -> Figure:
    from levelset.proof.features import extract
    from levelset.proof.scoring import scaffold, score

    texts = _bullets() * 10
    naive = re.compile(r"\d+%|\$\d|\bled\b|\bteams?\b", re.IGNORECASE)

    def ours() -> None:
        for text in texts:
            features = extract(text)
            score(features)
            scaffold(text, features)

    def baseline() -> None:
        for text in texts:
            naive.findall(text)

    ours_rate = len(texts) / median_seconds(ours, repeat=7)
    base_rate = len(texts) / median_seconds(baseline, repeat=7)
    return Figure(
        "proof: bullets scored per second",
        ours_rate,
        "b/s",
        "naive regex pass b/s",
        base_rate,
        ">= 1000 bullets/s",
        met=ours_rate >= 1000,
        higher_is_better=True,
    )


def full_report(folder: Path) -> list[Figure]:
    from levelset.leveling import estimate_level
    from levelset.profile.model import Profile
    from levelset.proof import Materials, analyse, import_file

    markdown = folder / "resume.md"
    markdown.write_text(_two_page_resume())
    pdf = _pdf(folder / "resume.pdf", markdown.read_text())
    profile = Profile(target_title="Staff ML Engineer")
    figures = []
    for path, baseline_name, baseline in (
        (markdown, "read the text", lambda: markdown.read_text()),
        (pdf, "pypdf text in-process", lambda: _pypdf_text(pdf)),
    ):

        def run(path: Path = path) -> None:
            materials = Materials((import_file(path),))
            analyse(materials, profile)
            estimate_level(materials, None)

        seconds = median_seconds(run, repeat=5, warmup=1)
        figures.append(
            Figure(
                f"proof: full report, two-page {path.suffix[1:]} resume",
                seconds * 1000,
                "ms",
                f"{baseline_name} ms",
                median_seconds(baseline, repeat=5) * 1000,
                "< 1000 ms (import, report and level estimate)",
                met=seconds < 1.0,
            )
        )
    return figures


def _pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        return [bullets_per_second(), *full_report(Path(tmp))]
