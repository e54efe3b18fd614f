"""The dated 30-day plan: clarify, build, practice, execute, and the five negotiation steps.

Pure core: `build_plan(PlanInputs, start, focus)` makes a `Plan` from whatever inputs exist;
`levelset.app.plan_inputs` (a use case) fills `PlanInputs` from the records.
"""

from importlib import import_module
from typing import TYPE_CHECKING

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


def __getattr__(name: str) -> object:
    """Import each public name from its module on first use: importing one module of the
    package (or the package for one name) does not load all of them (start-up, issue 15)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
