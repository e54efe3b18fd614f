"""The rule reading of a bullet brought into line with the learned verdicts.

The score, the checklist and the rewrite read `Features`; the measured reader is the learned
one (levelset.proof.learned: higher held-out F1 on every verdict). `follow` keeps the rules'
finer detail (scope, task phrase, ML proof, which numbers) but lets each learned verdict decide
whether its feature is present: a feature the model finds and the rules missed is named by the
words the model weighed most; one the rules found and the model rejects is dropped.

`understand` is the one reading of a bullet that every reader of evidence uses: the proof report,
its checklist and rewrites, and the level estimate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from levelset.proof.features import Features, Wording, extract
from levelset.proof.learned import Reading, Verdict
from levelset.proof.tracks import BulletBand, bullet_band, reach_track

_WHOLE = "the bullet as a whole"  # when no single word carried a positive verdict


@dataclass(frozen=True)
class Understood:
    """One bullet read once: the features as the verdicts decide them, and the band it supports."""

    features: Features
    band: BulletBand

    @property
    def reading(self) -> Reading:
        return self.band.reading


def understand(text: str) -> Understood:
    """The verdicts, features and band of one bullet, as the proof report shows them."""
    band = bullet_band(text)
    features = follow(extract(text), band.reading)
    return Understood(features, reach_track(band, features))


def follow(features: Features, reading: Reading) -> Features:
    """`features` with metric, outcome, leadership and reach as the learned verdicts say."""
    metrics = _present(features.metrics, reading["has_metric"])
    return replace(
        features,
        metrics=metrics,
        metric_kinds=features.metric_kinds if metrics == features.metrics else (),
        wording=_wording(features.wording, reading["outcome"].value),
        leadership=_present(features.leadership, reading["leadership"]),
        cross_team=_present(features.cross_team, reading["cross_team"]),
    )


def _present(found: tuple[str, ...], verdict: Verdict) -> tuple[str, ...]:
    if not verdict.value:
        return ()
    return found or verdict.words or (_WHOLE,)


def _wording(rules: Wording, outcome: bool) -> Wording:
    if outcome:
        return Wording.OUTCOME
    return Wording.ACTIVITY if rules is Wording.OUTCOME else rules
