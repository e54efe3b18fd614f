"""Narrative score: how strong a negotiation email or message is, and what to fix.

`score_message(text, stage=None, prior_numbers=())` returns a NarrativeScore (0-100) whose
components and findings say which words cost points and how to fix them.
"""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

if TYPE_CHECKING:
    from levelset.narrative.model import (
        Component,
        Finding,
        NarrativeScore,
        Span,
        Stage,
        parse_stage,
    )
    from levelset.narrative.scorer import score_message
    from levelset.narrative.weights import LABELS, WEIGHTS

_WHERE = {
    "Component": "model",
    "Finding": "model",
    "NarrativeScore": "model",
    "Span": "model",
    "Stage": "model",
    "parse_stage": "model",
    "score_message": "scorer",
    "LABELS": "weights",
    "WEIGHTS": "weights",
}

__all__ = [
    "LABELS",
    "WEIGHTS",
    "Component",
    "Finding",
    "NarrativeScore",
    "Span",
    "Stage",
    "parse_stage",
    "score_message",
]


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
