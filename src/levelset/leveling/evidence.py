"""The band each dimension of the rubric is supported at, and the items that show it.

Every item is read as the proof report reads it (levelset.proof.agreement.understand): its
features follow the learned verdicts and its band is the learned band with the management and
research tracks, so the estimate and the report never disagree about one bullet.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from levelset.bands import Band
from levelset.leveling.rubric import TYPICAL_SCOPE, Dimension
from levelset.patterns import compiled
from levelset.proof.features import Features, Scope, Wording
from levelset.proof.model import Bullet
from levelset.proof.tracks import SCOPE_BAND, BulletBand

Item = tuple[Bullet, Features]  # features as the verdicts decide them
Banded = tuple[Bullet, BulletBand]
PATTERN = 2  # items needed to support a band above senior
# how far past the midpoint to a band one bullet alone must read to carry a person to it: a
# single bullet just over the line ("Owned the weekly release of the mobile backend", 2.58
# of 3) is a reading at the border of two bands, not a level
CLEAR = 0.25

_SCOPE_BAND = SCOPE_BAND  # the one scope-to-band map (levelset.proof.tracks)


@dataclass(frozen=True)
class DimensionEvidence:
    """One dimension: the band it supports and the bullets that show it."""

    dimension: Dimension
    band: Band
    evidence: tuple[Bullet, ...]
    applies: bool = True
    best_at: int = 0  # which of `evidence` to show as this dimension's example (see `spread`)

    @property
    def best(self) -> Bullet | None:
        return self.evidence[self.best_at] if self.evidence else None

    def to_dict(self) -> dict[str, object]:
        best = self.best
        return {
            "dimension": self.dimension.value,
            "label": self.dimension.label,
            "band": self.band.value,
            "applies": self.applies,
            "evidence": [{"text": b.text, "source": str(b.origin)} for b in self.evidence],
            "best": {"text": best.text, "source": str(best.origin)} if best else None,
        }


def spread(dims: Sequence[DimensionEvidence]) -> list[DimensionEvidence]:
    """Each dimension's example chosen so that as many dimensions as the evidence allows show
    different bullets, and among such choices the strongest ones (each dimension's evidence
    is strongest first; at most a few bullets per dimension, so every choice is tried)."""
    weighed = [d for d in dims if d.evidence]
    choices = itertools.product(*(range(len(d.evidence)) for d in weighed))

    def cost(picks: tuple[int, ...]) -> tuple[int, int]:
        texts = {d.evidence[at].text for d, at in zip(weighed, picks, strict=True)}
        return (-len(texts), sum(picks))

    best = min(choices, key=cost, default=())
    picked = {d.dimension: at for d, at in zip(weighed, best, strict=True)}
    return [dataclasses.replace(d, best_at=picked.get(d.dimension, 0)) for d in dims]


def measured(f: Features) -> bool:
    return f.has_metric and f.wording is Wording.OUTCOME


def proven(f: Features) -> bool:
    return f.has_metric or f.wording is Wording.OUTCOME


def _best(
    items: Sequence[Item], band_of: Callable[[Features], Band]
) -> tuple[Band, tuple[Bullet, ...]]:
    """The highest band the items support, with up to three items at or above it.

    Above senior, one example is a one-off, not a pattern: two items are needed.
    """
    if not items:
        return Band.ENTRY, ()
    # ranks, not the bands themselves: Band is a str and text order is not the band scale
    bands = [(b, band_of(f).rank) for b, f in items]
    top = max(rank for _, rank in bands)
    if top > Band.SENIOR.rank and sum(1 for _, rank in bands if rank >= top) < PATTERN:
        top -= 1
    shown = sorted((pair for pair in bands if pair[1] >= top), key=lambda p: -p[1])
    return Band.from_rank(top), tuple(b for b, _ in shown[:3])


def clear_scope(f: Features) -> bool:
    """The verdicts back the scope: reach beyond the team, or leading the team's work."""
    if f.scope.rank >= Scope.SEVERAL_TEAMS.rank:
        return f.has_cross_team
    return f.scope is Scope.TEAM and f.has_leadership


def scope_band(f: Features) -> Band:
    """The band the bullet's reach supports; a missing number never caps a clear scope."""
    band = _SCOPE_BAND[f.scope]
    if f.scope is Scope.TEAM and f.has_leadership:
        band = Band.SENIOR
    if not (proven(f) or clear_scope(f)) and band.rank > Band.ENTRY.rank:
        band = Band.from_rank(band.rank - 1)  # a bare claim of scope counts less
    return band


def impact(items: Sequence[Item]) -> DimensionEvidence:
    shown = [(b, f) for b, f in items if measured(f)]

    def at(scope: Scope) -> int:
        return sum(1 for _, f in shown if f.scope.rank >= scope.rank)

    rules = [
        (Band.PRINCIPAL, at(Scope.COMPANY) >= 1 and at(Scope.ORGANISATION) >= 2),
        (Band.SENIOR_STAFF, at(Scope.ORGANISATION) >= 1 and at(Scope.SEVERAL_TEAMS) >= 2),
        (Band.STAFF, at(Scope.SEVERAL_TEAMS) >= 2),
        (Band.SENIOR, len(shown) >= 3 or at(Scope.TEAM) >= 2),
        (Band.MID, len(shown) >= 1),
    ]
    band = next((b for b, ok in rules if ok), Band.ENTRY)
    ranked = sorted(shown, key=lambda i: -i[1].scope.rank)
    return DimensionEvidence(Dimension.IMPACT, band, tuple(b for b, _ in ranked[:3]))


# a line that describes a thing and says nothing its author did: "Nostos: an open-source tool
# that ...", "Apache Beam: a unified model for ..."; the thing's reach is not the author's scope
_DESCRIBES = compiled(r"^[^:.;]{1,40}:\s+(?:a|an|the)\s", re.IGNORECASE)


def scope(items: Sequence[Item]) -> DimensionEvidence:
    acted = [(b, f) for b, f in items if proven(f) or _DESCRIBES.match(b.text.strip()) is None]
    band, shown = _best(acted, scope_band)
    return DimensionEvidence(Dimension.SCOPE, band, shown)


def _depth_band(f: Features) -> Band:
    if f.direction:
        return {
            Scope.SELF: Band.SENIOR,
            Scope.TEAM: Band.SENIOR,
            Scope.SEVERAL_TEAMS: Band.STAFF,
            Scope.ORGANISATION: Band.SENIOR_STAFF,
        }.get(f.scope, Band.PRINCIPAL)
    if f.wording is Wording.TASK:
        return Band.ENTRY
    return Band.MID if proven(f) or f.has_ml_proof else Band.ENTRY


def depth(items: Sequence[Item]) -> DimensionEvidence:
    band, shown = _best(items, _depth_band)
    return DimensionEvidence(Dimension.DEPTH, band, shown)


def _leadership_band(f: Features) -> Band:
    if not f.has_leadership or f.wording is Wording.TASK:
        return Band.ENTRY
    if f.scope.rank >= Scope.SEVERAL_TEAMS.rank and not (proven(f) or f.has_cross_team):
        return Band.SENIOR
    people = any(w.startswith(("mentor", "coach", "hired", "grew", "manag")) for w in f.leadership)
    band = {Scope.SELF: Band.SENIOR if people else Band.MID, Scope.TEAM: Band.SENIOR}.get(f.scope)
    return band or _SCOPE_BAND[f.scope]


def leadership(items: Sequence[Item]) -> DimensionEvidence:
    band, shown = _best(items, _leadership_band)
    return DimensionEvidence(Dimension.LEADERSHIP, band, shown)


def _ml_band(f: Features) -> Band:
    kinds = set(f.ml)
    if not kinds:
        return Band.ENTRY
    if "paper" in kinds and f.scope is Scope.INDUSTRY:
        return Band.PRINCIPAL
    if f.scope.rank >= Scope.SEVERAL_TEAMS.rank and proven(f):
        return Band.from_rank(min(_SCOPE_BAND[f.scope].rank, Band.PRINCIPAL.rank))
    if len(kinds) >= 2 or ("production" in kinds and measured(f)):
        return Band.SENIOR
    return Band.MID


def ml(items: Sequence[Item], applies: bool) -> DimensionEvidence:
    band, shown = _best(items, _ml_band)
    return DimensionEvidence(Dimension.ML, band, shown, applies)


def item_band(f: Features) -> Band:
    """The middle of one item's dimension bands: the rules' own reading of a bullet's band,
    kept as the baseline docs/proof.md compares the scorer's band (`BulletBand`) with."""
    impact_band = scope_band(f) if measured(f) else Band.ENTRY
    if measured(f) and impact_band < Band.MID:
        impact_band = Band.MID
    ranks = sorted(
        b.rank for b in (scope_band(f), impact_band, _depth_band(f), _leadership_band(f))
    )
    return Band.from_rank(ranks[len(ranks) // 2])


@dataclass(frozen=True)
class Carried:
    """A bullet that carried the whole-person band, with the band it reads at and why."""

    bullet: Bullet
    band: Band
    words: tuple[str, ...]
    track: str

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.bullet.text,
            "source": str(self.bullet.origin),
            "band": self.band.value,
            "track": self.track,
            "words": list(self.words),
        }


# Below this median rank, with at most one bullet above mid, a person reads entry. The entry
# profiles' medians sit near 1.5-1.6 and the mid ones near 2.0; 1.95 sat so close to the mids
# that one more mid bullet read at 1.85 tipped a mid engineer to entry.
ENTRY_MEDIAN = 1.8


def strongest(banded: Sequence[Banded]) -> tuple[Band, tuple[Carried, ...]]:
    """The band the strongest evidence supports, and the bullets that carried it.

    Each bullet's band is the one the proof report shows. The highest band that two bullets
    reach; up to senior one is enough when it reads that band clearly (at least CLEAR past the
    midpoint from the band below, or by a track: management, research or reach); entry when
    most bullets read as entry-level work and at most one reads above mid.
    """
    if not banded:
        return Band.ENTRY, ()
    read = sorted(banded, key=lambda p: -p[1].rank)
    ranks = [bb.rank for _, bb in read]
    above_mid = sum(r >= Band.SENIOR.rank - 0.5 for r in ranks)
    if statistics.median(ranks) < ENTRY_MEDIAN and above_mid <= 1:
        return Band.ENTRY, _carried(read[-3:])
    for band in sorted(Band, key=lambda b: -b.rank):
        support = [p for p in read if p[1].rank >= band.rank - 0.5]
        clear = [p for p in support if _clearly(p[1], band)]
        if len(support) >= PATTERN or (band <= Band.SENIOR and clear):
            return band, _carried((clear + [p for p in support if p not in clear])[:3])
    return Band.ENTRY, _carried(read[:3])


def _clearly(read: BulletBand, band: Band) -> bool:
    """Whether one bullet's reading is clear of the border below `band`."""
    return read.track != "scope" or read.rank >= band.rank - 0.5 + CLEAR


def _carried(pairs: Sequence[tuple[Bullet, BulletBand]]) -> tuple[Carried, ...]:
    return tuple(Carried(b, bb.band, bb.words, bb.track) for b, bb in pairs)


def closest(dim: DimensionEvidence, target: Band, features: Mapping[str, Features]) -> str:
    """The bullet nearest to the target on this dimension and what it still lacks, or "".

    `features` holds each item's features by its text, as the proof report reads them.
    """
    if not dim.evidence:
        return ""
    bullet = dim.evidence[0]
    lacks = _lacks(features[bullet.text], dim.dimension, target)
    if not lacks:
        return f" Closest: “{bullet.text}” ({dim.band.label})."
    return f" Closest: “{bullet.text}” ({dim.band.label}); it lacks {' and '.join(lacks)}."


def _lacks(f: Features, dimension: Dimension, target: Band) -> list[str]:
    found = []
    if dimension is Dimension.IMPACT and not f.has_metric:
        found.append("a number for the result")
    if f.scope.rank < TYPICAL_SCOPE[target].rank:
        found.append(f"reach beyond {f.scope.value.replace('_', ' ')} (who else gained)")
    if dimension is Dimension.LEADERSHIP and not f.has_leadership:
        found.append("your part in leading it")
    if dimension is Dimension.DEPTH and not f.direction:
        found.append("the direction or design you set")
    return found
