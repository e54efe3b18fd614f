"""Quantities in a bullet: what each number measures, and whether it is a result at all.

Numbers in digits or words ("tenfold", "by half", "twenty hours"), with multipliers ("40k",
"1.5 lakh", "₹4.2 crore", "€2,4 Mio."), group separators of any locale ("12 000", "1.200",
"2,50,000", thin spaces), money in any currency, multiples, fractions, before-and-after pairs,
units (ms, QPS, TB) and the nouns they count. Dates, versions, model names, level codes,
funding rounds, tenure, frequencies, team sizes and targets are found too, as not results.

Written for levelset after measuring the libraries (docs/proof.md, "Evidence that reads
meaning"): quantulum3 reads "1:1s" as one second, "L5s" as litres and "€2,4 Mio." as €2 and 4;
price-parser reads prices only; word2number reads English number words only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from levelset.patterns import compiled

_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozen": 12,
}  # fmt: skip
_SCALE = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "mio": 1e6,
    "milhões": 1e6, "millones": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "mrd": 1e9,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
}  # fmt: skip
_WORDS = "|".join(sorted(_WORD_VALUES, key=len, reverse=True))
_SEP = r"[,.\u202f\u2009\u00a0 ]"  # group separators: comma, dot, thin and no-break spaces
_DIGITS = (  # Indian grouping (2,50,000), groups of three, or plain digits with decimals
    rf"(?<![\d.,])(?:\d{{1,3}}(?:,\d{{2}})+,\d{{3}}(?!\d)|\d{{1,3}}(?:{_SEP}\d{{3}})+(?!\d)(?:[.,]\d+)?|"
    r"\d+(?:[.,]\d+)?)"
)
_MULT = (
    r"(?:\s?(?:k|K|mm|MM|mn|M|bn|Bn|B|b)(?![\w-])|\s(?:thousand|million|billion|lakhs?|lac|"
    r"crores?|cr|milhões|millones)\b|\s?(?:Mio|Mrd)\.?)"
)
NUMBER = rf"(?:(?<![\d.,])(?:{_DIGITS}){_MULT}?\+?|\b(?:{_WORDS})(?:[- ](?:{_WORDS}))?\b)"
_CUR_BEFORE = (
    r"(?:US\$|A\$|C\$|R\$|S\$|HK\$|[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|INR|JPY|CNY|CHF|CZK|SEK|NOK|DKK|PLN|"
    r"AUD|CAD|BRL|SGD|Rs\.?|kr)\b)"
)
_CUR_AFTER = (
    r"(?:[€£¥₹]|\b(?:USD|EUR|GBP|INR|JPY|CNY|CHF|CZK|SEK|NOK|DKK|PLN|AUD|CAD|BRL|SGD|kr|"
    r"dollars|euros?|pounds|rupees|yen|francs|kronor|kroner)\b)"
)
_TIME_UNIT = (
    r"(?:ms|milliseconds?|μs|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|"
    r"years?|quarters?)"
)
_VOLUME = (
    r"users|customers|members|requests|queries|predictions|events|records|rows|transactions|"
    r"orders|tokens|images|documents|calls|sessions|merchants|sellers|listings|items|downloads|"
    r"installs|visits|views|viewers|subscribers|clients|applications|applicants|tickets|alerts|"
    r"incidents|escalations|stars|citations|citizens|"
    r"pages|messages|claims|deals|accounts|records|bugs|issues|websites|components|themes|"
    r"extensions|datasets|services|hours|labels|"
    r"signups|sign-ups|markets|stores|countries|"
    r"predictions|parameters|params|examples|samples|GPUs|TPUs|nodes|experiments|hires"
)
_PEOPLE = (
    r"engineers|developers|analysts|agents|scientists|researchers|students|learners|"
    r"contributors|people|employees|staff|viewers|attendees|participants|clinicians|teachers"
)
_REACHED = compiled(
    r"\b(?:taught|teaching|trained|training|used by|adopted by|reach\w*|serv\w+|for|drew|"
    r"attract\w*|gave|giving|helped|enabled|let|by)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_ADOPTERS = (
    r"teams|companies|organi[sz]ations|orgs|governments|universities|banks|hospitals|partners|"
    r"regulators|runtimes|frameworks|labs|products|product lines|business units|divisions|"
    r"groups|services|customers|projects|papers"
)
_ADOPTION = compiled(
    r"\b(?:adopt\w*|used\b|uses\b|use\b|using|rel(?:y|ies|ied) on|depend\w*|call\w*|migrat\w*|"
    r"moved|onboard\w*|retire\w*|consum\w*|cit(?:ed|e|ing)|rolled out|standardi[sz]ed|switched|"
    r"took up|built on|deploys? through|go live|went live|live on)\b",
    re.IGNORECASE,
)
_QUALITY = (
    r"auc|roc|f1|precision|recall(?:@\d+)?|ndcg(?:@\d+)?|map|mrr|accuracy|bleu|rouge|wer|cer|"
    r"mape|rmse|mae|ece|nps|csat|lighthouse|top-1|top-5|perplexity|error rate|hit rate"
)
_FRACTION = (
    r"\b(?:by|in|cut|to) (?:a |one[- ])?(?:half|third|quarter|fifth|tenth)\b|"
    r"\b(?:two|three)-(?:thirds|quarters|fifths)\b|\bby (?:two|three) (?:thirds|quarters|fifths)\b|"
    r"\b(?:two|three) (?:thirds|quarters|fifths) of\b|\b(?:a|one) (?:third|quarter|fifth|tenth)"
    r" of\b|\bone in (?:\d+|\w+)\b|\bhalf (?:of|the)\b|\bnearly half\b|\bby half\b|\bin half\b"
)
_MULTIPLE = (
    rf"(?:{_DIGITS})\s?(?:x|×)(?![\w])|(?:{_DIGITS})[- ]?fold\b|\b(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|hundred)fold\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)[- ]"
    r"fold\b|\b(?:doubl|tripl|quadrupl|halv)(?:ed|ing|es)\b|\borders? of magnitude\b"
)
_FREQ = (
    r"(?:hourly|daily|weekly|monthly|quarterly|yearly|annual|real[- ]time|minutes|hours|days|"
    r"weeks|months)"
)


class _Alternatives:
    """A rule compiled as its top-level alternatives, matched leftmost first, earlier first.

    Python compiles one large alternation several times slower than its parts, and these rules
    are compiled on every cold start.
    """

    def __init__(self, pattern: str) -> None:
        self.parts = [compiled(p, re.IGNORECASE) for p in _split_alternatives(pattern)]

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = sorted(
            ((m.start(), i, m) for i, part in enumerate(self.parts) for m in part.finditer(text)),
            key=lambda item: (item[0], item[1]),
        )
        chosen: list[re.Match[str]] = []
        for _, _, m in found:
            if not chosen or m.start() >= chosen[-1].end():
                chosen.append(m)
        return chosen


# the characters that shape a pattern's top level, an escape taken with what it escapes
_SHAPING = compiled(r"\\.|[\[\]()|]", re.DOTALL)


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (outside groups and classes)."""
    parts, start, depth, in_class = [], 0, 0, False
    for m in _SHAPING.finditer(pattern):  # the shaping characters only: a cold start runs this
        c = m.group()
        if len(c) == 2:  # an escape
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start : m.start()])
            start = m.end()
    parts.append(pattern[start:])
    return parts


_NOT_RESULTS: list[tuple[str, str]] = [
    (
        "target",
        r"\b(?:target(?:ed|ing)?|goal|aim(?:ed|ing)?|plan(?:ned|ning)? to|objective|okr)\b"
        r"[^.;]*",
    ),
    ("frequency", r"\b\d+:\d+s?\b|\bone[- ]on[- ]ones?\b|\b24/7\b|\b\d+FA\b|\b\d+-fold cross"),
    ("level code", r"(?-i:\b(?:L|E|IC|SDE|SWE|M)\d{1,2}s?\b)(?!\s?(?:%|x|ms))"),
    ("funding round", rf"(?:{_CUR_BEFORE}\s?{NUMBER}\s)?\bSeries [A-F]\b|\bseed round\b"),
    (
        "date",
        r"\b(?:Q[1-4]|H[12]|FY)\s?'?\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
        r"nov|dec)[a-z]*\.? (?:19|20)\d{2}\b|\b(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?\b"
        r"(?!\s?(?:%|x|ms|users|requests|[kmb]\b))",
    ),
    (
        "version",
        r"\bv\d+(?:\.\d+)*\b|\b(?:version|release|python|java|node|kubernetes|k8s|postgresql|"
        r"postgres|mysql|spark|airflow|dbt|tensorflow|torch|pytorch|pandas|scikit-learn|react|"
        r"angular|vue|ios|android|jenkins|tableau|elasticsearch|django|rails|go|gpt|gemini|"
        r"claude|llama|mistral|phi|bert|t5|torchserve|ipv)[- ]?\d+(?:\.\d+|\.x)*\w*\b"
        r"(?:\s\d+(?:\.\d+)*\w*\b)?(?: and \d+(?:\.\d+)*\b)?|\b\d+\.\d+\.\d+\b|\b\d+\.x\b",
    ),
    ("name", r"\b[A-Za-z]+-?\d+[A-Za-z]?(?:[-/]\w+)*\b|\b\d+[A-Za-z]+\d\w*\b|\bH2O\b"),
    ("attribute", r"\b\d+[-‑](?!fold|point|x\b)[a-z]+\b(?!\s+(?:of|to)\b)"),
    (
        "tenure",
        rf"\b(?:for|after|over|during|within|in (?:the )?(?:first|last)|spent|worked)\s(?:the\s)?"
        rf"(?:past\s)?(?:{NUMBER}|a|one)\s(?:\w+\s)?(?:years?|months?|weeks?|summers?|sprints?)\b|"
        rf"\b(?:{NUMBER})\s(?:years?|months?)\s(?:on|at|as|in)\b",
    ),
    (
        "team size",
        rf"\b(?:grew|growing|built|scaled|took) (?:the |my |a |our )?(?:\w+ )?(?:team|org\w*|"
        rf"function|group|department)(?! output)[^.;]{{0,40}}?from (?:{NUMBER}) to (?:{NUMBER})|"
        rf"\bfrom (?:{NUMBER}) to (?:{NUMBER}) (?:people|engineers|researchers|staff|employees)\b|"
        rf"\b(?:teams?|groups?|squads?|cohorts?|org(?:ani[sz]ation)?) of (?:about |over |up to )?"
        rf"(?:{NUMBER})(?:[-–](?:{NUMBER}))?|\b(?:{NUMBER})[- ]person\b|"
        rf"\b(?:{NUMBER}) direct reports\b|"
        rf"\b(?:managed|manag\w+|led|lead|leading|hired|hiring|mentored|mentoring|coached|"
        rf"supervised|line-managed|onboarded|interviewed|reports?|managers?|of)\s(?:a\s|the\s)?"
        rf"(?:first\s)?"
        rf"(?:team\sof\s)?(?:over\s|about\s)?(?:{NUMBER})\s(?:[\w-]+\s){{0,2}}?(?:engineers|"
        rf"scientists|analysts|people|interns|reports|hires|candidates|managers|researchers|"
        rf"contributors|volunteers|baristas|juniors|new grads|students|data scientists|ML engineers"
        rf"|teams?)\b(?!\s(?:who|whom|each|later))",
    ),
]
NOT_RESULTS = [(kind, _Alternatives(p)) for kind, p in _NOT_RESULTS]
_NOT_A_NAME = compiled(r"(?:p\d{2}|top-\d+|f1|l\d+s?|e\d+|ic\d+)$", re.IGNORECASE)
_HAS_NUMBER = compiled(rf"\d|\b(?:{_WORDS})\b", re.IGNORECASE)
_MET = compiled(
    r"\b(?:reached|achieved|met|beat|exceeded|ending|ended|hit|surpassed|ahead)\b", re.IGNORECASE
)

_RESULTS: list[tuple[str, str]] = [
    (
        "percent",
        rf"(?:{NUMBER})\s?(?:%|percent\b|per cent\b|pp\b|percentage points?\b|"
        r"basis points\b|bps\b)",
    ),
    (
        "money",
        rf"{_CUR_BEFORE}\s?(?:{_DIGITS}){_MULT}?\+?|(?:{_DIGITS}){_MULT}?\s?{_CUR_AFTER}|"
        rf"{_CUR_BEFORE}\s?(?:{_WORDS})\s(?:thousand|million|billion|lakh|crore)",
    ),
    ("multiple", _MULTIPLE),
    ("fraction", _FRACTION),
    ("points", rf"(?:{NUMBER})[- ]points?\b|(?:{NUMBER})\s(?:bleu|rouge|wer)\b"),
    (
        "throughput",
        rf"(?:{NUMBER})\s?(?:qps|rps|tps|req/s|/s|requests per second|per second|"
        r"messages/second|(?:tb|gb|pb|mb)\b(?:\s(?:a|per)\s\w+)?)",
    ),
    (
        "time",
        rf"(?:{NUMBER})\s?(?:ms|milliseconds?|μs|s|secs?|seconds?)\b|"
        rf"(?:{NUMBER})\s(?:mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?)\b"
        r"(?:\s(?:a|per|each|every)\s(?:day|week|month|quarter|year|run|ticket|page))?",
    ),
    ("volume", rf"(?:{NUMBER})\s(?:[\w-]+\s){{0,2}}?(?:\w+-)?(?:{_VOLUME})\b"),
    ("people result", rf"\b(?:promoted|grew) (?:{NUMBER}) [\w-]+ (?:to|into)\b|"
     rf"(?:{NUMBER})(?: of (?:whom|them))?(?:\s[\w-]+){{0,4}}?\s"
     r"(?:promoted|received|became|published|sped|earned|won|passed|got)\b"),
    ("people", rf"(?:{NUMBER})\s(?:[\w-]+\s){{0,2}}?(?:{_PEOPLE})\b"),
    ("rate", rf"\bby (?:{NUMBER}) (?:a|per) (?:day|week|month|quarter|year)\b"),
    ("times", rf"\b(?:cited|downloaded|used|installed|forked|viewed|starred|run)\b[^.;]{{0,20}}?"
     rf"(?:{NUMBER}) times\b"),
    ("adoption", rf"(?:{NUMBER})\s(?:[\w&-]+\s){{0,2}}?(?:{_ADOPTERS})\b"),
    # others counted as they take the work up or gain from it (RULES.md: adoption counted,
    # people who achieved a result): "adopted by its three directors", "both now run",
    # "two of them now review", "35 actuaries finished it", "three utilities integrated"
    ("uptake", rf"\b(?:adopted|used|followed|shared|integrated|read|signed off) by (?:its |their |"
     rf"the |our |all |every )?(?:{NUMBER})|\b(?:both|each|all (?:{NUMBER}|of them)|(?:{NUMBER}) "
     r"of (?:whom|them|which))\s(?:now\s|then\s|later\s|each\s)?(?:use|uses|run|runs|follow|"
     r"follows|share|shares|review|reviews|lead|leads|published|finished|moved|adopted|"
     rf"integrated|switched|passed|joined|deployed)\b|(?:{NUMBER})\s(?:(?!that\b|which\b|who\b)"
     r"[\w&'’-]+\s){1,3}?(?:now\s|then\s|later\s|each\s|all\s)?(?:use|integrated|adopted|"
     r"share|follow|rely on|finished|published|annotated|moved|switched|deploy)\b"),
    ("rank", rf"\btop (?:\d+%|{NUMBER})|\b(?:first|second|third) place\b"),
    (
        "count",
        rf"\b(?:replac|clos|retir|eliminat|remov|resolv|fix|migrat|mov|prevent|caught|catch|"
        rf"recover|deprecat|decommission|consolidat|automat)\w*\s(?:about |over |nearly |"
        rf"more than |the )?(?:{NUMBER})(?!\s?(?:%|x\b))",
    ),
    (
        "change",
        rf"\bfrom (?:about |around |over |under |roughly |nearly )?(?:{_CUR_BEFORE}\s?)?"
        rf"(?:{NUMBER}|an?|{_FREQ}\b)[^,;]{{0,25}}?\bto (?:about |around |under |below |over )?"
        rf"(?:{_CUR_BEFORE}\s?)?(?:{NUMBER}|an?\b|{_FREQ}\b|every)|"
        rf"(?:{NUMBER})\s?{_TIME_UNIT}\b[^,;]{{0,20}}\binstead of\b|\bup from (?:{NUMBER})|"
        rf"\bfrom \w+ to \w+ (?:a|per) \w+|\bfrom (?:hours|days|weeks|months) to "
        r"(?:minutes|seconds|hours|days)\b|\bfrom (?:one|a single) \w+ to (?:\w+)\b|"
        r"\bin (?:seconds|minutes|hours|days) (?:rather than|instead of) \w+",
    ),
    (
        "quality",
        rf"\b(?:{_QUALITY})\b(?:[^.;]|\.(?=\d)){{0,40}}?\b\d+(?:\.\d+)?\b|"
        rf"\b\d+(?:\.\d+)?%?\s(?:{_QUALITY})\b",
    ),
]  # fmt: skip
RESULTS = [(kind, _Alternatives(p)) for kind, p in _RESULTS]
# words without one of which a kind cannot match (in lower case), tested before its search
_NEEDS = {
    "percent": ["%", "percent", "per cent", "pp", "basis points", "bps"],
    "multiple": ["x", "×", "fold", "doubl", "tripl", "quadrupl", "halv", "magnitude"],
    "fraction": ["half", "third", "quarter", "fifth", "tenth", "one in"],
    "points": ["point", "bleu", "rouge", "wer"],
    "throughput": ["qps", "rps", "tps", "/s", "per second", "tb", "gb", "pb", "mb"],
    "rate": ["by "],
    "times": ["times"],
    "rank": ["top ", "place"],
    "quality": [
        "auc",
        "roc",
        "f1",
        "precision",
        "recall",
        "ndcg",
        "map",
        "mrr",
        "accuracy",
        "bleu",
        "rouge",
        "wer",
        "cer",
        "mape",
        "rmse",
        "mae",
        "ece",
        "nps",
        "csat",
        "lighthouse",
        "top-1",
        "top-5",
        "perplexity",
        "error rate",
        "hit rate",
    ],
    "uptake": [
        "adopt",
        "use",
        "follow",
        "shar",
        "integrat",
        "read",
        "signed",
        "run",
        "review",
        "lead",
        "publish",
        "finish",
        "moved",
        "passed",
        "joined",
        "deploy",
        "switched",
        "rely",
        "annotated",
    ],
}
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
    masked = _not_results(text)
    found = list(masked)
    lower = text.lower()
    for kind, pattern in RESULTS:
        needs = _NEEDS.get(kind)
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


def _not_results(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    for kind, pattern in NOT_RESULTS:
        for m in pattern.finditer(text):
            clause = text[text.rfind(".", 0, m.start()) + 1 : m.end()]
            if kind == "target" and _MET.search(clause):
                continue  # a target the bullet says was reached: its numbers are results
            if kind == "name" and _NOT_A_NAME.match(m.group(0)):
                continue
            if not _overlaps(m.start(), m.end(), found) and _HAS_NUMBER.search(m.group(0)):
                found.append(Quantity(m.group(0).strip(), kind, False, m.start(), m.end()))
    return found


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


def value_of(words: str) -> float | None:
    """The value of a number as written: "2M" 2e6, "1.5 lakh" 150000, "12 000" 12000,
    "2,4 Mio." 2400000, "twenty" 20; None when the words hold no number."""
    text = words.strip().rstrip("+").lower()
    m = re.match(r"([\d.,\u202f\u2009\u00a0 ]*\d)\s?([a-zõ]*)", text)
    if m is None:
        return _word_value(text)
    digits, suffix = m.group(1), m.group(2)
    return _digit_value(digits) * _SCALE.get(suffix, 1.0)


def _digit_value(digits: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:,\d{2})+,\d{3}", digits):  # Indian grouping
        return float(digits.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:[,.\u202f\u2009\u00a0 ]\d{3})+", digits):
        return float(re.sub(r"\D", "", digits))
    last = max(digits.rfind(","), digits.rfind("."))
    if last < 0:
        return float(re.sub(r"\D", "", digits))
    whole, fraction = re.sub(r"\D", "", digits[:last]), digits[last + 1 :]
    return float(f"{whole or 0}.{fraction}")


def _word_value(text: str) -> float | None:
    total, found = 0.0, False
    for token in re.findall(r"[a-z]+", text):
        value = _WORD_VALUES.get(token)
        if value is None:
            continue
        found = True
        total = (total or 1) * value if value in (100, 1000) else total + value
    return total if found else None
