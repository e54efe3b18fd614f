"""What one bullet or story proves: metrics, outcome wording, scope, ownership, reach, ML proof.

Lexical rules, deliberately simple and measured: tests/proof/labelled holds a labelled set and
docs/proof.md the precision and recall of every feature on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


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


_NUM = r"\d[\d,]*(?:\.\d+)?"
_METRICS = [
    ("percent", rf"{_NUM}\s?(?:%|percent\b|pp\b|percentage points?)"),
    ("money", rf"(?:[$€£]\s?{_NUM}\s?(?:[kmb]n?|million|billion|thousand)?|{_NUM}\s?(?:[kmb]|million|billion)?\s?(?:usd|eur|gbp|dollars)\b)"),
    ("multiple", rf"(?:{_NUM}\s?(?:x|×)(?![a-z])|{_NUM}-fold|\b(?:doubled|tripled|quadrupled|halved)\b)"),
    ("time", rf"{_NUM}\s?(?:ms|milliseconds?|s|sec|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b"),
    ("volume", rf"{_NUM}\s?(?:[kmb]\+?|million|billion|thousand)?\+?\s+(?:\w+[ -])?(?:users|customers|members|requests|queries|predictions|events|records|rows|transactions|orders|tokens|images|documents|calls|sessions|merchants|sellers|listings|items|downloads|installs|visits|subscribers|clients|applications|tickets|alerts|incidents|stars|citations)\b"),
    ("throughput", rf"{_NUM}\s?(?:[kmb])?\s?(?:qps|rps|tps|req/s|/s|per second|per day|a day|/day|tb|gb|pb)\b"),
    ("accuracy", rf"\b(?:auc|f1|precision|recall|ndcg|map|accuracy|bleu|wer|mrr)\b[^.;]{{0,25}}?\d"),
]
METRIC = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _METRICS), re.IGNORECASE)

_TASK = re.compile(
    r"\b(?:responsible for|worked on|working on|helped(?: with| to)?|helping|assisted(?: with| in)?|"
    r"participated in|involved in|tasked with|duties included|contributed to|was part of|"
    r"supported|in charge of)\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(?:reduc\w*|increas\w*|improv\w*|cut|cutting|grew|grow\w*|sav(?:ed|ing)|rais\w*|lower\w*|boost\w*|"
    r"accelerat\w*|eliminat\w*|doubled|tripled|halved|decreas\w*|lift\w*|drove \w+ (?:up|down)|"
    r"unblock\w*|enabl\w*|generat\w* \$|won|prevent\w*|recover\w*|shortened|sped up|speeding up|"
    r"freed|avoid\w*|resolv\w*|achiev\w*|outperform\w*|beat)\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:significantly|greatly|dramatically|massively|substantially|hugely|vastly|"
    r"huge|massive|tremendous|major|key|various|numerous|many)\b",
    re.IGNORECASE,
)

_SCOPE_RULES: list[tuple[Scope, str]] = [
    (Scope.INDUSTRY, r"industry|open[- ]sourced?|external (?:developers|community)|other companies|"
     r"\bthe community\b|neurips|icml|iclr|cvpr|kdd|acl|emnlp|conference|standard (?:body|for)|"
     r"github stars|\d[\d,.]*k?\+? stars|adopted by \w+ companies|cited"),
    (Scope.COMPANY, r"company[- ]wide|companywide|across the company|entire company|whole company|"
     r"every (?:team|product|engineer)|all (?:teams|products|engineers|business units)|"
     r"cto|ceo|board|executive|exec team|firm[- ]wide|all product lines|company's|company-level"),
    (Scope.ORGANISATION, r"organi[sz]ation|\borg\b|org[- ]wide|division|department|"
     r"(?:the )?\w+ (?:org|group)\b|vp\b|director|"
     r"\b(?:five|six|seven|eight|nine|ten|twelve|fifteen|twenty|dozens? of|[5-9]|\d{2,})\+? "
     r"(?:\w+ )?(?:teams|squads)"),
    (Scope.SEVERAL_TEAMS, r"cross[- ](?:team|functional)|several teams|multiple teams|other teams|"
     r"partner teams|teams across|\b(?:two|three|four|[2-4])\+? (?:\w+ )?teams|across teams|"
     r"(?:with|across|between) (?:the )?\w+(?:,? (?:and )?\w+)* (?:and|&) \w+ teams|"
     r"teams\b(?! of)"),
    (Scope.TEAM, r"\bteam\b|\bsquad\b|our (?:service|pipeline|model|system)|teammates|"
     r"on-call|the team's|team of \d+"),
]
SCOPE_PATTERNS = [(scope, re.compile(p, re.IGNORECASE)) for scope, p in _SCOPE_RULES]

_LEADERSHIP = re.compile(
    r"\b(?:led|lead(?:ing)?|owned|own(?:ing)?|drove|driv(?:e|ing)|mentor(?:ed|ing)?|coach(?:ed|ing)|"
    r"managed|manag(?:e|ing)|hired|recruited|grew (?:the|a) team|built (?:and led )?(?:the|a) team|"
    r"founded|established|spearhead\w*|champion\w*|set (?:the )?(?:technical )?direction|"
    r"defined (?:the )?(?:\w+ )?(?:strategy|roadmap|vision|architecture)|tech lead|"
    r"architected|initiated|directed|headed|oversaw|sponsored|onboarded)\b",
    re.IGNORECASE,
)
_DIRECTION = re.compile(
    r"\b(?:set (?:the )?(?:technical )?direction|defined (?:the )?(?:\w+ )?(?:strategy|roadmap|vision|"
    r"architecture|standards?)|architected|redesign(?:ed)?|design(?:ed)? (?:the )?(?:\w+ )?(?:architecture|platform|"
    r"system)|technical direction|tech(?:nical)? strategy|roadmap|rfc|design review|standardi[sz]ed|"
    r"from scratch|zero[- ]to[- ]one|0 to 1|ambiguous|new (?:area|product line)|first \w+ (?:model|system)|"
    r"principal|strategy)\b",
    re.IGNORECASE,
)
_PARTNERS = (
    r"platform|product|research|infrastructure|infra|data(?: engineering| science)?|sre|security|"
    r"design|sales|marketing|finance|legal|operations|ops|support|payments|search|ads|trust|"
    r"privacy|analytics|mobile|backend|frontend|hardware|compliance|policy|growth|risk|fraud"
)
_REACH = re.compile(
    rf"(?:cross[- ](?:team|functional)|partner(?:ed|ing)? with|stakeholders|"
    rf"\b(?P<partner>{_PARTNERS})(?:,? (?:and|&) (?:{_PARTNERS}))? (?:teams?|orgs?|partners|"
    rf"engineers|leads|stakeholders|groups?|counterparts)\b)",
    re.IGNORECASE,
)
_ML_CONTEXT = re.compile(
    r"\b(?:model|models|ml|machine learning|training|trained|inference|llms?|embeddings?|"
    r"recommend\w*|ranking|classifier|neural|transformers?|fine[- ]tun\w*|features? store|"
    r"deep learning|nlp|computer vision|gpu|gpus|pytorch|tensorflow|xgboost|bert|gpt|rag|"
    r"forecast\w*|detection|retrieval)\b",
    re.IGNORECASE,
)
_ML_PROOF = [
    ("production", r"\b(?:to|in|into) production\b|\bdeployed\b|\bshipped\b|\bserv(?:ing|ed|es)\b|\blaunched\b|\bonline\b|\breal[- ]time\b"),
    ("scale", r"\d[\d,.]*\s?(?:[kmb]|million|billion)?\+?\s?(?:gpus?|tpus?|parameters|params|tokens|examples|images|qps|predictions|tb|pb)\b|\bdistributed training\b|\b\d+[bm]-parameter"),
    ("experiment", r"\ba/b\b|\bexperiments?\b|\bonline test|\bholdout\b|\bablations?\b|\boffline eval\w*"),
    ("paper", r"\bpapers?\b|\bpublished\b|\bneurips\b|\bicml\b|\biclr\b|\bcvpr\b|\bkdd\b|\bacl\b|\bemnlp\b|\bpatents?\b|\bpreprint\b"),
]
ML_PROOF = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _ML_PROOF]


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


def extract(text: str) -> Features:
    """Every feature of one bullet or story text."""
    metrics, kinds = _metrics(text)
    task = _TASK.search(text)
    scope, scope_word = _scope(text)
    return Features(
        metrics=metrics,
        metric_kinds=kinds,
        wording=_wording(text, task, bool(metrics)),
        task_phrase=task.group(0) if task else None,
        vague=tuple(dict.fromkeys(m.group(0).lower() for m in _VAGUE.finditer(text))),
        scope=scope,
        scope_evidence=scope_word,
        leadership=_unique(_LEADERSHIP, text),
        direction=_unique(_DIRECTION, text),
        cross_team=_reach(text),
        ml=_ml(text),
    )


def _metrics(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    spans, kinds = [], []
    for match in METRIC.finditer(text):
        kind = match.lastgroup or "number"
        spans.append(match.group(0).strip())
        kinds.append(kind)
    return tuple(spans), tuple(dict.fromkeys(kinds))


def _wording(text: str, task: re.Match[str] | None, has_metric: bool) -> Wording:
    outcome = _OUTCOME.search(text)
    if task is not None and (outcome is None or outcome.start() > task.start() and not has_metric):
        return Wording.TASK
    if outcome is not None or (has_metric and re.search(r"\bfrom\b.+\bto\b", text)):
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


def _ml(text: str) -> tuple[str, ...]:
    kinds = [kind for kind, pattern in ML_PROOF if pattern.search(text)]
    if "paper" in kinds:
        return tuple(kinds)
    return tuple(kinds) if _ML_CONTEXT.search(text) else ()
