"""Putting a playbook together from the user's inputs and plan, for one topic."""

from __future__ import annotations

import datetime as dt

from levelset.plan.inputs import PlanInputs
from levelset.plan.model import Plan
from levelset.playbook import action, closing, opening
from levelset.playbook.chart import taken_from
from levelset.playbook.model import Playbook, Topic

NO_SOURCES = (
    "Nothing is on record yet: each bracketed placeholder above names the levelset command "
    "that fills it in."
)
TITLES = {
    Topic.SALARY: "Your salary expectations",
    Topic.LEVELING: "Your level",
    Topic.NEGOTIATION: "Your offer negotiation",
}


def build_playbook(
    inputs: PlanInputs, plan: Plan, topic: Topic = Topic.SALARY, today: dt.date | None = None
) -> Playbook:
    """A personal guide in fifteen sections, each filled from the user's own records.

    Dated `today`, else the day the inputs were gathered, else the plan's first day.
    """
    today = today or inputs.today or plan.start
    sections = (
        opening.short_answer(inputs, plan, topic),
        opening.why_it_matters(inputs, plan),
        opening.strong_signal(inputs),
        opening.mistakes(inputs),
        opening.role_nuance(inputs),
        action.plan_section(plan),
        action.signal_section(plan),
        action.this_week(plan, today),
        action.measures(inputs),
        action.if_stuck(inputs),
        closing.proof_checklist(inputs),
        closing.example(inputs),
        closing.talk(inputs),
        closing.faq(inputs, topic),
        closing.takeaway(inputs, plan),
    )
    person = inputs.profile.name or "you"
    return Playbook(
        title=TITLES[topic],
        subtitle=f"A playbook for {person}: {opening.target_words(inputs)}",
        topic=topic,
        person=person,
        made_on=today,
        sections=sections,
        sources=_sources(inputs),
    )


def _sources(inputs: PlanInputs) -> tuple[str, ...]:
    found = []
    if inputs.market is not None:
        # a headline taken from one row alone is that row: named once, as the row
        head = inputs.market.headline if taken_from(inputs.market) is None else None
        found += [head.provenance] if head is not None else []
        found += [r.provenance for r in inputs.market.rows]
        found += list(inputs.market.caveats)
    if inputs.proof is not None:
        found.append(f"Your materials: {', '.join(inputs.proof.sources) or 'imported files'}")
    tracking = inputs.tracking
    if tracking is not None:
        found.append(f"Your tracked events ({len(tracking.events)} on record)")
    if inputs.offer is not None:
        found.append(f"Your offer from {inputs.offer.company} and its negotiation record")
        # the ranges of the offer's own area, where its anchor and placement are read
        market, own = inputs.market, inputs.offer.market
        if market is not None and market.elsewhere and market.offer_source:
            found.append(market.offer_source)
        elif own is not None and own.area != (market.location if market else None):
            found.append(own.provenance)
    elif tracking is not None and (tracking.offer_delta or tracking.levers_improved is not None):
        found.append("Your negotiation records (first and final offers)")
    if tracking is not None and tracking.narrative_scores:
        found.append("The message scores of your drafted emails")
    if not found:
        found.append(NO_SOURCES)
    return tuple(dict.fromkeys(found))
