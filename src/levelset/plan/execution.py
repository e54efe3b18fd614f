"""Checklist items of weeks 3 and 4 (practice, execute), written from the user's records."""

from __future__ import annotations

from levelset.plan.inputs import PlanInputs, TrackingInput
from levelset.plan.model import Draft, Signal
from levelset.plan.wording import market_money, money, percent, target_phrase

MIN_CHANNEL_SAMPLE = 5  # below this, a channel's rate is not worth steering by


def practice(inputs: PlanInputs) -> list[Draft]:
    """Week 3: mocks, tighter answers, the number said out loud; a rehearsal already kept
    (`levelset practice`) marks its item done."""
    drafts = [_mock_negotiation(inputs), _mock_interview(inputs), _draft_score(inputs)]
    done = [_rehearsed(inputs, "negotiation"), _rehearsed(inputs, "stories"), None]
    return [_with_practice(d, note) for d, note in zip(drafts, done, strict=True)]


def _rehearsed(inputs: PlanInputs, kind: str) -> str | None:
    kept = [p for p in (inputs.tracking.practice if inputs.tracking else ()) if p[1] == kind]
    if not kept:
        return None
    last = kept[-1][2]
    scored = f", last scored {last}/100" if last is not None else ""
    return f" (rehearsed {len(kept)} time{'s' if len(kept) != 1 else ''}{scored})"


def _with_practice(draft: Draft, note: str | None) -> Draft:
    if note is None:
        return draft
    return Draft(draft.text + note, draft.source, draft.command, "analysis", draft.phase, draft.due)


def _mock_negotiation(inputs: PlanInputs) -> Draft:
    offer, market = inputs.offer, inputs.market
    if offer is not None and offer.anchor is not None:
        # said in the rehearsal as to the recruiter: the reason as they hear it, or a prompt
        reason = (
            f" because {offer.anchor_cited}"
            if offer.anchor_cited
            else " with one reason tied to evidence (a market figure or a competing offer)"
        )
        return Draft(
            f"Run a mock negotiation with a peer: say {money(offer.anchor, offer.currency)}"
            f"{reason}, then stay silent and hold it twice",
            "offer",
            f'levelset practice negotiation "{offer.company}"' if offer.company else None,
        )
    best = market.best if market else None
    if market is not None and best is not None and best.p75 is not None:
        return Draft(
            f"Run a mock salary talk: name {market_money(best.p75, market.currency)} (the 75th "
            f"percentile of base pay, {best.provenance}) and one outcome that justifies it",
            "market",
        )
    return Draft(
        "Run a mock salary talk once you have a range (look it up first)",
        "market",
        "levelset range",
    )


def _mock_interview(inputs: PlanInputs) -> Draft:
    target = target_phrase(inputs.profile.target_band)
    proof = inputs.proof
    if proof is not None and proof.strongest:
        top = proof.strongest[0].text
        short = top if len(top) <= 60 else top[:59].rsplit(" ", 1)[0] + "…"
        return Draft(
            f"Run two mock interviews for {target}; open with “{short}” and keep "
            "each answer under two minutes",
            "proof",
        )
    return Draft(
        f"Run two mock interviews for {target}; keep each answer under two minutes",
        "profile",
    )


def _draft_score(inputs: PlanInputs) -> Draft:
    tracking = inputs.tracking
    scores = tracking.narrative_scores if tracking else ()
    if scores:
        latest = scores[-1][1]
        return Draft(
            f"Your last negotiation draft scored {latest}/100: fix its lowest component and "
            "score it again",
            "tracking",
            "levelset score FILE",
        )
    return Draft(
        "Write your counter or salary answer as a short email and score it",
        "tracking",
        "levelset score FILE",
    )


def execute(inputs: PlanInputs, signal: Signal) -> list[Draft]:
    """Week 4: apply, reach out, log every response, test one change."""
    tracking = inputs.tracking
    drafts = [_channel(tracking), _log(tracking)]
    drafts.append(
        Draft(
            f"Start one two-week experiment on a single change: {signal.test}",
            "tracking",
            "levelset experiment start",
        )
    )
    return drafts


def _channel(tracking: TrackingInput | None) -> Draft:
    """Steer by the best channel whose sample the tracking page does not call thin (one rule
    for "thin": the flag the tracking metrics set)."""
    ranked = sorted(
        (
            c
            for c in (tracking.channels if tracking else ())
            if c.sent >= MIN_CHANNEL_SAMPLE and not c.thin
        ),
        key=lambda c: -(c.responded / c.sent),
    )
    if not ranked:
        return Draft(
            "Send five applications or outreach messages, each through a named channel "
            "(referral, recruiter, cold, job board)",
            "tracking",
        )
    best = ranked[0]
    rate = percent(best.responded / best.sent)
    return Draft(
        f"Send five messages through {best.channel}, your best channel so far "
        f"({best.responded} of {best.sent} answered, {rate})",
        "tracking",
    )


def _log(tracking: TrackingInput | None) -> Draft:
    if tracking is None or not tracking.events:
        return Draft(
            "Log every application and response so the weekly review can show your rates",
            "tracking",
            "levelset track add",
        )
    return Draft(
        f"Log every new response; so far {tracking.responded} of {tracking.applied} "
        "applications answered",
        "tracking",
        "levelset metrics",
    )
