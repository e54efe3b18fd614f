"""The user's playbook from their gathered inputs and their current plan (if any).

Pure: `levelset.app.playbook` loads the inputs and the stored plan and passes them here.
"""

from __future__ import annotations

import datetime as dt

from levelset.plan.inputs import PlanInputs
from levelset.plan.model import Focus, Plan
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


def personal_playbook(
    inputs: PlanInputs, current: Plan | None, topic: Topic, today: dt.date
) -> Playbook:
    """The playbook over the user's current plan, or over a fresh one from today."""
    from levelset.plan import build_plan

    plan = current or build_plan(inputs, today, FOCUS_OF.get(topic, Focus.NEGOTIATION))
    return build_playbook(inputs, plan, topic, today)
