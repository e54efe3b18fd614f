"""Choosing the one signal to fix first: the weakest thing the records show, by focus.

Fixing one thing at a time makes a change measurable, so the plan names exactly one.
"""

from __future__ import annotations

from collections.abc import Callable

from levelset.plan.inputs import PlanInputs
from levelset.plan.model import Focus, Signal
from levelset.plan.wording import band_label, bullets_with, money, quote, target_phrase

Finder = Callable[[PlanInputs], Signal | None]

METRIC_TARGET = 3  # outcomes with numbers the proof checklist asks for
MIN_ATTEMPTS, LOW_RESPONSE = 10, 0.15  # below 15% of at least 10 attempts, the message is weak


def target_signal(inputs: PlanInputs) -> Signal | None:
    profile = inputs.profile
    if profile.target_title and profile.target_band:
        return None
    pairs = (("title", profile.target_title), ("level", profile.target_band))
    unset = [name for name, value in pairs if not value]
    return Signal(
        "target",
        "One target title and one level",
        f"Your profile has no target {' or '.join(unset)} yet, so every range, level "
        "estimate and story has nothing to aim at.",
        "Your profile names one title and one level, and every material repeats them.",
        "profile",
        "the same target title in every headline and application",
    )


def proof_signal(inputs: PlanInputs) -> Signal | None:
    if inputs.proof is not None:
        return None
    target = target_phrase(inputs.profile.target_band)
    return Signal(
        "proof",
        f"Proof on record for {target}",
        "No resume, LinkedIn export or story is imported yet, so nothing here can show the "
        "level you aim at or which bullets to rewrite.",
        "`levelset proof import FILE` has read your resume and `levelset proof report` "
        "lists its bullets.",
        "proof",
        "a resume whose top three bullets each carry a number",
    )


def metric_signal(inputs: PlanInputs) -> Signal | None:
    proof = inputs.proof
    if proof is None or len(proof.with_metric) >= METRIC_TARGET:
        return None
    count = len(proof.with_metric)
    said = bullets_with(count, len(proof.bullets), "a metric", whose="your ")
    return Signal(
        "metrics",
        "Outcomes with numbers",
        f"{f'Only {said}' if count else said.capitalize()}; a reader needs at least "
        f"{METRIC_TARGET} measured outcomes to believe the level.",
        f"`levelset proof report` counts {METRIC_TARGET} or more bullets with a metric.",
        "proof",
        "a resume version with a number in each of its top three bullets",
    )


def leadership_signal(inputs: PlanInputs) -> Signal | None:
    proof = inputs.proof
    if proof is None or any(b.ownership for b in proof.bullets):
        return None
    target = target_phrase(inputs.profile.target_band)
    return Signal(
        "leadership",
        f"One ownership story for {target}",
        "None of your bullets or stories shows you leading, owning or driving something; "
        "that is the first thing a panel probes at this level.",
        "The proof checklist passes its leadership item.",
        "proof",
        "a resume version that opens with your ownership story",
    )


def level_signal(inputs: PlanInputs) -> Signal | None:
    level = inputs.level
    if level is None or level.target is None or not level.missing or level.target <= level.band:
        return None
    return Signal(
        "scope",
        f"Scope that reads as {band_label(level.target)}",
        f"Your evidence reads as {band_label(level.band)} ({level.confidence} confidence); "
        f"the gap to {band_label(level.target)}: {level.missing[0]}.",
        f"`levelset level estimate --target {level.target.value}` no longer lists that gap.",
        "level",
        "a resume version whose first bullet shows scope across teams",
    )


def anchor_signal(inputs: PlanInputs) -> Signal | None:
    offer = inputs.offer
    if offer is None or offer.counter_sent:
        return None
    anchor = money(offer.anchor, offer.currency) if offer.anchor else "a researched number"
    return Signal(
        "anchor",
        f"A counter to {offer.company} anchored at {anchor}",
        f"The offer from {offer.company} ({money(offer.base, offer.currency)} base) has no "
        "counter yet; a specific number with a reason sets where the talk starts.",
        "The counter is sent, scores 80 or more with `levelset score`, and the revised offer "
        "is logged.",
        "offer",
        "two versions of the counter scored with `levelset score`; send the stronger one",
    )


def market_signal(inputs: PlanInputs) -> Signal | None:
    if inputs.market is not None and inputs.market.best is not None:
        return None
    return Signal(
        "range",
        "A researched range for your role, level and place",
        "Without a market range, any number you name is a guess the other side can move.",
        "`levelset range` shows a range with its source and sample size for your target.",
        "market",
        "answering the salary question with your researched range instead of deflecting it",
    )


def response_signal(inputs: PlanInputs) -> Signal | None:
    tracking = inputs.tracking
    rate = tracking.response_rate if tracking else None
    if tracking is None or rate is None:
        return None
    overall = tracking.overall
    sent, answered = (
        (overall.sent, overall.responded) if overall else (tracking.applied, tracking.responded)
    )
    if sent < MIN_ATTEMPTS or rate >= LOW_RESPONSE:
        return None
    return Signal(
        "response",
        "The first message that opens a conversation",
        f"{answered} of {sent} applications and messages got a response ({rate:.0%}); the "
        "opening line is what to change.",
        "The response rate over the next two weeks, compared with `levelset experiment`.",
        "tracking",
        "a new opening line in your outreach message against the current one",
    )


def scan_signal(inputs: PlanInputs) -> Signal | None:
    proof = inputs.proof
    if proof is None or proof.scan_passed is not False:
        return None
    line = quote(proof.scan_line) if proof.scan_line else "your first line"
    return Signal(
        "scan",
        "The line a recruiter reads first",
        f"{line} does not name the target role and a top outcome in one sentence.",
        "The 10-second scan of `levelset proof report` passes.",
        "proof",
        "a headline that names the role and your best outcome against the old one",
    )


def consistency_signal(inputs: PlanInputs) -> Signal | None:
    proof = inputs.proof
    if proof is None or not proof.contradictions:
        return None
    return Signal(
        "consistency",
        "One story in every channel",
        f"Your materials disagree: {proof.contradictions[0]}"
        + (f" (and {len(proof.contradictions) - 1} more)" if len(proof.contradictions) > 1 else "")
        + "; a reader who sees two versions trusts neither.",
        "The consistency section of `levelset proof report` lists nothing.",
        "proof",
        "the same dates, titles and numbers in your resume, LinkedIn and stories",
    )


def checklist_signal(inputs: PlanInputs) -> Signal | None:
    proof = inputs.proof
    failed = proof.failed() if proof is not None else ()
    if not failed:
        return None
    return Signal(
        "checklist",
        failed[0].item,
        f"The proof checklist still has this item open: {failed[0].item}"
        + (f" ({failed[0].evidence})" if failed[0].evidence else "")
        + ".",
        "The item passes in the checklist of `levelset proof report`.",
        "proof",
        "your materials before and after the fix, read by the same person",
    )


ORDER: dict[Focus, tuple[Finder, ...]] = {
    Focus.NEGOTIATION: (target_signal, anchor_signal, market_signal, metric_signal),
    Focus.SALARY: (target_signal, market_signal, anchor_signal, metric_signal, response_signal),
    Focus.LEVELING: (
        target_signal,
        proof_signal,
        level_signal,
        leadership_signal,
        metric_signal,
        scan_signal,
    ),
}
FALLBACK: tuple[Finder, ...] = (
    proof_signal,
    metric_signal,
    leadership_signal,
    level_signal,
    scan_signal,
    response_signal,
    consistency_signal,
    checklist_signal,
)


def choose_signal(inputs: PlanInputs, focus: Focus) -> Signal:
    """The first weakness found in the focus's order, then in the general order."""
    for finder in ORDER[focus] + FALLBACK:
        found = finder(inputs)
        if found is not None:
            return found
    return Signal(
        "narrative",
        "One sentence that carries your story",
        "Every check behind this plan passes; the next gain is a shorter, sharper story that "
        "names the role and your best outcome.",
        "A peer repeats your one-sentence story back after hearing it once.",
        "profile",
    )
