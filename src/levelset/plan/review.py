"""The 15-minute weekly review: that week's numbers, and two questions with stored answers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from levelset.errors import InputError
from levelset.plan.inputs import PlanInputs, TrackedEvent
from levelset.plan.model import Item, Plan, Week
from levelset.plan.wording import day

if TYPE_CHECKING:
    from levelset.plan.peer import PeerCheck

QUESTIONS = (
    "What changed this week (a response, an offer, a draft, how you tell your story)?",
    "What single change will you test next, and for how long?",
)
APPLIED_KINDS = {"application", "outreach"}


@dataclass(frozen=True)
class Answers:
    """What the user wrote at a review; stored with the plan."""

    changed: str = ""
    next_test: str = ""
    answered_at: dt.datetime | None = None


@dataclass(frozen=True)
class WeekNumbers:
    """Counts of the week's tracked events; None rates when nothing was sent."""

    applied: int
    responded: int
    positive: int
    interviews: int
    offers: int
    events: tuple[TrackedEvent, ...]

    @property
    def response_rate(self) -> float | None:
        return self.responded / self.applied if self.applied else None


@dataclass(frozen=True)
class Review:
    week: Week
    done: tuple[Item, ...]
    open: tuple[Item, ...]
    numbers: WeekNumbers | None  # None: no tracking input yet
    negotiation: tuple[str, ...]  # "Thu 26 Nov: counter sent (Northwind)"
    scores: tuple[str, ...]  # narrative scores of drafts made this week
    signal: str
    questions: tuple[str, ...]
    answers: Answers
    hint: str | None = None
    peer: tuple[PeerCheck, ...] = ()  # what peers heard this week against what was meant

    def to_dict(self) -> dict[str, Any]:
        from levelset.jsonable import to_jsonable

        data: dict[str, Any] = to_jsonable(
            {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        )
        if self.numbers is not None:
            data["numbers"]["response_rate"] = self.numbers.response_rate
        return data


def week_numbers(events: tuple[TrackedEvent, ...], start: dt.date, end: dt.date) -> WeekNumbers:
    """The events dated inside [start, end], counted by kind."""
    inside = tuple(e for e in events if start <= e.date <= end)
    kinds = Counter(e.kind for e in inside)
    positive = sum(1 for e in inside if e.kind == "response" and e.outcome == "positive")
    return WeekNumbers(
        applied=sum(kinds[k] for k in APPLIED_KINDS),
        responded=kinds["response"],
        positive=positive,
        interviews=kinds["interview"],
        offers=kinds["offer"],
        events=inside,
    )


def review(plan: Plan, number: int, inputs: PlanInputs, answers: Answers | None = None) -> Review:
    """The review of week `number` (1-4) of the plan."""
    if not 1 <= number <= len(plan.weeks):
        raise InputError(f"week must be between 1 and {len(plan.weeks)}, got {number}")
    week = plan.weeks[number - 1]
    tracking = inputs.tracking
    numbers = week_numbers(tracking.events, week.start, week.end) if tracking else None
    hint = None if tracking else "Log applications with `levelset track add` to see numbers here."
    return Review(
        week=week,
        done=tuple(i for i in week.items if i.done),
        open=tuple(i for i in week.items if not i.done),
        numbers=numbers,
        negotiation=_negotiation(inputs, week),
        scores=_scores(inputs, week),
        signal=plan.signal.title,
        questions=QUESTIONS,
        answers=answers or Answers(),
        hint=hint,
        peer=_peer(inputs, week),
    )


def _inside(day: dt.date, week: Week) -> bool:
    return week.start <= day <= week.end


def _negotiation(inputs: PlanInputs, week: Week) -> tuple[str, ...]:
    offer = inputs.offer
    if offer is None:
        return ()
    return tuple(
        f"{day(on)}: {what} ({offer.company})" for on, what in offer.timeline if _inside(on, week)
    )


def _peer(inputs: PlanInputs, week: Week) -> tuple[PeerCheck, ...]:
    """Each peer's answers recorded this week, compared with the sheet they heard."""
    from levelset.plan.peer import check

    heard = inputs.tracking.peer if inputs.tracking else ()
    currency = inputs.offer.currency if inputs.offer else "USD"
    return tuple(check(p, currency) for p in heard if _inside(p.on, week))


def _scores(inputs: PlanInputs, week: Week) -> tuple[str, ...]:
    tracking = inputs.tracking
    points = tracking.narrative_scores if tracking else ()
    return tuple(
        f"{day(on)}: a draft scored {score}/100" for on, score in points if _inside(on, week)
    )
