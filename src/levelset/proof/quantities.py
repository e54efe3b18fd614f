"""Quantities in a bullet: what each number measures, and whether it is a result at all.

Numbers in digits or words ("tenfold", "by half", "twenty hours"), with multipliers ("40k",
"1.5 lakh", "₹4.2 crore", "€2,4 Mio."), group separators of any locale ("12 000", "1.200",
"2,50,000", thin spaces), money in any currency, multiples, fractions, before-and-after pairs,
units (ms, QPS, TB) and the nouns they count. Dates, versions, model names, level codes,
funding rounds, tenure, frequencies, team sizes and targets are found too, as not results.

Written for levelset after measuring the libraries (docs/proof.md, "Evidence that reads
meaning"): quantulum3 reads "1:1s" as one second, "L5s" as litres and "€2,4 Mio." as €2 and 4;
price-parser reads prices only; word2number reads English number words only.

The grammar of numbers is levelset.proof.numbers, the rules of numbers that are not results
levelset.proof.not_results, those of results levelset.proof.result_rules; this module reads a
text with them and decides, from a match's context, whether it shows a result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from levelset.patterns import compiled
from levelset.proof.not_results import not_results
from levelset.proof.result_rules import NEEDS, RESULTS

_REACHED = compiled(
    r"\b(?:taught|teaching|trained|training|used by|adopted by|reach\w*|serv\w+|for|drew|"
    r"attract\w*|gave|giving|helped|enabled|let|by)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_ADOPTION = compiled(
    r"\b(?:adopt\w*|used\b|uses\b|use\b|using|rel(?:y|ies|ied) on|depend\w*|call\w*|migrat\w*|"
    r"moved|onboard\w*|retire\w*|consum\w*|cit(?:ed|e|ing)|rolled out|standardi[sz]ed|switched|"
    r"took up|built on|deploys? through|go live|went live|live on)\b",
    re.IGNORECASE,
)
_TIME_RESULT = compiled(
    r"(?:by|to|under|below|instead|down|from|p\d\d|latency|faster)\s(?:about |roughly |around |"
    r"nearly |over |only |just |an? )?$|\b(?:sav\w+|cut|cutting|reduc\w+|shorten\w*|lower\w*|"
    r"freed|returned|gave|giving)\b",
    re.IGNORECASE,
)
_LATENCY_UNITS = compiled(r"\d\s?(?:ms|milliseconds?|μs|s|secs?|seconds?)\b", re.IGNORECASE)
_COMPARED = compiled(r"\s*,?\s*(?:instead of|rather than|down from|up from)\b", re.I)
_AUTHORED = compiled(r"\b(?:wrote|created|attended|completed)\s+$", re.IGNORECASE)
_RATE = compiled(r"\s(?:a|per|each|every)\s\w+$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """One quantity: its words, what kind it is, and whether it shows a result."""

    words: str
    kind: str
    result: bool
    start: int
    end: int


@lru_cache(maxsize=4096)
def quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in the text, results and not, in reading order, without overlaps.

    Kept per text: a report reads each bullet's quantities three or four times (features,
    signals, the learned scorer), and matching the rules is most of a report's own CPU."""
    found = [
        Quantity(m.group(0).strip(), kind, False, m.start(), m.end())
        for kind, m in not_results(text)
    ]
    lower = text.lower()
    for kind, pattern in RESULTS:
        needs = NEEDS.get(kind)
        if needs is not None and not any(word in lower for word in needs):
            continue  # a word every match holds is missing: the search would find nothing
        for m in pattern.finditer(text):
            if _overlaps(m.start(), m.end(), found):
                continue
            result = _is_result(kind, text, m)
            found.append(Quantity(m.group(0).strip(), kind, result, m.start(), m.end()))
    return tuple(sorted(found, key=lambda q: q.start))


def results(text: str) -> tuple[Quantity, ...]:
    """The quantities that show a result."""
    return tuple(q for q in quantities(text) if q.result)


def _overlaps(start: int, end: int, found: list[Quantity]) -> bool:
    return any(start < q.end and q.start < end for q in found)


def _is_result(kind: str, text: str, m: re.Match[str]) -> bool:
    words = m.group(0)
    if kind == "time":
        before = text[max(0, m.start() - 30) : m.start()]
        if _COMPARED.match(text, m.end()):
            return True
        return bool(
            _LATENCY_UNITS.search(words) or _RATE.search(words) or _TIME_RESULT.search(before)
        )
    if kind == "people":
        return bool(_REACHED.search(text[max(0, m.start() - 40) : m.start()]))
    if kind == "adoption":
        return bool(_ADOPTION.search(text)) and not _is_scope_only(text, m)
    return kind != "volume" or not _AUTHORED.search(text[max(0, m.start() - 12) : m.start()])


def _is_scope_only(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 12) : m.start()].lower()
    return bool(re.search(r"\b(?:across|between|managed|manage|of)\s(?:the\s)?$", before))
