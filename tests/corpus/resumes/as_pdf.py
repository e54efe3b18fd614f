"""The corpus's Word résumés read again as PDF: the same résumé, its truth known, two readers.

A Word file's truth holds for the PDF that Word (or LibreOffice) prints from it, so converting
the corpus's DOCX files with LibreOffice gives PDFs of office layouts whose positions are known
without writing new truth. Where the PDF form reads worse than the DOCX, the PDF reader (layout,
columns, headings by font) is what loses the positions.

    python -m tests.corpus.resumes.as_pdf                    # tuning: per file and in total
    python -m tests.corpus.resumes.as_pdf --split held-out   # held-out: totals only
    python -m tests.corpus.resumes.as_pdf --show office-resume/kyle-onda   # one tuning PDF

The PDFs are made by `soffice --headless --convert-to pdf` (LibreOffice Writer; not needed by
the product or CI) into a scratch folder, never into the repository (default:
~/.cache/levelset-corpus/resumes-as-pdf, or --out), and made again only when missing. What
LibreOffice prints depends on the fonts installed (Carlito and Caladea stand in for Calibri and
Cambria): figures from two machines compare only with the same fonts.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.resumes import measure

SCRATCH = Path.home() / ".cache" / "levelset-corpus" / "resumes-as-pdf"
CONVERT_SECONDS = 600  # one soffice run converts a folder's files


def soffice() -> str | None:
    """The LibreOffice command, or None where it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def word_sources(sources: list[measure.Source], split: str | None = None) -> list[measure.Source]:
    return [s for s in sources if s.file.lower().endswith(".docx") and split in (None, s.split)]


def pdf_of(out: Path, source: measure.Source) -> Path:
    return out / f"{source.key}.pdf"


def convert(folder: Path, sources: list[measure.Source], out: Path) -> list[str]:
    """Make the PDF of each source missing from `out`, one soffice run per folder; the
    problems met, as text (a file LibreOffice could not convert is left without a PDF)."""
    command = soffice()
    if command is None:
        return ["LibreOffice (soffice) is not installed"]
    problems = []
    by_folder: dict[Path, list[Path]] = {}
    for source in sources:
        if not pdf_of(out, source).is_file():
            target = pdf_of(out, source).parent
            by_folder.setdefault(target, []).append(measure.path_of(folder, source))
    profile = out / ".profile"  # a private profile: another soffice running does not block
    for target, paths in sorted(by_folder.items()):
        target.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [
                command,
                f"-env:UserInstallation={profile.resolve().as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(target),
                *map(str, paths),
            ],
            capture_output=True,
            text=True,
            timeout=CONVERT_SECONDS,
            check=False,
        )
        if done.returncode:
            problems.append(f"{target}: soffice exited {done.returncode}: {done.stderr[-300:]}")
    return problems


@dataclass
class Pair:
    """One résumé read twice: as its Word file and as the PDF made from it."""

    word: measure.FileResult
    pdf: measure.FileResult


def measure_pdf(out: Path, source: measure.Source) -> measure.FileResult:
    """The PDF form read against the Word file's truth."""
    truth = json.loads((measure.TRUTH / f"{source.key}.json").read_text())
    result = measure.FileResult(source, len(truth["positions"]))
    path = pdf_of(out, source)
    began = time.perf_counter()
    try:
        found, result.bullets = measure.read_file(path)
    except Exception as error:  # a failed file counts as nothing found, and says why
        result.error = f"{type(error).__name__}: {error}"
        found = []
    result.seconds = time.perf_counter() - began
    measure._compare(truth, found, result)
    return result


def pairs(folder: Path, sources: list[measure.Source], out: Path) -> list[Pair]:
    return [Pair(measure.measure_file(folder, s), measure_pdf(out, s)) for s in sources]


def _cells(result: measure.FileResult) -> str:
    failed = " failed" if result.error else ""
    return f"{result.right:5}  {result.invented:8}{failed}"


def table(found: list[Pair], per_file: bool) -> str:
    lines = [f"  {'file':40} positions   DOCX right invented    PDF right invented"]
    if per_file:
        for pair in sorted(found, key=lambda p: p.word.source.key):
            mark = "  <" if pair.pdf.right < pair.word.right else ""
            mark = mark or ("  >" if pair.pdf.right > pair.word.right else "")
            lines.append(
                f"  {pair.word.source.key:40} {pair.word.expected:9}   {_cells(pair.word)}"
                f"    {_cells(pair.pdf)}{mark}"
            )
    totals = {form: measure.Tally() for form in ("word", "pdf")}
    for pair in found:
        totals["word"].add(pair.word)
        totals["pdf"].add(pair.pdf)
    word, pdf = totals["word"], totals["pdf"]
    lines.append(
        f"  {'all (' + str(len(found)) + ' files)':40} {word.expected:9}   "
        f"{word.right:5}  {word.invented:8}    {pdf.right:5}  {pdf.invented:8}"
    )
    lines.append(
        f"  DOCX {word.share:.1%} right, {word.invented} invented; "
        f"as PDF {pdf.share:.1%} right, {pdf.invented} invented"
        + (f", {pdf.failed} failed" if pdf.failed else "")
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("tuning", "held-out"),
        default="tuning",
        help="which half (held-out: totals only; default tuning)",
    )
    parser.add_argument("--out", type=Path, default=SCRATCH, help="scratch folder for the PDFs")
    parser.add_argument("--show", help="one tuning file's PDF form in detail")
    parser.add_argument("--added", help="only the files of one batch (SOURCES.csv `added`)")
    args = parser.parse_args(argv)
    if measure.foreign_reader() is not None:
        print("run with PYTHONPATH=src from this checkout (see measure.py)", file=sys.stderr)
        return 2
    if soffice() is None:
        print("LibreOffice is needed: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 2
    folder = measure.corpus_folder()
    present = word_sources(measure.available(folder), args.split)
    present = [s for s in present if args.added is None or s.added == args.added]
    if args.show:
        present = [s for s in present if s.key == args.show and s.split == "tuning"]
    if not present:
        print(f"no Word files of that choice in {folder} (tuning ones for --show)", file=sys.stderr)
        return 2
    for problem in convert(folder, present, args.out):
        print(problem, file=sys.stderr)
    if args.show:
        result = measure_pdf(args.out, present[0])
        print("\n".join(result.detail))
        print(f"{result.right}/{result.expected} right, {result.invented} invented, {result.error}")
        return 0
    print(f"{args.split}: {len(present)} Word files, read as DOCX and as PDF ({args.out})")
    print(table(pairs(folder, present, args.out), per_file=args.split == "tuning"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
