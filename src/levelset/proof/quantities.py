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
from levelset.proof.own_counts import own_scope
from levelset.proof.result_needs import NEEDS
from levelset.proof.result_rules import RESULTS

_REACHED = compiled(
    r"\b(?:taught|teaching|trained|training|used by|adopted by|reach\w*|serv\w+|for|drew|"
    r"(?:deployed|rolled out|shipped|released|launched|opened|available) to|"
    r"attract\w*|gave|giving|helped|enabled|let|by(?!\s(?:me|us|myself)\b)|"
    # people who came: "an average attendance of 20-30 people", "an audience of 400"
    r"attendance of|audiences? of|attended by|"
    # a thing with its people: "a sales channel with over 26,000 sales executives"
    r"(?:channel|network|community|platform|marketplace|app|product|programme|program|"
    r"user base|customer base|force) with)\b[^.;:]{0,30}$",
    re.IGNORECASE,
)
_ADOPTION = compiled(
    r"\b(?:adopt\w*|used\b|uses\b|use\b|using|rel(?:y|ies|ied) on|depend\w*|call\w*|migrat\w*|"
    r"moved|onboard\w*|retire\w*|consum\w*|cit(?:ed|e|ing)|rolled out|standardi[sz]ed|switched|"
    # the thing rolled out named between ("Rolled the new linting setup out to 14 teams")
    r"rolled (?:[\w'’-]+ ){1,4}?out|"
    r"serv(?:es|ed|ing)|unblock\w*|required|mandatory|grew|grown|expanded|signed|landed|won|"
    r"copied|ships? (?:in|with)|bundled|included in|onto|sold|reported in|referenced|"
    r"featured in|mentioned in|"
    r"took up|built on|deploys? through|go live|went live|live on|agreed|stuck|now the|"
    r"embedded|bundled|"
    # organisations that committed: "securing early LOIs from 3 local councils"
    r"secur(?:ed|ing|es) (?:[\w-]+ ){0,3}?(?:LOIs?|letters? of intent|contracts?|commitments?|"
    r"agreements?|partnerships?|sign-?offs?)|LOIs?|letters? of intent)\b",
    re.IGNORECASE,
)
_TIME_RESULT = compiled(
    r"(?:by|to|under|below|instead|down|from|p\d\d|latency|faster|used to (?:take|last|need)|"
    r"once took|previously took)\s(?:about |roughly |around |"
    r"nearly |over |only |just |an? )?(?:[~≈∼<>≤≥]\s?|ca\.\s?|approx\.?\s?)?$|"
    r"\b(?:sav\w+|cut|cutting|reduc\w+|shorten\w*|lower\w*|restor\w+|recover\w+|"
    r"freed|freeing|frees|returned|gave|giving|shav\w+|trimm\w+)\b",
    re.IGNORECASE,
)
_LATENCY_UNITS = compiled(r"\d\s?(?:ms|milliseconds?|μs|s|secs?|seconds?)\b", re.IGNORECASE)
_COMPARED = compiled(
    r"\s*,?\s*(?:instead of|rather than|down from|up from|where (?:it|they|this) (?:used to "
    r"take|took|had taken)\b|\((?:was|previously|formerly|before)\b)",
    re.I,
)
# a stretch of time without a number ("a week") is read only when it is a result
_UNNUMBERED = compiled(
    r"(?:an?|half an?|a few|a couple of|several|a single|a full|a whole)\s", re.I
)
# a figure in scientific notation shows a result when reached or compared: "to 5 × 10⁻⁹"
_SCIENTIFIC_REACHED = compiled(
    r"\b(?:to|from|below|under|down to|at most|only|of just|reached|achieved)\s"
    r"(?:about |around |roughly )?(?:[~≈<>≤]\s?)?$",
    re.IGNORECASE,
)
# the author's own artefacts and routine counted: "wrote 40 tests", "reviewed about 150 pull
# requests", "held 30 office hours" (RULES.md: counts of one's activities are no result)
_CHANGED = compiled(
    r"\b(?:grew|grown|increas\w+|rais\w+|scaled|doubl\w+|tripl\w+|reduc\w+|lower\w*|cut|"
    r"brought|took|lifted|boosted)\b[^.;]*$",
    re.IGNORECASE,
)
_EARNED = compiled(
    r"\b(?:sav|earn|generat|recover|cut|reduc|add|brought in|bring|won|return|serv|handl|"
    r"process|ingest)\w*\b[^.;]*$",
    re.IGNORECASE,
)
_AUTHORED = compiled(
    r"\b(?:wrote|created|attended|completed|reviewed|triaged|filed|held|evaluated|compared|"
    r"closed|fixed|scrap\w+|crawl\w*|"
    r"benchmarked|assessed|interviewed|maint\w*(?: of)?)\s+"
    r"(?:about |around |roughly |some |over |nearly |~)?$",
    re.IGNORECASE,
)
# bugs and issues the author resolved are work done ("resolved 700+ bugs"); those a bot or a
# model resolves are volume served ("resolved 1,200 tickets a month with the new triage bot")
_RESOLVED = compiled(
    r"\b(?:resolved|debugged|patched)\s(?:about |around |roughly |some |over |nearly |~)?"
    # the second count of one list: "resolved 700+ bugs and 40+ critical security issues"
    r"(?:\d[\d,.]*\+?\s(?:[\w-]+\s){1,3}?(?:and|,)\s(?:about |around |over |nearly |~)?)?$",
    re.I,
)
_BY_MACHINE = compiled(r"\b(?:bots?|chatbot|automat\w*|models?|classifier|self-serve)\b", re.I)
_SPENT = compiled(
    r"\b(?:spen[dt]\w*|volunteer\w*|dedicat\w+|devot\w+|work(?:ed|ing|s)?|put in|commit\w+|"
    r"invest\w*|tutor\w*|gave up|block(?:ed|ing)?)\s(?:about\s|around\s|roughly\s|over\s|~)?$",
    re.IGNORECASE,
)
_NOTICE = compiled(r"['’]?s?['’]?\s(?:notice|warning|lead time)\b", re.IGNORECASE)
_JOINED_FROM = compiled(
    r"\b(?:with|joined by|attended by|draw(?:s|ing)?|drew) (?:the )?(?:people|engineers|members|"
    r"folks|attendees|staff|representatives|leads|analysts|scientists|developers) from "
    r"(?:the |all |about |over |~)?$",
    re.IGNORECASE,
)
_GROWN = compiled(
    r"\b(?:seniors|juniors|interns|engineers|hires|mentees|reports|students|analysts|developers|"
    r"apprentices|graduates|scientists|designers|trainees|nurses|teachers|leads)\b",
    re.IGNORECASE,
)
_RATE = compiled(r"\s(?:a|per|each|every)\s\w+$", re.IGNORECASE)
# marks a figure carries that the rules do not read: a footnote mark after it ("55,000*",
# "1.2M†": the figure, footnoted) and the British decimal point ("£7·5 million"). Each is read
# as the one character the rules know ("+" and "."), keeping every position, and a quantity's
# words are the bullet's own
_MARKED = compiled(r"(?<=\d)(?:[*†‡](?![\w*])|·(?=\d))")
# time gained, said after the figure: "two days earlier", "ten hours saved"
_GAINED = compiled(r"\s(?:sooner|earlier|faster|quicker|saved|freed|back|less|shorter)\b", re.I)
_YIELDS_TO_A_PAIR = frozenset({"frequency", "attribute", "workload", "own share"})
_TAKES_OVER = frozenset({"uptake", "change"})  # readings that may replace a no-result reading
_ONE_SIDE = frozenset({"time", "volume", "people", "adoption", "count"})  # one side of a pair


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
    shown, text = text, _MARKED.sub(lambda m: "." if m.group(0) == "·" else "+", text)
    found = [
        Quantity(shown[m.start() : m.end()].strip(), kind, False, m.start(), m.end())
        for kind, m in not_results(text)
    ]
    lower = text.lower()
    yielding = [q for q in found if q.kind in _YIELDS_TO_A_PAIR]  # readings that may give way
    for kind, pattern in RESULTS:
        needs = NEEDS.get(kind)
        if needs is not None and not any(word in lower for word in needs):
            continue  # a word every match holds is missing: the search would find nothing
        for m in pattern.finditer(text):
            clash = [q for q in found if m.start() < q.end and q.start < m.end()]
            if clash and not _replaces(kind, m, clash, yielding):
                continue
            result = _is_result(kind, text, m)
            if (clash or (kind == "time" and _UNNUMBERED.match(m.group(0)))) and not result:
                continue
            found = [q for q in found if all(q is not c for c in clash)]
            words = shown[m.start() : m.end()].strip()
            quantity = Quantity(words, kind, result, m.start(), m.end())
            found.append(quantity)
            if not result:
                yielding.append(quantity)
    return tuple(sorted(found, key=lambda q: q.start))


def results(text: str) -> tuple[Quantity, ...]:
    """The quantities that show a result."""
    return tuple(q for q in quantities(text) if q.result)


def _replaces(kind: str, m: re.Match[str], clash: list[Quantity], yielding: list[Quantity]) -> bool:
    """Whether an uptake or a before-and-after pair may take the place of the quantities it
    overlaps, when it shows a result: those an earlier kind read as no result ("five product
    lines" of "shared by five product lines"), a frequency or attribute inside the pair ("from
    twice a week to daily", "from a two-week cycle to daily"), and for a pair one side read
    alone ("ninety pages" of "from ninety pages to twelve"; "120 ms" and "35 ms" stay apart)."""
    if kind == "zero":  # "0 sev-1 incidents": none of a harm, whatever name it carries
        return all(q.kind == "name" and m.start() <= q.start and q.end <= m.end() for q in clash)
    if kind == "rank":  # "selected ... out of 47 teams": the counts inside are the rank's field
        return not any(q.result for q in clash)
    if kind not in _TAKES_OVER:
        return False
    sides = [q for q in clash if q.result]
    if sides and not (kind == "change" and len(sides) == 1 and sides[0].kind in _ONE_SIDE):
        return False
    for q in clash:
        inside = m.start() <= q.start and q.end <= m.end()
        if q in sides:
            if not inside:
                return False
        elif not any(q is y for y in yielding) or (
            q.kind in _YIELDS_TO_A_PAIR and not (kind == "change" and inside)
        ):
            return False
    return True


def _is_result(kind: str, text: str, m: re.Match[str]) -> bool:
    words = m.group(0)
    if own_scope(kind, text, m):
        return False
    if kind == "time":
        if _NOTICE.match(text, m.end()):
            return False  # "gave six weeks' notice": a term given, not a time saved
        before = text[max(0, m.start() - 30) : m.start()]
        if _COMPARED.match(text, m.end()) or _GAINED.match(text, m.end()):
            return True
        if _SPENT.search(before):
            return False  # "volunteered 4 hours a week": the author's own time given
        if _UNNUMBERED.match(words):  # "a day a week" is a result only when saved or cut
            return bool(_TIME_RESULT.search(before))
        return bool(
            _LATENCY_UNITS.search(words) or _RATE.search(words) or _TIME_RESULT.search(before)
        )
    if kind == "reached":
        return bool(_CHANGED.search(text[max(0, m.start() - 45) : m.start()]))
    if kind == "sum":
        return bool(_EARNED.search(text[max(0, m.start() - 40) : m.start()]))
    if kind == "scientific":
        return bool(_SCIENTIFIC_REACHED.search(text[max(0, m.start() - 25) : m.start()]))
    if kind == "people":
        return bool(_REACHED.search(text[max(0, m.start() - 40) : m.start()]))
    if kind == "grown":  # "one now runs the squad" after the people the author grew
        return bool(_GROWN.search(text[max(0, m.start() - 80) : m.start()]))
    if kind == "adoption":
        if _JOINED_FROM.search(text[max(0, m.start() - 40) : m.start()]):
            return True  # "people from nine teams" take part in the work
        return bool(_ADOPTION.search(text)) and not _is_scope_only(text, m)
    before = text[max(0, m.start() - 20) : m.start()]
    listed = text[max(0, m.start() - 60) : m.start()]
    if kind == "volume" and _RESOLVED.search(listed) and not _BY_MACHINE.search(text):
        return False
    return kind != "volume" or not _AUTHORED.search(before)


_COPIES_OF = compiled(r"\b(?:install|installation|image|release)s? of\s$")
_SCOPE_WORD_BEFORE = compiled(r"\b(?:across|between|managed|manage|of)\s(?:the\s)?$")


def _is_scope_only(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 16) : m.start()].lower()
    if _COPIES_OF.search(before):
        return False  # "ships in the default install of two Linux distributions"
    return bool(_SCOPE_WORD_BEFORE.search(before))
