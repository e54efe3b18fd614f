"""The proof report: every bullet scored, the checklist, the 10-second scan, consistency."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from levelset.profile.model import Profile
from levelset.proof.agreement import Understood, understand
from levelset.proof.checklist import CheckItem, checklist
from levelset.proof.consistency import Consistency, check
from levelset.proof.features import Features
from levelset.proof.learned import VERDICTS, Reading
from levelset.proof.model import Bullet, Materials, Position
from levelset.proof.scan import Scan, scan
from levelset.proof.scoring import Score, scaffold, score
from levelset.proof.tracks import BulletBand


@dataclass(frozen=True)
class BulletReport:
    """One bullet or story, what it proves and how to make it prove more."""

    bullet: Bullet
    features: Features
    score: Score
    rewrite: str | None
    reading: Reading
    band: BulletBand

    def to_dict(self) -> dict[str, object]:
        f = self.features
        return {
            "text": self.bullet.text,
            "source": str(self.bullet.origin),
            "channel": self.bullet.channel.value,
            "kind": self.bullet.kind,
            "position": self.bullet.position,
            "score": self.score.points,
            "strength": self.score.strength,
            **{name: self.reading[name].value for name in VERDICTS},
            "band": self.band.band.value,
            "words": {
                **{name: list(self.reading[name].words) for name in VERDICTS},
                "band": list(self.band.words),
            },
            "probabilities": {name: self.reading[name].probability for name in VERDICTS},
            "band_track": self.band.track,
            "metrics": list(f.metrics),
            "wording": f.wording.value,
            "scope": f.scope.value,
            "leadership_words": list(f.leadership),
            "cross_team_words": list(f.cross_team),
            "ml": list(f.ml),
            "reasons": list(self.score.reasons),
            "rewrite": self.rewrite,
        }


@dataclass(frozen=True)
class ProofReport:
    profile: Profile
    sources: tuple[str, ...]
    bullets: tuple[BulletReport, ...]
    checklist: tuple[CheckItem, ...]
    scan: Scan
    consistency: Consistency
    target_title: str | None
    positions: tuple[Position, ...] = ()

    @property
    def passed(self) -> int:
        return sum(1 for c in self.checklist if c.passed)

    def to_dict(self) -> dict[str, object]:
        return {
            "target": {
                "title": self.target_title,
                "band": self.profile.target_band.value if self.profile.target_band else None,
            },
            "sources": list(self.sources),
            "positions": [p.summary() for p in self.positions],
            "bullets": [b.to_dict() for b in self.bullets],
            "checklist": [
                {
                    "id": c.id,
                    "item": c.item,
                    "passed": c.passed,
                    "evidence": list(c.evidence),
                    "fix": c.fix,
                }
                for c in self.checklist
            ],
            "checklist_passed": f"{self.passed}/{len(self.checklist)}",
            "scan": self.scan.to_dict(),
            "consistency": self.consistency.to_dict(),
        }


def judge(
    materials: Materials, understood: Mapping[str, Understood] | None = None
) -> list[BulletReport]:
    """Every bullet and story of the materials, with its features, score and rewrite.

    The features follow the learned verdicts (levelset.proof.agreement), so the score, the
    checklist and the rewrite agree with the verdicts shown beside them. `understood`: bullets
    already read (`understand`, by text), which are not read again.
    """
    known = understood or {}
    found = []
    for bullet in materials.bullets():
        seen = known.get(bullet.text) or understand(bullet.text)
        features = seen.features
        rewrite = scaffold(bullet.text, features)
        found.append(
            BulletReport(bullet, features, score(features), rewrite, seen.reading, seen.band)
        )
    return found


def target_title(materials: Materials, profile: Profile) -> str | None:
    """The profile's target title, else the title of the most recent position."""
    if profile.target_title:
        return profile.target_title
    dated = [p for p in materials.positions() if p.title]
    if not dated:
        return None
    latest = max(dated, key=lambda p: (p.current, p.end or p.start or dt.date.min))
    return latest.title


def analyse(
    materials: Materials,
    profile: Profile | None = None,
    *,
    semantic: bool = False,
    model: str | None = None,
    understood: Mapping[str, Understood] | None = None,
) -> ProofReport:
    """The full report for these materials against the target profile.

    With `semantic`, claims are also matched with the local embedding model `model` (the
    shipped default when None), if it is installed. `understood`: bullets already read, by
    text (`judge`).
    """
    profile = profile or Profile()
    judged = judge(materials, understood)
    similarity, note = (None, "lexical")
    if semantic:
        from levelset.proof.semantic import load_semantic_matcher

        similarity, note = load_semantic_matcher(model)
        note = note if similarity else f"lexical ({note})"
    consistency = check(materials, similarity, note)
    title = target_title(materials, profile)
    pairs = [(r.bullet, r.features) for r in judged]
    ranked = sorted(judged, key=lambda r: -r.score.points)
    top = next((r.bullet.text for r in ranked if r.features.has_metric), None)
    return ProofReport(
        profile=profile,
        sources=tuple(d.source for d in materials.documents),
        bullets=tuple(judged),
        checklist=tuple(checklist(materials, profile, pairs, consistency, title)),
        scan=scan(materials, title, top),
        consistency=consistency,
        target_title=title,
        positions=tuple(materials.positions()),
    )
