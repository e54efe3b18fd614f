"""The kinds of result a quantity can show ("percent", "money", "multiple", "change"...): one
rule each, matched by levelset.proof.quantities after the numbers that are not results."""

from __future__ import annotations

from levelset.proof.alternatives import Alternatives
from levelset.proof.numbers import CUR_AFTER, CUR_BEFORE, DIGITS, MULT, NUMBER, WORDS

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
_ADOPTERS = (
    r"teams|companies|organi[sz]ations|orgs|governments|universities|banks|hospitals|partners|"
    r"regulators|runtimes|frameworks|labs|products|product lines|business units|divisions|"
    r"groups|services|customers|projects|papers"
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
MULTIPLE = (
    rf"(?:{DIGITS})\s?(?:x|×)(?![\w])|(?:{DIGITS})[- ]?fold\b|\b(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|hundred)fold\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)[- ]"
    r"fold\b|\b(?:doubl|tripl|quadrupl|halv)(?:ed|ing|es)\b|\borders? of magnitude\b"
)
_FREQ = (
    r"(?:hourly|daily|weekly|monthly|quarterly|yearly|annual|real[- ]time|minutes|hours|days|"
    r"weeks|months)"
)

_RESULTS: list[tuple[str, str]] = [
    (
        "percent",
        rf"(?:{NUMBER})\s?(?:%|percent\b|per cent\b|pp\b|percentage points?\b|"
        r"basis points\b|bps\b)",
    ),
    (
        "money",
        rf"{CUR_BEFORE}\s?(?:{DIGITS}){MULT}?\+?|(?:{DIGITS}){MULT}?\s?{CUR_AFTER}|"
        rf"{CUR_BEFORE}\s?(?:{WORDS})\s(?:thousand|million|billion|lakh|crore)",
    ),
    ("multiple", MULTIPLE),
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
        rf"\bfrom (?:about |around |over |under |roughly |nearly )?(?:{CUR_BEFORE}\s?)?"
        rf"(?:{NUMBER}|an?|{_FREQ}\b)[^,;]{{0,25}}?\bto (?:about |around |under |below |over )?"
        rf"(?:{CUR_BEFORE}\s?)?(?:{NUMBER}|an?\b|{_FREQ}\b|every)|"
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
RESULTS = [(kind, Alternatives(p)) for kind, p in _RESULTS]
# words without one of which a kind cannot match (in lower case), tested before its search
NEEDS = {
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
