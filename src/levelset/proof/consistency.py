"""One story across channels: the same roles and claims in the resume, LinkedIn and stories.

Roles are matched by company name, claims by their words (lexical by default, semantic when
the optional model is available). Reported: contradictions of titles, dates and numbers, and
roles or measured claims that appear in one channel only.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from levelset.patterns import compiled
from levelset.proof.dates import months_apart
from levelset.proof.features import extract, metric_spans
from levelset.proof.model import Bullet, Channel, Materials, Position
from levelset.proof.roles import level_words, normalise
from levelset.proof.scoring import score
from levelset.proof.semantic import Similarity

COMPANY_MATCH = 85
TITLE_MATCH = 70
CLAIM_MATCH = 62
DATE_SLACK_MONTHS = 2
_COMPANY_NOISE = compiled(r"\b(?:inc|llc|ltd|limited|corp|corporation|co|gmbh|sa|plc|ag|the)\b\.?")
_STOP = {
    "the",
    "a",
    "an",
    "and",
    "of",
    "to",
    "for",
    "with",
    "by",
    "in",
    "on",
    "from",
    "that",
    "our",
    "my",
}


@dataclass(frozen=True)
class Finding:
    """One observation: kind is "contradiction", "one_channel" or "match"."""

    kind: str
    subject: str  # "title", "dates", "number", "role", "claim"
    message: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Consistency:
    channels: tuple[str, ...]
    findings: tuple[Finding, ...]
    matcher: str

    @property
    def contradictions(self) -> list[Finding]:
        return [f for f in self.findings if f.kind == "contradiction"]

    @property
    def one_channel(self) -> list[Finding]:
        return [f for f in self.findings if f.kind == "one_channel"]

    @property
    def matches(self) -> list[Finding]:
        return [f for f in self.findings if f.kind == "match"]

    def to_dict(self) -> dict[str, object]:
        return {
            "channels": list(self.channels),
            "matcher": self.matcher,
            "contradictions": self.contradictions,
            "one_channel": self.one_channel,
            "matches": self.matches,
        }


def check(
    materials: Materials, similarity: Similarity | None = None, note: str = ""
) -> Consistency:
    """Compare every pair of documents from different channels."""
    findings: list[Finding] = []
    for group in _role_groups(materials.positions()):
        findings.extend(_compare_roles(group, len(_channels_with_roles(materials))))
    findings.extend(_compare_claims(materials.bullets(), similarity))
    channels = tuple(sorted(c.value for c in materials.channels()))
    return Consistency(channels, tuple(findings), note or ("semantic" if similarity else "lexical"))


def company_key(name: str) -> str:
    return " ".join(_COMPANY_NOISE.sub(" ", name.lower().replace(",", " ")).split())


def _channels_with_roles(materials: Materials) -> set[Channel]:
    return {d.channel for d in materials.documents if d.positions}


def _role_groups(positions: list[Position]) -> list[list[Position]]:
    groups: list[list[Position]] = []
    for position in positions:
        key = company_key(position.company)
        for group in groups:
            if key and fuzz.ratio(key, company_key(group[0].company)) >= COMPANY_MATCH:
                group.append(position)
                break
        else:
            groups.append([position])
    return groups


def _compare_roles(group: list[Position], channels_with_roles: int) -> list[Finding]:
    sources = sorted({p.origin.source for p in group})
    first = group[0]
    if len(sources) < 2:
        message = f"{first.label} appears only in {first.origin.source}"
        lone = Finding("one_channel", "role", message, (str(first.origin),))
        return [lone] if channels_with_roles >= 2 else []
    found: list[Finding] = []
    for a, b in combinations(group, 2):
        if a.origin.source != b.origin.source:
            found.extend(_title_finding(a, b))
            found.extend(_date_findings(a, b))
    message = f"{first.label} matches in {', '.join(sources)}"
    return found or [Finding("match", "role", message, tuple(sources))]


def _title_finding(a: Position, b: Position) -> list[Finding]:
    similar = fuzz.token_sort_ratio(normalise(a.title), normalise(b.title)) >= TITLE_MATCH
    if similar and level_words(a.title) == level_words(b.title):
        return []
    message = (
        f"title at {a.company}: {a.title!r} in {a.origin.source} "
        f"but {b.title!r} in {b.origin.source}"
    )
    return [Finding("contradiction", "title", message, (str(a.origin), str(b.origin)))]


def _date_findings(a: Position, b: Position) -> list[Finding]:
    found = []
    for label, one, two in (("start", a.start, b.start), ("end", a.end, b.end)):
        differs = (one is None) != (two is None) if label == "end" else False
        if one and two and months_apart(one, two) > DATE_SLACK_MONTHS:
            differs = True
        if differs:
            first = one.strftime("%b %Y") if one else "present"
            second = two.strftime("%b %Y") if two else "present"
            message = (
                f"{label} date at {a.company}: {first} in {a.origin.source} "
                f"but {second} in {b.origin.source}"
            )
            found.append(Finding("contradiction", "dates", message, (str(a.origin), str(b.origin))))
    return found


_TERMS = compiled(r"[a-z][a-z0-9+#-]*")


def _words(text: str) -> str:
    kept = [w for w in _TERMS.findall(text.lower()) if w not in _STOP]
    return " ".join(kept)


def _similarity(text: str, others: list[str], semantic: Similarity | None) -> list[float]:
    if semantic is not None:
        return semantic(text, others)
    mine = _words(text)
    return [
        (fuzz.token_set_ratio(mine, _words(o)) + fuzz.token_sort_ratio(mine, _words(o))) / 2
        for o in others
    ]


def _compare_claims(bullets: list[Bullet], semantic: Similarity | None) -> list[Finding]:
    measured = [b for b in bullets if extract(b.text).has_metric]
    channels = {b.channel for b in bullets}
    if len(channels) < 2:
        return []
    found: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for claim in measured:
        others = [b for b in bullets if b.channel is not claim.channel]
        scores = _similarity(claim.text, [o.text for o in others], semantic)
        best = max(zip(scores, range(len(others)), strict=True), default=(0.0, -1))
        if best[0] < CLAIM_MATCH:
            found.append(_one_channel(claim))
            continue
        other = others[best[1]]
        pair = tuple(sorted((str(claim.origin), str(other.origin))))
        if pair not in seen:
            seen.add((pair[0], pair[1]))
            found.extend(_number_findings(claim, other))
    return found


DUPLICATE = 80


def distinct_claims(bullets: list[Bullet]) -> list[Bullet]:
    """The bullets with repeats across channels removed, one telling of each claim kept.

    The same claim on the resume and on LinkedIn is one piece of evidence, not two; a story
    retelling a bullet with the same measured values is the same claim too. Of the tellings,
    the one that scores higher is kept (the resume's on a tie, then LinkedIn's).
    """
    order = list(Channel)
    kept: list[Bullet] = []
    values: list[set[str]] = []  # measured values of each kept bullet, read once
    points: dict[str, int] = {}
    for bullet in sorted(bullets, key=lambda b: order.index(b.channel)):
        scores = _similarity(bullet.text, [k.text for k in kept], None)
        mine = _metric_values(bullet.text)
        same = [
            i
            for i in range(len(kept))
            if scores[i] >= DUPLICATE or len(mine & values[i]) >= SAME_NUMBERS
        ]
        if not same:
            kept.append(bullet)
            values.append(mine)
        elif _points(bullet.text, points) > _points(kept[same[0]].text, points):
            kept[same[0]], values[same[0]] = bullet, mine  # the fuller telling is the evidence
    return kept


def _points(text: str, cache: dict[str, int]) -> int:
    if text not in cache:  # repeats across channels are scored once per call
        cache[text] = score(extract(text)).points
    return cache[text]


SAME_NUMBERS = 2  # two identical measured values ("120 ms", "35 ms"): the same claim retold


def _metric_values(text: str) -> set[str]:
    """The measured values of a text with their kind ("latency:120", "latency:35")."""
    return {f"{kind}:{v}" for kind, spans in _numbers(text).items() for v in _values(spans)}


def _one_channel(claim: Bullet) -> Finding:
    short = claim.text if len(claim.text) <= 90 else claim.text[:87] + "..."
    message = f"measured claim only in {claim.channel.value}: {short!r}"
    return Finding("one_channel", "claim", message, (str(claim.origin),))


def _number_findings(a: Bullet, b: Bullet) -> list[Finding]:
    mine, theirs = _numbers(a.text), _numbers(b.text)
    shared = set(mine) & set(theirs)
    if shared and all(_values(mine[k]).isdisjoint(_values(theirs[k])) for k in shared):
        kind = sorted(shared)[0]
        message = (
            f"numbers differ for the same claim: {', '.join(mine[kind])} in {a.origin.source} "
            f"but {', '.join(theirs[kind])} in {b.origin.source}"
        )
        return [Finding("contradiction", "number", message, (str(a.origin), str(b.origin)))]
    where = f"{a.channel.value} and {b.channel.value}"
    return [Finding("match", "claim", f"claim found in {where}", (str(a.origin), str(b.origin)))]


_NUMBER_TEXT = compiled(r"\d[\d,]*(?:\.\d+)?")


def _values(spans: list[str]) -> set[str]:
    return {n for span in spans for n in _NUMBER_TEXT.findall(span)}


def _numbers(text: str) -> dict[str, list[str]]:
    """The metric spans of a text by kind ("percent": ["38%"])."""
    found: dict[str, list[str]] = {}
    for kind, words in metric_spans(text):
        found.setdefault(kind, []).append(words)
    return found
