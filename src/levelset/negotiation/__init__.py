"""Negotiation: a record per company through the five steps, the anchor, drafts and the outcome.

first = Event(0, EventKind.INITIAL_OFFER, day, offer=offer)
record = NegotiationRecord("Northwind Cloud").append(first, today=day)
anchor = compute_anchor(offer, market=range_, competing=[other], current_base=Decimal(170000))
text = draft("counter", DraftFacts(company="Northwind Cloud", offer=offer, anchor=anchor))
negotiation_outcome(record).to_dict()  # delta, levers_improved, days_to_signature
"""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

if TYPE_CHECKING:
    from levelset.negotiation.anchor import Anchor, compute_anchor
    from levelset.negotiation.anchor_data import anchor_from_dict
    from levelset.negotiation.drafts import Draft, DraftFacts, DraftKind, draft
    from levelset.negotiation.lever import Lever
    from levelset.negotiation.levers import Figure, LeverAsk
    from levelset.negotiation.outcome import Delta, Outcome, levers_improved, negotiation_outcome
    from levelset.negotiation.package import package_lines
    from levelset.negotiation.record import (
        STEP_MEANING,
        Event,
        EventKind,
        NegotiationRecord,
        Step,
        parse_event_kind,
        parse_step,
    )

_WHERE = {
    "Anchor": "anchor",
    "anchor_from_dict": "anchor_data",
    "compute_anchor": "anchor",
    "Draft": "drafts",
    "DraftFacts": "drafts",
    "DraftKind": "drafts",
    "draft": "drafts",
    "Lever": "lever",
    "Figure": "levers",
    "LeverAsk": "levers",
    "Delta": "outcome",
    "Outcome": "outcome",
    "levers_improved": "outcome",
    "negotiation_outcome": "outcome",
    "package_lines": "package",
    "STEP_MEANING": "record",
    "Event": "record",
    "EventKind": "record",
    "NegotiationRecord": "record",
    "Step": "record",
    "parse_event_kind": "record",
    "parse_step": "record",
}

__all__ = [
    "STEP_MEANING",
    "Anchor",
    "Delta",
    "Draft",
    "DraftFacts",
    "DraftKind",
    "Event",
    "EventKind",
    "Figure",
    "Lever",
    "LeverAsk",
    "NegotiationRecord",
    "Outcome",
    "Step",
    "anchor_from_dict",
    "compute_anchor",
    "draft",
    "levers_improved",
    "negotiation_outcome",
    "package_lines",
    "parse_event_kind",
    "parse_step",
]


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
