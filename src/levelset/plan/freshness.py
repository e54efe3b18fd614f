"""Whether a stored plan still matches the negotiation records it was made from."""

from __future__ import annotations

import datetime as dt

from levelset.plan.model import Plan
from levelset.plan.wording import day


def out_of_date(plan: Plan, now: tuple[str, dt.date | None] | None) -> str | None:
    """Why the plan's negotiation dates no longer hold, or None when they still do."""
    if now is None:
        return f"the negotiation with {plan.company} is closed" if plan.company else None
    company, deadline = now
    if company != plan.company:
        return f"the offer in hand is now from {company}"
    if deadline is not None and deadline != plan.deadline:
        return f"{company}'s deadline is now {day(deadline)}"
    return None
