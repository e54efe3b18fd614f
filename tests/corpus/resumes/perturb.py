"""Layouts a Word user gives the same jobs, made from the tuning DOCX résumés, and how well the
reader reads each.

Each job's head (the paragraphs holding its title, employer, dates and place, found from the
ground truth) is written again in another layout, with the look (style, bold, size) of the
paragraph that held its title; its bullets and everything else stay as they were. A head that
shares a paragraph with another job's, or holds more than those fields, cannot be rewritten; a
file with such a head is skipped for every layout (and said so under the table), since a file
with some heads rewritten and some not mixes two layouts in one section, which no real user
does: the figures then measured the rewriting, not the reader. "original" is read on the same
files. Tuning files only.

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
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

from tests.corpus.resumes import measure

DOCX_GENERATOR = "Word document (Microsoft Word)"


@dataclass(frozen=True)
class Head:
    """One job's head: paragraphs first..last of the body, and the texts found in them."""

    index: int  # the position's index in the truth
    first: int
    last: int
    anchor: int  # the paragraph whose look the new lines take (the title's)
    title: str
    company: str
    dates: str
    place: str
    title_first: bool

    @property
    def employer(self) -> str:
        return f"{self.company}, {self.place}" if self.place else self.company


def _find(text: str, value: Any) -> tuple[int, int] | None:
    """Where one of the truth's spellings of a field stands in `text` (the longest first)."""
    for option in sorted(value if isinstance(value, list) else [value], key=len, reverse=True):
        if not option:
            continue
        pattern = r"\s+".join(re.escape(word) for word in option.split())
        found = re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
        if found:
            return found.span()
    return None


def _dates(text: str, start: str) -> tuple[int, int] | None:
    from levelset.proof.dates import find_date

    found = find_date(text)
    if found is None or found[0].start is None or str(found[0].start.year) != start[:4]:
        return None
    return found[1].span()


def _bulleted(paragraph: Any) -> bool:
    from levelset.proof.importers.docx_marks import numbered

    return numbered(paragraph) or paragraph.text.lstrip()[:1] in {"•", "-", "–", "·", "▪", "●"}


def _head(
    texts: list[str], paragraphs: list[Any], index: int, truth: dict[str, Any]
) -> Head | None:
    """The head of one true job, or None where it cannot be told apart cleanly."""
    if not truth.get("start"):
        return None
    best: Head | None = None
    for i, text in enumerate(texts):
        title = _find(text, truth["title"])
        if title is None:
            continue
        near = sorted(range(max(0, i - 2), min(len(texts), i + 3)), key=lambda p: abs(p - i))
        dated = [(j, s) for j in near if (s := _dates(texts[j], truth["start"]))]
        named = [(k, s) for k in near if (s := _find(texts[k], truth["company"]))]
        named = [(k, s) for k, s in named if k != i or s[1] <= title[0] or s[0] >= title[1]]
        if not dated or not named:
            continue
        (j, date_span), (k, company_span) = dated[0], named[0]
        spans: dict[int, list[tuple[int, int]]] = {}
        for p, span in ((i, title), (j, date_span), (k, company_span)):
            spans.setdefault(p, []).append(span)
        if any(_overlap(a, b) for found in spans.values() for a, b in _pairs(found)):
            continue
        place = _place(texts, truth.get("location") or "", min(spans), max(spans), spans)
        first, last = min(spans), max(spans)
        if last - first > 3 or not _only_fields(texts, paragraphs, spans):
            continue
        found = Head(
            index,
            first,
            last,
            i,
            texts[i][slice(*title)],
            texts[k][slice(*company_span)],
            texts[j][slice(*date_span)],
            place,
            (i, title[0]) < (k, company_span[0]),
        )
        if best is None or found.last - found.first < best.last - best.first:
            best = found
    return best


def _place(texts: list[str], place: str, first: int, last: int, spans: dict[int, Any]) -> str:
    """The job's place where it stands in or beside the head (its paragraph joins the head)."""
    if not place:
        return ""
    for p in range(max(0, first - 1), min(len(texts), last + 2)):
        found = _find(texts[p], place)
        if found and not any(_overlap(found, s) for s in spans.get(p, [])):
            spans.setdefault(p, []).append(found)
            return texts[p][slice(*found)]
    return ""


def _pairs(spans: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(a, b) for n, a in enumerate(spans) for b in spans[n + 1 :]]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _only_fields(texts: list[str], paragraphs: list[Any], spans: dict[int, Any]) -> bool:
    """Whether the head's paragraphs hold nothing but its fields (and joining words)."""
    for p in range(min(spans), max(spans) + 1):
        if _bulleted(paragraphs[p]):
            return False
        rest = texts[p]
        for start, end in sorted(spans.get(p, []), reverse=True):
            rest = rest[:start] + " " + rest[end:]
        if len(measure.norm(rest)) > 6:  # "at", "in", "since": no other text
            return False
    return True


def heads(document: Any, truth: dict[str, Any]) -> list[Head]:
    """The heads of the true jobs that stand apart from each other, in the document's order."""
    paragraphs = list(document.paragraphs)
    texts = [p.text for p in paragraphs]
    found = [
        head
        for index, position in enumerate(truth["positions"])
        if (head := _head(texts, paragraphs, index, position)) is not None
    ]
    apart = [
        h
        for h in found
        if not any(o is not h and o.first <= h.last and h.first <= o.last for o in found)
    ]
    return sorted(apart, key=lambda h: h.first)


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
VARIANTS = ("original", *LAYOUTS, "employer-over-titles", "table")


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


def _table(document: Any, anchor: Any, head: Head) -> Any:
    """A one-row table: the title over the employer in a wide cell, the dates beside."""
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    for cell, lines in ((left, [head.title, head.employer]), (right, [head.dates])):
        cell._tc.remove(cell.paragraphs[0]._p)
        for text in lines:
            cell._tc.append(_line(document, anchor, text))
    return table._tbl


def _replace(paragraphs: list[Any], head: Head, elements: list[Any]) -> None:
    """The head's paragraphs give way to `elements`, where they stood."""
    at = paragraphs[head.first]._p
    for element in elements:
        at.addprevious(element)
    for p in range(head.first, head.last + 1):
        paragraphs[p]._p.getparent().remove(paragraphs[p]._p)


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
    paragraphs = list(document.paragraphs)
    texts = [p.text for p in paragraphs]
    found = heads(document, truth) if variant != "original" else []
    truth = copy.deepcopy(truth)
    for group in _groups(texts, found) if variant == "employer-over-titles" else [found]:
        for n, head in enumerate(group):
            anchor = paragraphs[head.anchor]
            if variant == "table":
                elements = [_table(document, anchor, head)]
            elif variant == "employer-over-titles":
                lead = group[0]
                lines = [f"{head.title}\t{head.dates}"]
                elements = [
                    _line(document, anchor, t) for t in ([lead.employer] * (n == 0) + lines)
                ]
                position = truth["positions"][head.index]
                position["company"] = truth["positions"][lead.index]["company"]
            else:
                elements = [_line(document, anchor, t) for t in LAYOUTS[variant](head)]
            _replace(paragraphs, head, elements)
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
