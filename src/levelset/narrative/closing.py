"""How the message ends: a next step with a date, and at the last step a written record."""

from __future__ import annotations

from levelset.narrative import lexicon
from levelset.narrative.message import Check, Loss, Message
from levelset.narrative.model import Stage


def next_step(msg: Message) -> Check:
    """A concrete next step or date; 'let me know' alone earns half."""
    dated = msg.in_body(lexicon.DEADLINE)
    if dated:
        return Check(evidence=(dated[0],))
    soft = msg.in_body(lexicon.SOFT_CLOSE)
    if soft:
        return Check(
            evidence=(soft[0],),
            losses=(
                Loss(
                    soft[0],
                    "The close is open-ended, so the reply can drift.",
                    "Propose a time: 'Could we talk on Thursday at 10?' or give a date.",
                    0.5,
                    "weak",
                ),
            ),
        )
    return Check(
        losses=(
            Loss(
                msg.body_end,
                "There is no next step or date.",
                "End with a concrete step: a call time or a date to hear back by.",
                1.0,
                "missing",
            ),
        )
    )


def in_writing(msg: Message) -> Check:
    """At the confirm step, a request to have the final package written down."""
    if msg.stage is not Stage.CONFIRM:
        return Check(applicable=False)
    found = msg.in_body(lexicon.IN_WRITING)
    if found:
        return Check(evidence=(found[0],))
    return Check(
        losses=(
            Loss(
                msg.body_end,
                "The agreed terms are not asked for in writing.",
                "Ask for the updated offer letter listing every agreed term.",
                1.0,
                "missing",
            ),
        )
    )
