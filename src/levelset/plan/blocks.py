"""Calendar slots of a plan: two 60-minute focus blocks a week, one per open negotiation
step, and a 15-minute review on the last day of each week."""

from __future__ import annotations

import datetime as dt

from levelset.plan.model import Block, Item, Phase, Plan, Week

FOCUS_MINUTES, REVIEW_MINUTES = 60, 15
FOCUS_DAYS = (0, 3)  # offsets inside a week
GAP = dt.timedelta(minutes=75)  # a second block on the same evening starts after the first


def schedule(plan: Plan, at: dt.time) -> tuple[Block, ...]:
    """Every block of the plan, in time order, with stable ids for calendar re-imports."""
    blocks: list[Block] = []
    for week in plan.weeks:
        blocks += _week_blocks(plan, week, at)
    taken = {b.start.date() for b in blocks if b.kind == "focus"}
    blocks += [_step_block(plan, item, at, taken) for item in plan.items if _open_step(item)]
    return tuple(sorted(blocks, key=lambda b: b.start))


def _open_step(item: Item) -> bool:
    return item.phase is Phase.NEGOTIATE and not item.done


def _week_blocks(plan: Plan, week: Week, at: dt.time) -> list[Block]:
    regular = [i for i in week.items if i.phase is not Phase.NEGOTIATE]
    half = (len(regular) + 1) // 2
    groups = (regular[:half], regular[half:])
    blocks = []
    for number, (offset, items) in enumerate(zip(FOCUS_DAYS, groups, strict=True), start=1):
        start = dt.datetime.combine(week.start + dt.timedelta(days=offset), at)
        lines = "\n".join(f"[{i.id}] {i.text}" for i in items) or "Catch up on open items."
        blocks.append(
            Block(
                uid=f"levelset-{plan.start}-w{week.number}-focus{number}",
                kind="focus",
                start=start,
                minutes=FOCUS_MINUTES,
                title=f"levelset week {week.number} ({week.phase.value}): focus block {number}",
                description=f"{week.goal}\n\n{lines}",
            )
        )
    blocks.append(_review_block(plan, week, at))
    return blocks


def _review_block(plan: Plan, week: Week, at: dt.time) -> Block:
    start = dt.datetime.combine(week.end, at)  # week 4's is the plan's 30th day
    return Block(
        uid=f"levelset-{plan.start}-w{week.number}-review",
        kind="review",
        start=start,
        minutes=REVIEW_MINUTES,
        title=f"levelset week {week.number}: 15-minute review",
        description=(
            f"Run `levelset plan review --week {week.number}`: look at this week's numbers, "
            f"note what changed, and pick one change to test next. Signal in focus: "
            f"{plan.signal.title}."
        ),
    )


def _step_block(plan: Plan, item: Item, at: dt.time, taken: set[dt.date]) -> Block:
    start = dt.datetime.combine(item.due, at)
    if item.due in taken:
        start += GAP
    company = f" with {plan.company}" if plan.company else ""
    return Block(
        uid=f"levelset-{plan.start}-{item.id.replace('.', '-')}",
        kind="focus",
        start=start,
        minutes=FOCUS_MINUTES,
        title=f"levelset negotiation{company}: {item.text.split(':', 1)[0]}",
        description=f"[{item.id}] {item.text}" + (f"\n\n{item.command}" if item.command else ""),
    )
