"""What one bullet or story proves: metrics, outcome wording, scope, ownership, reach, ML proof.

Lexical rules, deliberately simple and measured: tests/proof/labelled holds a labelled set and
docs/proof.md the precision and recall of every feature on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from levelset.patterns import compiled
from levelset.proof.not_results import NOT_RESULTS
from levelset.proof.numbers import NUMBER
from levelset.proof.quantities import quantities, results


class Scope(StrEnum):
    """How far the effect of a piece of work reached."""

    SELF = "self"
    TEAM = "team"
    SEVERAL_TEAMS = "several_teams"
    ORGANISATION = "organisation"
    COMPANY = "company"
    INDUSTRY = "industry"

    @property
    def rank(self) -> int:
        return list(Scope).index(self)


class Wording(StrEnum):
    OUTCOME = "outcome"  # says what changed
    TASK = "task"  # says what one was assigned ("responsible for", "worked on")
    ACTIVITY = "activity"  # says what one did, not what changed


# counts of whom or what the work reached: numbers even where the reader reads no result in them
_REACH_KINDS = frozenset({"adoption", "people", "volume", "uptake"})
# what a number names when it is surely no result: a date, a version, a model, a level, a
# target, a tenure, one's own team or workload; an attribute, a share, a frequency or a sum held
# may hide one ("a 40-minute job") and is named back in the advice rather than asked for again
# (issue 12: never ask for a number that is there)
_MAY_COUNT = frozenset({"attribute", "frequency", "own share", "held", "budget"})
_NAMING = frozenset(kind for kind, _ in NOT_RESULTS) - _MAY_COUNT
# a number with the words it counts ("60K+ open deals"), for numbers no rule reads; a word
# that is itself a number ("0 1.0") is never one of them, or the number would be cut
_FIGURE = compiled(
    rf"(?:{NUMBER})(?![.,]?\d)(?:\s(?!\d)(?!(?:of|in|to|for|by|at|on|and|or|with|from|the|a|an|per|each|every|"
    r"across|into|over|than|as|is|are|was|were)\b)[\w'’&-]+){0,2}",
    re.IGNORECASE,
)
_ONE = compiled(r"one\b(?! and a half)", re.IGNORECASE)
# a figure that opens a proper name of title-case words counts nothing: "11 Alive News" (a TV
# station), "Channel 4 Weather Desk"; not "12 Airflow pipelines" nor "4 VPCs"
_NAMED = compiled(r"\S+\s(?-i:[A-Z][a-z]+\s[A-Z][a-z]+)$", re.IGNORECASE)
_NUM = r"\d[\d,]*(?:\.\d+)?"
_VOLUME_NOUNS = (
    r"users|customers|members|requests|queries|predictions|events|records|rows|transactions|"
    r"orders|tokens|images|documents|calls|sessions|merchants|sellers|listings|items|downloads|"
    r"installs|visits|subscribers|clients|applications|tickets|alerts|incidents|stars|citations|"
    r"papers|agents|employees|stores|countries|markets|languages|models|uploads|labels"
)
_METRICS = [
    ("percent", rf"{_NUM}\s?(?:%|percent\b|pp\b|percentage points?)"),
    (
        "money",
        rf"(?:[$€£]\s?{_NUM}\s?(?:[kmb]n?|million|billion|thousand)?|"
        rf"{_NUM}\s?(?:[kmb]|million|billion)?\s?(?:usd|eur|gbp|dollars)\b)",
    ),
    (
        "multiple",
        rf"(?:{_NUM}\s?(?:x|×)(?![a-z])|{_NUM}-fold|\b(?:doubl|tripl|quadrupl|halv)(?:ed|ing)\b)",
    ),
    ("change", rf"\bfrom \$?{_NUM}\s?[a-z%]{{0,8}} to \$?{_NUM}"),
    (
        "time",
        rf"{_NUM}\s?(?:ms|milliseconds?|s|sec|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?"
        r"|months?)\b",
    ),
    (
        "volume",
        rf"{_NUM}\s?(?:[kmb]\+?|million|billion|thousand)?\+?\s+(?:\w+[ -])?(?:{_VOLUME_NOUNS})\b",
    ),
    (
        "throughput",
        rf"{_NUM}\s?(?:[kmb])?\s?(?:qps|rps|tps|req/s|/s|per second|per day|a day|/day|tb|gb|pb)\b",
    ),
    (
        "accuracy",
        r"\b(?:auc|f1|precision|recall|ndcg|map|accuracy|bleu|wer|mrr)\b"
        r"(?:[^.;]|\.(?=\d)){0,40}?\d+(?:\.\d+)?",
    ),
]
METRICS = [(kind, compiled(p, re.IGNORECASE)) for kind, p in _METRICS]
_FRAMING = {"change", "accuracy"}  # they frame numbers that other kinds usually name better

_TASK = compiled(
    r"\b(?:responsible for|worked on|working on|helped(?: with| to)?|helping|"
    r"assisted(?: with| in)?|"
    r"participated in|involved in|tasked with|duties included|contributed to|was part of|"
    r"supported|in charge of|worked (?:closely )?with)\b",
    re.IGNORECASE,
)
_OUTCOME = compiled(
    r"\b(?:reduc\w*|increas\w*|improv\w*|cut|cutting|grew|grow\w*|sav(?:ed|ing)|rais\w*|lower\w*|"
    r"boost\w*|accelerat\w*|eliminat\w*|doubl\w*|tripl\w*|halv\w*|decreas\w*|lift\w*|"
    r"unblock\w*|enabl\w*|generat\w* \$|won|prevent\w*|recover\w*|shortened|sped up|speeding up|"
    r"freed|avoid\w*|resolv\w*|achiev\w*|outperform\w*|beat|rose|risen|dropped|fell|climbed|"
    r"jumped|went from|catch(?:es|ing)|caught|driv(?:es|ing) [$\d]|"
    r"add(?:ed|ing) (?:an? )?(?:estimated )?[$\d])",
    re.IGNORECASE,
)
_VAGUE = compiled(
    r"\b(?:significantly|greatly|dramatically|massively|substantially|hugely|vastly|"
    r"huge|massive|tremendous|major|key|various|numerous|many)\b",
    re.IGNORECASE,
)

_SCOPE_RULES: list[tuple[Scope, str]] = [
    (
        Scope.INDUSTRY,
        # a venue or a conference named is reach, not the field's scope: presenting or publishing
        # there is senior at most (tests/corpus/bullets/RULES.md); citations and adoption are
        r"industry|open[- ]sourced?|external (?:developers|community)|other companies|"
        r"the community|github stars|\d[\d,.]*k?\+? (?:github )?stars|adopted by \w+ companies|"
        r"cited",
    ),
    (
        Scope.COMPANY,
        r"company[- ]wide|companywide|across the company|entire company|whole company|"
        r"every (?:\w+ )?(?:team|product|engineer)|all (?:teams|products|engineers|business units)|"
        r"cto|ceo|board|executive|exec team|firm[- ]wide|all product lines|company-level|"
        r"for the (?:whole )?company",
    ),
    (
        Scope.ORGANISATION,
        r"organi[sz]ation|org|org[- ]wide|division|department|\w+ (?:org|group)|vp|director|"
        r"(?:five|six|seven|eight|nine|ten|twelve|fifteen|twenty|dozens? of|[5-9]|\d{2,})\+? "
        r"(?:\w+ )?(?:teams|squads)",
    ),
    (
        Scope.SEVERAL_TEAMS,
        r"cross[- ](?:team|functional)|several teams|multiple teams|other teams|"
        r"partner teams|teams across|(?:two|three|four|[2-4])\+? (?:\w+ )?teams|across teams|"
        r"(?:with|across|between) (?:the )?\w+(?:,? (?:and )?\w+)* (?:and|&) \w+ teams|"
        r"(?:with|alongside|partner(?:ed|ing)? with) (?:the )?(?:\w+ ){1,2}teams?|teams(?! of)",
    ),
    (
        Scope.TEAM,
        r"team|squad|our (?:service|pipeline|model|system)|teammates|on-call|"
        r"(?:mentor\w*|coach\w*|hired|onboarded|saving|for) (?:\w+ ){0,2}"
        r"(?:engineers|analysts|scientists|hires|teammates|colleagues|agents)",
    ),
]
SCOPE_PATTERNS = [
    (scope, compiled(rf"\b(?:{p})(?!\w)", re.IGNORECASE)) for scope, p in _SCOPE_RULES
]

_LEADERSHIP = compiled(
    r"\b(?:led(?! to\b)|lead(?:ing)?|owned|own(?:ing)?|drove|driv(?:e|ing)|mentor(?:ed|ing)?|"
    r"coach(?:ed|ing)|managed|manag(?:e|ing)|hired|recruited|grew (?:the|a) team|"
    r"built (?:and led )?(?:the|a) team|founded|established|spearhead\w*|champion\w*|"
    r"set (?:the )?(?:[\w-]+ ){0,3}(?:direction|strategy|roadmap|vision)|"
    r"defined (?:the )?(?:[\w-]+ ){0,3}(?:strategy|roadmap|vision|architecture|standards?)|"
    r"tech lead|architected|initiated|directed|headed|oversaw|sponsored|onboarded)\b",
    re.IGNORECASE,
)
_DIRECTION = compiled(
    r"\b(?:set (?:the )?(?:[\w-]+ ){0,3}(?:direction|strategy|roadmap|vision)|"
    r"defined (?:the )?(?:[\w-]+ ){0,3}(?:strategy|roadmap|vision|architecture|standards?)|"
    r"architected|redesign(?:ed)?|design(?:ed)? (?:the )?(?:\w+ )?(?:architecture|platform|system)|"
    r"technical direction|tech(?:nical)? strategy|roadmap|rfc|design review|standardi[sz]\w*|"
    r"from scratch|zero[- ]to[- ]one|0 to 1|ambiguous|new (?:area|product line)|"
    r"first \w+ (?:model|system)|strategy)\b",
    re.IGNORECASE,
)
_PARTNERS = (
    r"platform|product|research|infrastructure|infra|data(?: engineering| science)?|sre|security|"
    r"design|sales|marketing|finance|legal|operations|ops|support|payments|search|ads|trust|"
    r"privacy|analytics|mobile|backend|frontend|hardware|compliance|policy|growth|risk|fraud"
)
_REACH = compiled(
    rf"(?:cross[- ](?:team|functional)|partner(?:ed|ing)? with|stakeholders|"
    rf"\b(?P<partner>{_PARTNERS})(?:,? (?:and|&) (?:{_PARTNERS}))? (?:teams?|orgs?|partners|"
    rf"engineers|leads|stakeholders|groups?|counterparts)\b|"
    # "with product and design;": partner functions named after "with", ending the phrase
    rf"\bwith (?:the )?(?:{_PARTNERS})(?:,? (?:and|&) (?:the )?(?:{_PARTNERS}))+(?=[,;.:]|$))",
    re.IGNORECASE,
)
_ML_CONTEXT = compiled(
    r"\b(?:model|models|ml|machine learning|training|trained|inference|llms?|embeddings?|"
    r"recommend\w*|ranking|classifier|neural|transformers?|fine[- ]tun\w*|features? store|"
    r"deep learning|nlp|computer vision|gpu|gpus|pytorch|tensorflow|xgboost|bert|gpt|rag|"
    r"forecast\w*|detection|retrieval|personali[sz]\w*|speech|word error rate|two-tower)\b",
    re.IGNORECASE,
)
_MODEL = compiled(r"\b(?:model|classifier|ranker|forecast\w*)\b", re.IGNORECASE)
_ML_PROOF = [
    (
        "production",
        r"\bproduction\w*|\bdeployed\b|\bshipped\b|\bserv(?:ing|ed|es|e)\b|\blaunch\w*|"
        r"\bonline\b|\breal[- ]time\b",
    ),
    (
        "scale",
        # a number starts only where a run of digits, commas and dots starts (any digit in it),
        # taken whole: a 4,300-digit number is one try, not 4,300 backtracking ones
        r"(?<![\d,.])[,.]*+\d[\d,.]*+\s?(?:[kmb]|million|billion)?\+?\s?"
        r"(?:gpus?|tpus?|parameters|params|tokens|"
        r"examples|images|qps|rps|predictions|requests per second|tb|pb)\b|"
        r"\bdistributed (?:data parallel )?training\b|\b\d+[bm]-parameter",
    ),
    (
        "experiment",
        r"\ba/b\b|\bexperiments?\b|\bonline test|\bholdout\b|\bablations?\b|\boffline eval\w*",
    ),
    (
        "paper",
        # "published" alone is not a paper ("published a plugin"): only with a paper's words
        r"\bpapers?\b|\bpublications?\b|\bneurips\b|\bicml\b|\biclr\b|\bcvpr\b|\bkdd\b|"
        r"\bacl\b|\bemnlp\b|\bpatents?\b|\bpreprint\b|\bpublished (?:in|at) (?:the |an? )?"
        r"(?:[\w-]+ ){0,3}(?:journal|proceedings|conference|workshop|symposium)\b",
    ),
]
ML_PROOF = [(kind, compiled(p, re.IGNORECASE)) for kind, p in _ML_PROOF]


@dataclass(frozen=True)
class Features:
    """The evidence found in one piece of text, each with the words that showed it."""

    metrics: tuple[str, ...]
    metric_kinds: tuple[str, ...]
    wording: Wording
    task_phrase: str | None
    vague: tuple[str, ...]
    scope: Scope
    scope_evidence: str | None
    leadership: tuple[str, ...]
    direction: tuple[str, ...]
    cross_team: tuple[str, ...]
    ml: tuple[str, ...]
    # the numbers the reader sees that could measure the work, whatever a verdict says of them:
    # its results, else counts of whom or what it reached ("nine teams"); never dates or team
    # sizes. `counted` says they are such counts, which need saying what changed for them
    numbers: tuple[str, ...] = ()
    counted: bool = False

    @property
    def has_metric(self) -> bool:
        return bool(self.metrics)

    @property
    def has_leadership(self) -> bool:
        return bool(self.leadership)

    @property
    def has_cross_team(self) -> bool:
        return bool(self.cross_team)

    @property
    def has_ml_proof(self) -> bool:
        return bool(self.ml)


_KNOWN: dict[str, Features] = {}  # texts whose features were read earlier (`remember`)
_SPANS: dict[str, tuple[tuple[str, str], ...]] = {}  # and their metric spans, when given
_KNOWN_AT_MOST = 5000  # a long-lived server forgets them all past this many texts


def remember(text: str, features: Features, spans: Sequence[tuple[str, str]] | None = None) -> None:
    """Have `extract(text)` give `features` (and `metric_spans(text)` give `spans`, when
    given): what a reading kept in the store already found for this text
    (app.proof_analysis), so the checks that read a bullet again in the same command
    (consistency, checklist, scan) do not run the rules on it again."""
    if len(_KNOWN) >= _KNOWN_AT_MOST:
        forget()
    _KNOWN[text] = features
    if spans is not None:
        _SPANS[text] = tuple((kind, words) for kind, words in spans)


def forget() -> None:
    """Forget every text `remember` was given: `extract` runs the rules on each again."""
    _KNOWN.clear()
    _SPANS.clear()


def extract(text: str) -> Features:
    """Every feature of one bullet or story text."""
    known = _KNOWN.get(text)
    if known is not None:
        return known
    metrics, kinds = _metrics(text)
    task = _TASK.search(text)
    wording = _wording(text, task, bool(metrics))
    scope, scope_word = _scope(text)
    return Features(
        metrics=metrics,
        metric_kinds=kinds,
        wording=wording,
        task_phrase=task.group(0) if task else None,
        vague=tuple(dict.fromkeys(m.group(0).lower() for m in _VAGUE.finditer(text))),
        scope=scope,
        scope_evidence=scope_word,
        leadership=_unique(_LEADERSHIP, text),
        direction=_unique(_DIRECTION, text),
        cross_team=_reach(text),
        ml=_ml(text, bool(metrics) and wording is Wording.OUTCOME),
        numbers=metrics or _counts(text) or _unread(text),
        counted=not metrics,
    )


def metric_spans(text: str) -> list[tuple[str, str]]:
    """(kind, words) of each quantified result, without overlaps: "120 ms" and "35 ms" rather
    than "from 120 ms to 35 ms" when both sides carry units; dates, versions, names, level codes,
    tenure, team sizes and targets are not results (levelset.proof.quantities)."""
    known = _SPANS.get(text)
    if known is not None:
        return list(known)
    return [(q.kind, q.words) for q in results(text)]


def _counts(text: str) -> tuple[str, ...]:
    return tuple(q.words for q in quantities(text) if q.kind in _REACH_KINDS)


def _unread(text: str) -> tuple[str, ...]:
    """Numbers the reader reads neither as a result nor as naming something (a date, a version,
    a tenure): "60K+ open deals", "four hours", with the words they count."""
    named = [(q.start, q.end) for q in quantities(text) if q.kind in _NAMING]
    found = []
    for m in _FIGURE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in named):
            continue
        if _NAMED.match(m.group(0)):
            continue
        if not _ONE.match(m.group(0)):  # "one of the", "one-off": no count
            found.append(m.group(0).strip())
    return tuple(found)


def _metrics(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = results(text)
    return tuple(q.words for q in found), tuple(dict.fromkeys(q.kind for q in found))


_FROM_TO = compiled(r"\bfrom\b.+\bto\b")


def _wording(text: str, task: re.Match[str] | None, has_metric: bool) -> Wording:
    outcome = _OUTCOME.search(text)
    if task is not None and (
        outcome is None or (outcome.start() > task.start() and not has_metric)
    ):
        return Wording.TASK
    if outcome is not None or (has_metric and _FROM_TO.search(text)):
        return Wording.OUTCOME
    return Wording.ACTIVITY


def _scope(text: str) -> tuple[Scope, str | None]:
    for scope, pattern in SCOPE_PATTERNS:
        match = pattern.search(text)
        if match:
            return scope, match.group(0)
    return Scope.SELF, None


def _unique(pattern: re.Pattern[str], text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(0).lower() for m in pattern.finditer(text)))


def _reach(text: str) -> tuple[str, ...]:
    found = [m.group(0).lower() for m in _REACH.finditer(text)]
    return tuple(dict.fromkeys(found))


def _ml(text: str, measured_outcome: bool) -> tuple[str, ...]:
    kinds = [kind for kind, pattern in ML_PROOF if pattern.search(text)]
    if measured_outcome and not kinds and _MODEL.search(text):
        kinds.append("measured_result")  # a model whose effect was measured was in use
    if "paper" in kinds:
        return tuple(kinds)
    return tuple(kinds) if _ML_CONTEXT.search(text) else ()
