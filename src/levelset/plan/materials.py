"""Checklist items of weeks 1 and 2 (clarify, build), written from the user's own gaps.

Each function returns drafts for one week; the builder dates and numbers them. Where an
input is missing, the draft says which command would supply it instead of inventing content.
"""

from __future__ import annotations

from levelset.plan.inputs import PlanInputs
from levelset.plan.model import Draft
from levelset.plan.wording import (
    band_label,
    bullets_with,
    listing,
    market_money,
    quote,
    target_phrase,
)
from levelset.profile.model import Track

BULLETS_PER_ITEM = 4


def clarify(inputs: PlanInputs) -> list[Draft]:
    """Week 1: the target role and level, and an audit of the proof."""
    drafts = [_target(inputs), _range(inputs)]
    drafts += _audit(inputs)
    drafts.append(_level(inputs))
    return drafts


def _target(inputs: PlanInputs) -> Draft:
    profile = inputs.profile
    if not (profile.target_title and profile.target_band):
        return Draft(
            "Choose one target title and one level and save them",
            "profile",
            'levelset profile set --title "..." --level ...',
        )
    places = listing(list(profile.locations)) or "your places"
    track = ", leadership track" if profile.track is Track.LEADERSHIP else ""
    return Draft(
        f"Confirm the target: {profile.target_title}, {band_label(profile.target_band)} level"
        f"{track}, in {places}; drop every other level from your materials",
        "profile",
    )


def _range(inputs: PlanInputs) -> Draft:
    market = inputs.market
    best = market.best if market else None
    if market is None or best is None:
        return Draft(
            "Look up the market range for your target role, level and place",
            "market",
            "levelset range",
        )
    return Draft(
        f"Write down your base-pay range for {market.role} ({market.level or 'all levels'}, "
        f"{market.location or 'national'}): median {market_money(best.p50, market.currency)}, "
        f"75th percentile {market_money(best.p75, market.currency)} ({best.provenance})",
        "market",
        "levelset range",
    )


def _audit(inputs: PlanInputs) -> list[Draft]:
    proof = inputs.proof
    if proof is None:
        return [
            Draft(
                "Import your resume (and LinkedIn export) so the plan can name your weakest "
                "bullets",
                "proof",
                "levelset proof import FILE",
            )
        ]
    counted = bullets_with(len(proof.with_metric), len(proof.bullets), "a metric")
    drafts = [
        Draft(
            f"Audit your proof: {counted}; read the report bullet by bullet",
            "proof",
            "levelset proof report",
        )
    ]
    failed = proof.failed()
    if failed:
        names = listing([c.item for c in failed])
        drafts.append(Draft(f"Note the checklist items still open: {names}", "proof"))
    return drafts


def _level(inputs: PlanInputs) -> Draft:
    level = inputs.level
    if level is None:
        return Draft(
            "Estimate the level your evidence supports against your target",
            "level",
            "levelset level estimate --target BAND",
        )
    target = level.target or inputs.profile.target_band
    if target is not None and level.band < target:
        return Draft(
            f"Your evidence reads as {level.band.label}, the target is {target.label}: "
            f"list the scope you must show ({listing(list(level.missing[:2])) or 'see report'})",
            "level",
            f"levelset level estimate --target {target.value}",
        )
    if target is not None and level.band > target:
        return Draft(
            f"Your evidence reads as {level.band.label} ({level.confidence} confidence), above "
            f"your {target.label} target: keep {target.label} in every channel, or raise the "
            "target in your profile so every range, ask and story moves with it",
            "level",
            f"levelset profile set --level {level.band.value}",
        )
    aim = target.label if target is not None else level.band.label
    return Draft(
        f"Your evidence supports {level.band.label} ({level.confidence} confidence); "
        f"keep {aim} as the one target in every channel",
        "level",
    )


def build(inputs: PlanInputs) -> list[Draft]:
    """Week 2: rewrite the materials and align the channels."""
    proof = inputs.proof
    if proof is None:
        return [
            Draft(
                "Rewrite your resume bullets as outcomes with numbers (import the resume "
                "first so this item can list them)",
                "proof",
                "levelset proof import FILE",
            ),
            _story(inputs),
        ]
    drafts = _metric_rewrites(inputs) + _task_rewrites(inputs) + [_story(inputs)]
    drafts += _level_stories(inputs) + _channels(inputs)
    return drafts


def _metric_rewrites(inputs: PlanInputs) -> list[Draft]:
    assert inputs.proof is not None
    weak = inputs.proof.without_metric[:BULLETS_PER_ITEM]
    if not weak:
        return []
    count = "this bullet" if len(weak) == 1 else f"these {len(weak)} bullets"
    quoted = "; ".join(quote(b.text, 60) for b in weak)
    return [Draft(f"Add a measured result to {count}: {quoted}", "proof")]


def _task_rewrites(inputs: PlanInputs) -> list[Draft]:
    assert inputs.proof is not None
    tasks = [b for b in inputs.proof.bullets if b.task_wording][:BULLETS_PER_ITEM]
    if not tasks:
        return []
    quoted = "; ".join(quote(b.text, 60) for b in tasks)
    return [Draft(f"Turn task wording into an outcome in: {quoted}", "proof")]


def _story(inputs: PlanInputs) -> Draft:
    target = target_phrase(inputs.profile.target_band)
    proof = inputs.proof
    if proof is not None and any(b.ownership for b in proof.bullets):
        owned = next(b for b in proof.bullets if b.ownership)
        return Draft(
            f"Turn {quote(owned.text, 60)} into a full leadership story for {target} "
            "(situation, your call, result)",
            "proof",
        )
    if inputs.profile.track is Track.LEADERSHIP:
        return Draft(
            f"Write one leadership story for {target} about a result your team delivered, a "
            "person you grew or a priority you set (situation, your call, result)",
            "proof",
        )
    return Draft(f"Write one leadership story for {target}", "proof")


def _level_stories(inputs: PlanInputs) -> list[Draft]:
    level = inputs.level
    if level is None or not level.missing:
        return []
    return [Draft(f"Write one story that shows: {level.missing[0]}", "level")]


def _channels(inputs: PlanInputs) -> list[Draft]:
    assert inputs.proof is not None
    proof = inputs.proof
    drafts = [Draft(f"Make your materials agree: {c}", "proof") for c in proof.contradictions[:3]]
    if proof.scan_passed is False and proof.scan_line:
        title = inputs.profile.target_title or "the target role"
        example = f", for example {quote(proof.scan_suggestion)}" if proof.scan_suggestion else ""
        drafts.append(
            Draft(
                f"Rewrite the first line a recruiter reads, {quote(proof.scan_line, 70)}, so it "
                f"names {title} and your best outcome{example}",
                "proof",
            )
        )
    return drafts
