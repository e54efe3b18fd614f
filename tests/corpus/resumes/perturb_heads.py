"""Where each true job's head stands in a Word résumé, for perturb.py: the lines holding its
title, employer, dates and place, found from the ground truth."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tests.corpus.resumes import measure
from tests.corpus.resumes.perturb_units import Unit, rewritable, rows_of, units


@dataclass(frozen=True)
class Head:
    """One job's head: lines first..last (perturb_units.units), and the texts found in them."""

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


def _dates(text: str, truth: dict[str, Any]) -> tuple[int, int] | None:
    """Where the dates starting and ending in the truth's years stand in `text` (not the first
    of two lines of dates the truth joins): all of it where it is only dates."""
    from levelset.proof.dates import find_date, is_date_text

    found = find_date(text)
    if found is None or found[0].start is None or str(found[0].start.year) != truth["start"][:4]:
        return None
    end, told = found[0].end, truth.get("end")
    if isinstance(told, str) and end is not None and str(end.year) != told[:4]:
        return None
    if is_date_text(text.strip()):
        return len(text) - len(text.lstrip()), len(text.rstrip())
    return found[1].span()


def _same_month(text: str, start: str) -> bool:
    from levelset.proof.dates import find_date

    found = find_date(text)
    return (
        found is not None
        and found[0].start is not None
        and (f"{found[0].start:%Y-%m}" == start[:7] or len(start) == 4)
    )


def _bulleted(paragraph: Any) -> bool:
    from levelset.proof.importers.docx_marks import numbered

    return numbered(paragraph) or paragraph.text.lstrip()[:1] in {"•", "-", "–", "·", "▪", "●"}


def _head(found: list[Unit], index: int, truth: dict[str, Any]) -> Head | None:
    """The head of one true job, or None where it cannot be told apart cleanly."""
    if not truth.get("start"):
        return None
    texts = [unit.text for unit in found]
    best: tuple[tuple[int, bool, int], Head] | None = None
    for i, text in enumerate(texts):
        title = _find(text, truth["title"])
        if title is None:
            continue
        near = sorted(  # in the title's table row first, then the nearest
            range(max(0, i - 2), min(len(texts), i + 3)),
            key=lambda p: (found[p].row is not found[i].row, abs(p - i)),
        )
        dated = [(j, s) for j in near if (s := _dates(texts[j], truth))]
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
        if last - first > 3 or not _only_fields(found, spans) or not rewritable(found, first, last):
            continue
        head = Head(
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
        # the nearest, then the one whose month, then whose fullest employer, the truth gives
        key = (
            head.last - head.first,
            not _same_month(texts[j], truth["start"]),
            -len(head.company),
        )
        if best is None or key < best[0]:
            best = key, head
    return best[1] if best else None


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


def _only_fields(found: list[Unit], spans: dict[int, Any]) -> bool:
    """Whether the head's lines hold nothing but its fields (and joining words)."""
    for p in range(min(spans), max(spans) + 1):
        if _bulleted(found[p].paragraphs[0]):
            return False
        rest = found[p].text
        for start, end in sorted(spans.get(p, []), reverse=True):
            rest = rest[:start] + " " + rest[end:]
        if len(measure.norm(rest)) > 6:  # "at", "in", "since": no other text
            return False
    return True


def heads(document: Any, truth: dict[str, Any]) -> list[Head]:
    """The heads of the true jobs that stand apart from each other (sharing no line nor table
    row), in the document's order."""
    return heads_in(units(document), truth)


def heads_in(lines: list[Unit], truth: dict[str, Any]) -> list[Head]:
    found = [
        head
        for index, position in enumerate(truth["positions"])
        if (head := _head(lines, index, position)) is not None
    ]
    rows = {id(h): {id(r) for r in rows_of(lines, h.first, h.last)} for h in found}
    apart = [
        h
        for h in found
        if not any(
            o is not h and ((o.first <= h.last and h.first <= o.last) or rows[id(o)] & rows[id(h)])
            for o in found
        )
    ]
    return sorted(apart, key=lambda h: h.first)
