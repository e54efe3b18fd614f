"""Narrative score: how strong a negotiation email or message is, and what to fix.

`score_message(text, stage=None, prior_numbers=())` returns a NarrativeScore (0-100) whose
components and findings say which words cost points and how to fix them.
"""

from importlib import import_module
from typing import TYPE_CHECKING

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


def __getattr__(name: str) -> object:
    """Import each public name from its module on first use: importing one module of the
    package (or the package for one name) does not load all of them (start-up, issue 15)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
