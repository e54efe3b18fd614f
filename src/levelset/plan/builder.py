"""Building the dated 30-day plan from whatever inputs are available."""

from __future__ import annotations

import dataclasses
import datetime as dt

from levelset.plan import execution, materials
from levelset.plan.blocks import schedule
from levelset.plan.completes import completions
from levelset.plan.inputs import OfferInput, PlanInputs
from levelset.plan.model import PLAN_DAYS, Draft, Focus, Item, Phase, Plan, Week
from levelset.plan.negotiation import first_day, negotiation_drafts, passed_hint
from levelset.plan.signal import choose_signal

GOALS = {
    Phase.CLARIFY: "Name the target role and level, and audit the proof you have.",
    Phase.BUILD: "Rewrite your materials around outcomes and make every channel agree.",
    Phase.PRACTICE: "Say your number and your stories out loud until they are short and calm.",
    Phase.EXECUTE: "Apply and reach out, log every response, and test one change.",
}
WEEK_PHASES = (Phase.CLARIFY, Phase.BUILD, Phase.PRACTICE, Phase.EXECUTE)
FIRST_HALF_DAY, SECOND_HALF_DAY = 1, 4  # item due days inside a week, after its focus blocks


def build_plan(
    inputs: PlanInputs,
    start: dt.date,
    focus: Focus = Focus.SALARY,
    block_time: dt.time = dt.time(18, 0),
) -> Plan:
    """A 30-day plan in four weeks from `start` (the last one of nine days): items from the
    user's gaps, dated blocks, one signal.

    With an offer in hand, the five negotiation steps are dated back from its deadline and
    placed in the weeks they fall in.
    """
    signal = choose_signal(inputs, focus)
    by_week: list[list[Draft]] = [
        materials.clarify(inputs),
        materials.build(inputs),
        execution.practice(inputs),
        execution.execute(inputs, signal),
    ]
    weeks = [_week(n, start, by_week[n - 1]) for n in range(1, 5)]
    negotiation = negotiation_drafts(inputs, start)
    weeks = _place(weeks, negotiation, start)
    offer = inputs.offer
    draft = Plan(
        start=start,
        focus=focus,
        weeks=tuple(weeks),
        signal=signal,
        blocks=(),
        completes=tuple(completions(inputs)) + _passed(offer, first_day(inputs, start)),
        deadline=offer.deadline if offer else None,  # only one recorded: never a default
        company=offer.company if offer else None,
    )
    return dataclasses.replace(draft, blocks=schedule(draft, block_time))


def _passed(offer: OfferInput | None, start: dt.date) -> tuple[str, ...]:
    hint = passed_hint(offer, start) if offer else None
    return (hint,) if hint else ()


def _week(number: int, start: dt.date, drafts: list[Draft]) -> Week:
    first = start + dt.timedelta(days=7 * (number - 1))
    phase = WEEK_PHASES[number - 1]
    half = (len(drafts) + 1) // 2
    items = tuple(
        _item(
            number,
            index,
            draft,
            first + dt.timedelta(days=FIRST_HALF_DAY if index < half else SECOND_HALF_DAY),
            phase,
        )
        for index, draft in enumerate(drafts)
    )
    last = number == len(WEEK_PHASES)  # the last week runs to the plan's 30th day
    end = start + dt.timedelta(days=PLAN_DAYS - 1) if last else first + dt.timedelta(days=6)
    return Week(number, phase, first, end, GOALS[phase], items)


def _item(week: int, index: int, draft: Draft, due: dt.date, phase: Phase) -> Item:
    return Item(
        id=f"{week}.{index + 1}",
        week=week,
        due=draft.due or due,
        phase=draft.phase or phase,
        text=draft.text,
        source=draft.source,
        done=draft.done_by is not None,
        done_by=draft.done_by,
        command=draft.command,
    )


def _place(weeks: list[Week], drafts: list[Draft], start: dt.date) -> list[Week]:
    """Negotiation steps go first in the week their date falls in (ids n.N1, n.N2...)."""
    placed = list(weeks)
    for step, draft in enumerate(drafts, start=1):
        assert draft.due is not None
        number = max(1, min((draft.due - start).days // 7 + 1, len(weeks)))
        week = placed[number - 1]
        item = dataclasses.replace(
            _item(number, 0, draft, draft.due, Phase.NEGOTIATE), id=f"{number}.N{step}"
        )
        negotiating = [i for i in week.items if i.phase is Phase.NEGOTIATE]
        others = [i for i in week.items if i.phase is not Phase.NEGOTIATE]
        placed[number - 1] = dataclasses.replace(week, items=(*negotiating, item, *others))
    return placed
