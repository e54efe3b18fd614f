"""The middle sections: the plan, the one signal, this week's steps, measures, if stuck."""

from __future__ import annotations

import datetime as dt

from levelset.plan.inputs import ChannelRate, PlanInputs, TrackingInput
from levelset.plan.model import Phase, Plan
from levelset.plan.wording import day, percent, quote
from levelset.playbook import chart
from levelset.playbook.model import Block, Bullets, Paragraph, Section, Table

STEPS_THIS_WEEK = 5


def plan_section(plan: Plan) -> Section:
    rows = []
    for week in plan.weeks:
        done = sum(1 for i in week.items if i.done)
        rows.append(
            (
                f"Week {week.number}: {week.phase.value}",
                f"{day(week.start)} to {day(week.end)}",
                week.goal,
                f"{done} of {len(week.items)} done",
            )
        )
    blocks: list[Block] = [
        Paragraph(
            f"Your plan runs from {day(plan.start)} to {day(plan.end)}, with two 60-minute focus "
            "blocks and one 15-minute review each week (`levelset plan ics` puts them in your "
            "calendar)."
        ),
        Table(("week", "dates", "goal", "progress"), tuple(rows)),
    ]
    steps = [i for i in plan.items if i.phase is Phase.NEGOTIATE]
    if steps:
        dated = plan.deadline is not None and plan.deadline >= plan.start
        when = (
            f"dated back from their deadline, {day(plan.deadline)}"
            if dated and plan.deadline
            else "spread over a week, since no deadline you can still meet is recorded"
        )
        blocks.append(Paragraph(f"The five negotiation steps with {plan.company}, {when}:"))
        blocks.append(
            Table(
                ("due", "step", "status"),
                tuple((day(s.due), s.text, "done" if s.done else "open") for s in steps),
            )
        )
    return Section("plan", "Your 30-day plan", tuple(blocks))


def signal_section(plan: Plan) -> Section:
    signal = plan.signal
    return Section(
        "signal",
        "The one signal to fix first",
        (
            Paragraph(f"{signal.title}. {signal.why}"),
            Paragraph(
                f"Change only this for two weeks, then look at the result. You will know it "
                f"worked when: {signal.measure} The change to test: {signal.test}."
            ),
        ),
    )


def this_week(plan: Plan, today: dt.date) -> Section:
    number = plan.week_of(today)
    week = plan.weeks[number - 1]
    open_items = sorted((i for i in week.items if not i.done), key=lambda i: i.due)
    open_items = open_items[:STEPS_THIS_WEEK]
    lines = [f"{i.text} (by {day(i.due)})" for i in open_items]
    if not lines:
        lines = ["Every item of this week is done: run the weekly review and pick the next change."]
    lines.append(
        f"Book the 15-minute review for {day(week.end)} (`levelset plan review --week {number}`)."
    )
    return Section(
        "this_week",
        f"Steps for this week (week {number}, {week.phase.value})",
        (Bullets(tuple(lines)),),
    )


def measures(inputs: PlanInputs) -> Section:
    tracking = inputs.tracking
    if tracking is None:
        return Section(
            "measures",
            "How you will measure progress",
            (
                Paragraph(
                    "Four numbers tell you whether this is working: the response rate of your "
                    "applications, the gain from first to final offer, how many levers "
                    "improved, and the days to a signed offer. None is on record yet: log your "
                    "applications with `levelset track add` and your offers with "
                    "`levelset negotiate`."
                ),
            ),
        )
    rows = [
        ("applications sent", str(tracking.applied), "your tracked events"),
        ("answered", str(tracking.responded), "your tracked events"),
        ("interviews", str(tracking.interviewed), "your tracked events"),
        ("offers", str(tracking.offered), "your tracked events"),
    ]
    rates = ([tracking.overall] if tracking.overall else []) + list(tracking.channels)
    rows += [(_rate_name(c), _rate_value(c), "your tracked events") for c in rates]
    rows += _negotiation_rows(tracking)
    return Section(
        "measures",
        "How you will measure progress",
        (
            Paragraph("Your numbers so far; re-read them at every weekly review:"),
            Table(("measure", "value", "source"), tuple(rows)),
            *(c for c in (chart.funnel(tracking), chart.channel_rates(tracking)) if c),
        ),
    )


def _rate_name(rate: ChannelRate) -> str:
    if rate.channel == "all":
        return "response rate, all attempts old enough to count"
    return f"response rate via {rate.channel.replace('_', ' ')}"


def _rate_value(rate: ChannelRate) -> str:
    """'6 of 12 (50%, 95% interval 25% to 75%)', flagged when the sample is thin."""
    share = percent(rate.responded / rate.sent if rate.sent else None)
    interval = (
        f", 95% interval {rate.low:.0%} to {rate.high:.0%}"
        if rate.low is not None and rate.high is not None
        else ""
    )
    thin = "; thin sample, do not steer by it" if rate.thin else ""
    return f"{rate.responded} of {rate.sent} ({share}{interval}){thin}"


def _negotiation_rows(tracking: TrackingInput) -> list[tuple[str, str, str]]:
    rows = []
    if tracking.offer_delta:
        rows.append(("first to final offer", tracking.offer_delta, "negotiation records"))
    if tracking.levers_improved is not None:
        rows.append(("levers improved", str(tracking.levers_improved), "negotiation records"))
    if tracking.days_to_signature is not None:
        rows.append(("days to signature", str(tracking.days_to_signature), "negotiation records"))
    for date, score in tracking.narrative_scores[-3:]:
        rows.append((f"draft scored on {day(date)}", f"{score}/100", "message score"))
    return rows


def if_stuck(inputs: PlanInputs) -> Section:
    proof = inputs.proof
    positioning = inputs.profile.positioning
    steps = [
        f"Say your one sentence out loud, {quote(positioning.rstrip('.'))}, and cut it if it "
        "takes more than one breath."
        if positioning
        else "Write one sentence that names the role you want and the result you are known for "
        '(`levelset profile set --positioning "..."`).',
    ]
    measured = [b for b in proof.strongest if b.has_metric][:2] if proof else []
    if measured:
        steps.append(
            "Rebuild the story from your two best measured outcomes: "
            + " and ".join(quote(b.text, 60) for b in measured)
            + "."
        )
    else:
        steps.append(
            "Find two results you can put a number on, even a rough one, and start from those."
        )
    steps.append("Book one mock call with a peer this week and change one thing straight after it.")
    return Section("stuck", "If you are stuck", (Bullets(tuple(steps)),))
