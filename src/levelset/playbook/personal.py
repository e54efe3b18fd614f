"""The user's playbook from their stored records: the adapter between store and composer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from levelset.plan.model import Focus
from levelset.playbook.compose import build_playbook
from levelset.playbook.model import Playbook, Topic

FOCUS_OF = {Topic.SALARY: Focus.SALARY, Topic.LEVELING: Focus.LEVELING}


def parse_topic(text: str | None) -> Topic:
    from levelset.errors import UnknownValue

    if text is None:
        return Topic.SALARY
    try:
        return Topic(text.strip().lower())
    except ValueError:
        raise UnknownValue("topic", text, [t.value for t in Topic]) from None


def personal_playbook(store: Any, topic: Topic, today: dt.date | None = None) -> Playbook:
    """The playbook for this store's user: their current plan, or a fresh one from today."""
    from levelset.plan import build_plan
    from levelset.plan.gather import gather
    from levelset.store.plan import current_plan_id, load_plan

    today = today or dt.date.today()
    inputs = gather(store, start=today)
    if current_plan_id(store) is not None:
        _, plan = load_plan(store)
    else:
        plan = build_plan(inputs, today, FOCUS_OF.get(topic, Focus.NEGOTIATION))
    return build_playbook(inputs, plan, topic, today)
