"""Layouts a Word user gives the same jobs, made from the tuning DOCX résumés, and how well the
reader reads each.

Each job's head (the lines holding its title, employer, dates and place, found from the ground
truth, and the start and end years the truth gives) is written again in another layout, with
the look (style, bold, size) of the paragraph that held its title; its bullets and everything
else stay as they were. Heads are found in the body's paragraphs and in its tables' rows (see
perturb_units: a row's cells read as the reader reads them); a head in a table's rows is
rewritten by splitting the table there, what else the rows held (the job's description)
following the new head as paragraphs. A head that shares a line or a table row with another
job's, or holds more than those fields, cannot be rewritten, nor can one in a row merged with
the rows around it (a sidebar); a file with such a head is skipped for every layout (and said
so under the table), since a file with some heads rewritten and some not mixes two layouts in
one section, which no real user does: the figures then measured the rewriting, not the
reader. "original" is read on the same files. Tuning files only.

    python -m tests.corpus.resumes.perturb                      # positions right per layout
    python -m tests.corpus.resumes.perturb --variant dates-after --show office-resume/kyle-onda
    python -m tests.corpus.resumes.perturb --out /tmp/variants  # keep the files written

Layouts (F, S: the title and the employer in the order the file has them; "C": the employer
with its place):

    dates-after           F / S / dates                each on its own line
    dates-before          dates / F / S
    tab-right             F <tab> dates / S            dates on a right tab stop
    swapped               S <tab> dates / F            title and employer the other way round
    one-line              title, employer <tab> dates
    employer-over-titles  C / title <tab> dates / bullets / title <tab> dates / bullets
                          (two jobs in a row read as one employer's: the truth says so too)
    table                 a table row per job: title / C | dates
    table-dates-left      a table row per job: dates | title / C
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

from tests.corpus.resumes import measure
from tests.corpus.resumes.perturb_heads import Head, heads, heads_in
from tests.corpus.resumes.perturb_units import replace, units

DOCX_GENERATOR = "Word document (Microsoft Word)"


Lines = list[str]


def _ordered(head: Head) -> tuple[str, str]:
    return (head.title, head.employer) if head.title_first else (head.employer, head.title)


LAYOUTS: dict[str, Callable[[Head], Lines]] = {
    "dates-after": lambda h: [*_ordered(h), h.dates],
    "dates-before": lambda h: [h.dates, *_ordered(h)],
    "tab-right": lambda h: [f"{_ordered(h)[0]}\t{h.dates}", _ordered(h)[1]],
    "swapped": lambda h: [f"{_ordered(h)[1]}\t{h.dates}", _ordered(h)[0]],
    "one-line": lambda h: [f"{h.title}, {h.company}\t{h.dates}"],
}
VARIANTS = ("original", *LAYOUTS, "employer-over-titles", "table", "table-dates-left")


def _line(document: Any, anchor: Any, text: str) -> Any:
    """A new paragraph element with the look of `anchor` (its style, its first run's look)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    element = copy.deepcopy(anchor._p)
    for child in list(element):
        if child.tag != qn("w:pPr"):
            element.remove(child)
    paragraph = Paragraph(element, anchor._parent)
    run = paragraph.add_run(text)
    looked = next((r for r in anchor.runs if r.text.strip()), None)
    if looked is not None and looked._r.rPr is not None:
        run._r.insert(0, copy.deepcopy(looked._r.rPr))
    if "\t" in text:
        section = document.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    return element


def _table(document: Any, anchor: Any, head: Head, dates_left: bool = False) -> Any:
    """A one-row table: the title over the employer in a wide cell, the dates beside."""
    table = document.add_table(rows=1, cols=2)
    cells = table.rows[0].cells
    lines = [[head.title, head.employer], [head.dates]]
    for cell, texts in zip(cells, lines[::-1] if dates_left else lines, strict=True):
        cell._tc.remove(cell.paragraphs[0]._p)
        for text in texts:
            cell._tc.append(_line(document, anchor, text))
    return table._tbl


def _section_between(texts: list[str], a: Head, b: Head) -> bool:
    from levelset.proof.sections import section_of

    return any(section_of(t) is not None for t in texts[a.last + 1 : b.first])


def _groups(texts: list[str], found: list[Head]) -> list[list[Head]]:
    """Jobs two by two, where no section heading stands between them."""
    groups: list[list[Head]] = []
    for head in found:
        last = groups[-1] if groups else None
        if last and len(last) == 1 and not _section_between(texts, last[0], head):
            last.append(head)
        else:
            groups.append([head])
    return groups


def perturb(
    path: Path, truth: dict[str, Any], variant: str, out: Path
) -> tuple[dict[str, Any], int]:
    """Write `variant` of the résumé at `path` to `out`: its truth, and the heads rewritten."""
    import docx

    document = docx.Document(str(path))
    lines = units(document)
    texts = [unit.text for unit in lines]
    found = heads_in(lines, truth) if variant != "original" else []
    truth = copy.deepcopy(truth)
    written: list[tuple[Head, list[Any]]] = []
    for group in _groups(texts, found) if variant == "employer-over-titles" else [found]:
        for n, head in enumerate(group):
            anchor = lines[head.anchor].paragraphs[0]
            if variant in {"table", "table-dates-left"}:
                elements = [_table(document, anchor, head, variant == "table-dates-left")]
            elif variant == "employer-over-titles":
                lead = group[0]
                heading = [f"{head.title}\t{head.dates}"]
                elements = [
                    _line(document, anchor, t) for t in ([lead.employer] * (n == 0) + heading)
                ]
                position = truth["positions"][head.index]
                position["company"] = truth["positions"][lead.index]["company"]
            else:
                elements = [_line(document, anchor, t) for t in LAYOUTS[variant](head)]
            written.append((head, elements))
    for head, elements in sorted(written, key=lambda w: -w[0].first):  # a table split from its end
        replace(lines, head.first, head.last, elements)
    document.save(str(out))
    return truth, len(found)


@dataclass(frozen=True)
class Score:
    files: int = 0
    positions: int = 0
    right: int = 0
    invented: int = 0
    skipped_files: int = 0  # files left out: not every head of theirs could be rewritten
    skipped_positions: int = 0

    def __add__(self, other: Score) -> Score:
        pairs = zip(astuple(self), astuple(other), strict=True)
        return Score(*(a + b for a, b in pairs))


def score(path: Path, truth: dict[str, Any], source: measure.Source) -> measure.FileResult:
    result = measure.FileResult(source, len(truth["positions"]))
    try:
        found = measure.read_positions(path)
    except Exception as error:  # a variant the reader fails on counts as nothing found
        result.error = f"{type(error).__name__}: {error}"
        found = []
    measure._compare(truth, found, result)
    return result


def tuning_docx(folder: Path, generator: str | None) -> list[measure.Source]:
    return [
        s
        for s in measure.available(folder)
        if s.split == "tuning"
        and s.file.endswith(".docx")
        and (generator is None or s.generator == generator)
    ]


def run(sources: list[measure.Source], variants: list[str], out: Path) -> dict[str, Score]:
    """Each variant read on the files whose every job it rewrites (the others skipped, so no
    file mixes two layouts in one section); "original" is read on those same files."""
    folder = measure.corpus_folder()
    table = {variant: Score() for variant in variants}
    for source in sources:
        truth = json.loads((measure.TRUTH / f"{source.key}.json").read_text())
        path = measure.path_of(folder, source)
        if not _whole(path, truth):
            skipped = Score(skipped_files=1, skipped_positions=len(truth["positions"]))
            table = {variant: score + skipped for variant, score in table.items()}
            continue
        for variant in variants:
            written = out / variant / source.file
            written.parent.mkdir(parents=True, exist_ok=True)
            told, _ = perturb(path, truth, variant, written)
            result = score(written, told, source)
            got = Score(1, result.expected, result.right, result.invented)
            table[variant] = table[variant] + got
    return table


def _whole(path: Path, truth: dict[str, Any]) -> bool:
    """Whether every true job's head of the file stands apart, so each variant rewrites all."""
    import docx

    found = heads(docx.Document(str(path)), truth)
    return bool(found) and len(found) == len(truth["positions"])


def render(table: dict[str, Score]) -> str:
    lines = [f"{'variant':22} files  positions  right  share  invented"]
    for variant, s in table.items():
        share = s.right / s.positions if s.positions else 0.0
        lines.append(
            f"{variant:22} {s.files:5}  {s.positions:9}  {s.right:5}  {share:5.0%}  {s.invented:8}"
        )
    first = next(iter(table.values()), Score())
    lines.append(
        f"skipped: {first.skipped_files} files ({first.skipped_positions} positions) whose jobs"
        " cannot all be rewritten (a file that mixed two layouts would measure the rewriting)"
    )
    return "\n".join(lines)


def _show(source: measure.Source, variant: str, out: Path) -> None:
    from levelset.proof.importers.docx import extract_paragraphs

    truth = json.loads((measure.TRUTH / f"{source.key}.json").read_text())
    written = out / variant / source.file
    written.parent.mkdir(parents=True, exist_ok=True)
    told, _ = perturb(measure.path_of(measure.corpus_folder(), source), truth, variant, written)
    print("\n".join(extract_paragraphs(written)))
    print("---")
    result = score(written, told, source)
    print("\n".join(result.detail))
    print(f"{result.right}/{result.expected} right, {result.invented} invented, {result.error}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", action="append", choices=VARIANTS, help="only these")
    parser.add_argument("--show", help="one tuning file's variant in detail (needs --variant)")
    parser.add_argument(
        "--generator",
        default=DOCX_GENERATOR,
        help=f"the tuning DOCX files of one generator (default {DOCX_GENERATOR!r}; 'all': every)",
    )
    parser.add_argument("--out", type=Path, help="keep the files written in this folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if measure.foreign_reader() is not None:
        print("run with PYTHONPATH=src: levelset is read from another checkout", file=sys.stderr)
        return 2
    generator = None if args.generator == "all" else args.generator
    sources = tuning_docx(measure.corpus_folder(), generator)
    if args.show:
        sources = [s for s in tuning_docx(measure.corpus_folder(), None) if s.key == args.show]
    if not sources:
        print("no tuning DOCX files present (held-out files are never perturbed)", file=sys.stderr)
        return 2
    variants = args.variant or list(VARIANTS)
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        if args.show:
            _show(sources[0], variants[0], out)
            return 0
        table = run(sources, variants, out)
    if args.json:
        print(json.dumps({v: s.__dict__ for v, s in table.items()}, indent=2))
    else:
        print(render(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
