"""The dated 30-day plan: clarify, build, practice, execute, and the five negotiation steps.

Pure core: `build_plan(PlanInputs, start, focus)` makes a `Plan` from whatever inputs exist;
`levelset.app.plan_inputs` (a use case) fills `PlanInputs` from the records.
"""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

if TYPE_CHECKING:
    from levelset.plan.builder import build_plan
    from levelset.plan.inputs import (
        Bullet,
        ChannelRate,
        CheckItem,
        LevelInput,
        LeverAsk,
        MarketInput,
        MarketRow,
        OfferInput,
        PlanInputs,
        ProofInput,
        TrackedEvent,
        TrackingInput,
    )
    from levelset.plan.model import Block, Focus, Item, Phase, Plan, Signal, Week

_WHERE = {
    "build_plan": "builder",
    "Bullet": "inputs",
    "ChannelRate": "inputs",
    "CheckItem": "inputs",
    "LevelInput": "inputs",
    "LeverAsk": "inputs",
    "MarketInput": "inputs",
    "MarketRow": "inputs",
    "OfferInput": "inputs",
    "PlanInputs": "inputs",
    "ProofInput": "inputs",
    "TrackedEvent": "inputs",
    "TrackingInput": "inputs",
    "Block": "model",
    "Focus": "model",
    "Item": "model",
    "Phase": "model",
    "Plan": "model",
    "Signal": "model",
    "Week": "model",
}

__all__ = [
    "Block",
    "Bullet",
    "ChannelRate",
    "CheckItem",
    "Focus",
    "Item",
    "LevelInput",
    "LeverAsk",
    "MarketInput",
    "MarketRow",
    "OfferInput",
    "Phase",
    "Plan",
    "PlanInputs",
    "ProofInput",
    "Signal",
    "TrackedEvent",
    "TrackingInput",
    "Week",
    "build_plan",
]


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
