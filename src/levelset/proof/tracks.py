"""The band one bullet supports, read from scope: the learned reading, the management track,
research impact (papers that are cited, open source others adopt, standards), and a clear reach.

Every band comes with the bullet's own words that carried it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from levelset.bands import Band
from levelset.patterns import compiled
from levelset.proof.features import Features, Scope
from levelset.proof.learned import Reading, read
from levelset.proof.numbers import NUMBER, value_of
from levelset.proof.uptake import top_venue_paper

SCOPE_BAND = {  # the band a reach supports when it is clear
    Scope.SELF: Band.ENTRY,
    Scope.TEAM: Band.MID,
    Scope.SEVERAL_TEAMS: Band.STAFF,
    Scope.ORGANISATION: Band.SENIOR_STAFF,
    Scope.COMPANY: Band.PRINCIPAL,
    Scope.INDUSTRY: Band.PRINCIPAL,
}

_MANAGERS: list[tuple[Band, str]] = [
    (
        Band.PRINCIPAL,
        r"\b(?:director|vp|vice president|head) of [\w &]+|\bchief \w+ officer\b|"
        r"\b(?:built|grew) and led the company's [\w ]+ (?:function|organi[sz]ation)",
    ),
    (
        Band.SENIOR_STAFF,
        r"\bmanag\w* (?:of )?(?:two|three|four|five|several|multiple|\d) teams\b|"
        r"\bmanager of managers\b|\b(?:engineering )?managers? (?:and|with) \d+ engineers\b|"
        r"\bsenior engineering manager\b|\b(?:three|four|five|\d) engineering managers\b",
    ),
    (
        Band.STAFF,
        rf"\bmanag(?:ed|ing|er of) (?:a |the )?(?:team of (?:{NUMBER})|(?:\w+ ){{0,3}}team)\b|"
        r"\bengineering manager\b",
    ),
]
MANAGERS = [(band, compiled(p, re.IGNORECASE)) for band, p in _MANAGERS]
_CITED = compiled(
    rf"(?:cited|citations)\D{{0,25}}?(?P<a>{NUMBER})|(?P<b>{NUMBER})\+? citations", re.IGNORECASE
)
_FIELD_ADOPTION = compiled(
    r"\b(?:used|adopted|built into|licensed)\b[^.;]{0,40}\b(?:companies|frameworks|runtimes|"
    r"labs|regulators|hugging face|spacy|pytorch|banks|projects)\b|\b(?:ieee|iso|w3c|onnx)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class BulletBand:
    """The band one bullet supports, its place on a continuous scale, and the words behind it."""

    band: Band
    rank: float
    words: tuple[str, ...]
    track: str  # "scope", "management", "research" or "reach"
    reading: Reading  # the learned reading the band started from


def bullet_band(text: str) -> BulletBand:
    """The highest of the learned reading and the management and research tracks."""
    reading = read(text)
    found = BulletBand(reading.band, reading.rank, reading.band_words, "scope", reading)
    for candidate in (_management(text, reading), _research(text, reading)):
        if candidate is not None and candidate.rank > found.rank:
            found = candidate
    return found


def _management(text: str, reading: Reading) -> BulletBand | None:
    for band, pattern in MANAGERS:
        match = pattern.search(text)
        if match:
            return BulletBand(band, float(band.rank), (match.group(0),), "management", reading)
    return None


def _research(text: str, reading: Reading) -> BulletBand | None:
    cited = _CITED.search(text)
    count = value_of(cited.group("a") or cited.group("b")) if cited else None
    adopted = _FIELD_ADOPTION.search(text)
    if count is not None and count >= 1000:
        return BulletBand(Band.PRINCIPAL, 6.0, (cited.group(0),), "research", reading)  # type: ignore[union-attr]
    if adopted and count is not None and count >= 100:
        return BulletBand(Band.PRINCIPAL, 6.0, (adopted.group(0),), "research", reading)
    if adopted or (count is not None and count >= 100):
        words = adopted.group(0) if adopted else cited.group(0)  # type: ignore[union-attr]
        return BulletBand(Band.SENIOR_STAFF, 5.0, (words,), "research", reading)
    paper = top_venue_paper(text)  # accepted, neither cited nor adopted yet: senior (RULES.md)
    if paper:
        return BulletBand(Band.SENIOR, float(Band.SENIOR.rank), (paper,), "research", reading)
    return None


def reach_track(found: BulletBand, features: Features) -> BulletBand:
    """A clear reach lifts the band to what that reach supports, number or not.

    Clear: the bullet leads (the leadership verdict) work that reaches beyond the team (the
    cross-team verdict) at a named scope of several teams or wider. On the tuning half's
    cross-validated bands this raised exact bands from 60.6% to 61.8% (within one: 95.1% and
    94.9%), and exact bands of number-less bullets labelled staff or above from 19 to 24 of 49.
    """
    f = features
    if not (f.has_cross_team and f.has_leadership) or f.scope.rank < Scope.SEVERAL_TEAMS.rank:
        return found
    band = SCOPE_BAND[f.scope]
    if band.rank <= found.band.rank:
        return found
    words = tuple(w for w in (f.leadership[0], f.scope_evidence) if w)
    return BulletBand(band, float(band.rank), words, "reach", found.reading)
