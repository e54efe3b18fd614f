"""How much each part of the score is worth, by negotiation step.

Weights are points out of 100; a part that does not apply (no earlier numbers to compare, no
written-confirmation step) is left out and the rest are scaled back up to 100.
"""

from __future__ import annotations

from levelset.narrative.model import Stage

LABELS = {
    "anchor": "Anchored number or range",
    "reason": "Reason tied to outcomes or market data",
    "ask": "One clear ask",
    "levers": "Levers beyond base",
    "confidence": "No apologising, hedging or undercutting",
    "enthusiasm": "Enthusiasm and commitment",
    "next_step": "A next step or date",
    "in_writing": "Request to confirm in writing",
    "concise": "Concise length",
    "consistent": "Numbers consistent with earlier ones",
}

_GENERAL: dict[str, float] = {
    "anchor": 20,
    "reason": 15,
    "ask": 12,
    "levers": 10,
    "confidence": 15,
    "enthusiasm": 8,
    "next_step": 8,
    "in_writing": 0,
    "concise": 6,
    "consistent": 6,
}
WEIGHTS: dict[Stage | None, dict[str, float]] = {
    None: _GENERAL,
    Stage.ANCHOR: _GENERAL
    | {"anchor": 25, "reason": 20, "ask": 10, "levers": 6, "next_step": 6, "concise": 7},
    Stage.ASK: _GENERAL,
    Stage.HOLD: _GENERAL
    | {
        "anchor": 15,
        "reason": 12,
        "ask": 10,
        "levers": 12,
        "confidence": 20,
        "concise": 9,
        "consistent": 10,
    },
    Stage.CONFIRM: {
        "anchor": 10,
        "reason": 0,
        "ask": 4,
        "levers": 10,
        "confidence": 10,
        "enthusiasm": 10,
        "next_step": 10,
        "in_writing": 30,
        "concise": 6,
        "consistent": 10,
    },
}
