"""PDF résumé reading time per page: levelset's layout-aware reader against plain pypdf.

Both read the same files in this process (no child process): levelset extracts characters
with PDFium, lays them out into lines and columns and reads the résumé's structure; the
baseline is pypdf's plain `extract_text()` of every page, which gives text and no structure.
The files are the real résumé corpus when it is present (tests/corpus/resumes), otherwise two
PDFs made here.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import Figure, median_seconds

ROOT = Path(__file__).resolve().parents[1]


def _files(tmp: Path) -> list[Path]:
    from tests.corpus.resumes import measure

    folder = measure.corpus_folder()
    found = [measure.path_of(folder, s) for s in measure.available(folder)]
    found = [path for path in found if path.suffix == ".pdf"]
    if found:
        return found
    from benchmarks.bench_proof import _pdf, _two_page_resume

    return [_pdf(tmp / "resume.pdf", _two_page_resume())]


def _ours(path: Path) -> None:
    from levelset.proof.importers.pdf import extract_pages
    from levelset.proof.importers.text import parse_resume
    from levelset.proof.layout import read_pages
    from levelset.proof.lines import resume_lines

    lines: list[Any] = []
    for number, page in enumerate(read_pages(extract_pages(path)), start=1):
        lines.extend(resume_lines(page, f"page {number}", first=len(lines) + 1))
    parse_resume(lines, path.name)


def _quiet_pypdf() -> None:
    # pypdf logs every repaired cross-reference of a Quartz PDF ("Ignoring wrong pointing
    # object"); the baseline's reading is what is timed, not its complaints.
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)


def _plain(path: Path) -> None:
    from pypdf import PdfReader

    for page in PdfReader(path).pages:
        page.extract_text()


def _pages(paths: list[Path]) -> int:
    from pypdf import PdfReader

    return sum(len(PdfReader(p).pages) for p in paths)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = _files(Path(tmp))
        _quiet_pypdf()
        pages = _pages(paths)

        def read_ours() -> None:
            for p in paths:
                _ours(p)

        def read_plain() -> None:
            for p in paths:
                _plain(p)

        ours = median_seconds(read_ours, repeat=5, warmup=1)
        plain = median_seconds(read_plain, repeat=5, warmup=1)
    per_page, base_per_page = ours / pages * 1000, plain / pages * 1000
    return [
        Figure(
            f"proof: PDF résumé read, per page ({len(paths)} files, {pages} pages)",
            per_page,
            "ms/page",
            "pypdf extract_text ms/page",
            base_per_page,
            "no slower a page than pypdf's plain text, layout and structure included",
            met=per_page <= base_per_page,
        )
    ]
