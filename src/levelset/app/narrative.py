"""Narrative use cases: score a negotiation message, and keep a score for the metrics."""

from __future__ import annotations

from collections.abc import Sequence

from levelset.app.workspace import Workspace
from levelset.narrative import NarrativeScore, score_message
from levelset.tracking import ScorePoint


def score(
    text: str,
    stage: str | None = None,
    *,
    prior_numbers: Sequence[str] = (),
    prior_messages: Sequence[str] = (),
) -> NarrativeScore:
    """The narrative score (0-100) of a message, its components and findings with spans."""
    return score_message(
        text, stage, prior_numbers=tuple(prior_numbers), prior_messages=tuple(prior_messages)
    )


def score_and_keep(
    ws: Workspace,
    text: str,
    stage: str | None = None,
    *,
    label: str,
    company: str | None = None,
    prior_numbers: Sequence[str] = (),
    prior_messages: Sequence[str] = (),
    save: bool = True,
) -> tuple[NarrativeScore, ScorePoint | None]:
    """Score a message and, when `save`, keep the score (dated today) for `levelset metrics`."""
    result = score(text, stage, prior_numbers=prior_numbers, prior_messages=prior_messages)
    if not save:
        return result, None
    from levelset.store.tracking import add_score  # the records store only to keep the score

    on_stage = result.stage.value if result.stage else None
    point = ScorePoint(ws.today(), result.score, on_stage, company, label)
    components = {c.name: round(c.earned, 1) for c in result.components if c.applicable}
    return result, add_score(ws.store, point, components)
