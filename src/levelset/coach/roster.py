"""The roster: each client with the reasons the coach should look at them today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from levelset.negotiation.record import EventKind, NegotiationRecord, Step
from levelset.shell import quoted
from levelset.tracking.experiments import Experiment

DEADLINE_DAYS = 7  # an offer deadline this close is flagged
WAITING_DAYS = 3  # an open negotiation without news this long is waiting at its step
QUIET_DAYS = 14  # no activity this long is flagged
CHECKIN_DAYS = 2  # a check-in this close (or already past) is flagged
PLAN_WEEKS = 4
PLAN_DAYS = 30  # as levelset.plan.model.PLAN_DAYS (a sibling core): week 4 ends on day 30


class Flag(StrEnum):
    DEADLINE = "deadline"
    WAITING = "waiting"
    QUIET = "quiet"
    REVIEW = "review"
    VERDICT = "verdict"
    CHECKIN = "check_in"


@dataclass(frozen=True)
class Attention:
    """One reason to look at a client, with the date it is about."""

    flag: Flag
    text: str
    on: dt.date


@dataclass(frozen=True)
class ClientState:
    """What the roster needs to know about one client."""

    id: int
    name: str
    since: dt.date  # when the client was added
    cohort: str | None = None
    negotiations: tuple[NegotiationRecord, ...] = ()
    last_activity: dt.date | None = None
    plan_start: dt.date | None = None
    reviewed_weeks: frozenset[int] = field(default_factory=frozenset)
    experiments: tuple[Experiment, ...] = ()
    no_data: bool = False  # nothing stored yet: no résumé, offer, event, plan or profile
    next_checkin: dt.date | None = None  # the coach's next check-in with the client
    has_resume: bool = False  # a résumé (or other proof) is imported
    has_target: bool = False  # a target title is set


def needs(state: ClientState) -> tuple[str, ...]:
    """What the client still lacks to start, in the order to do it: "resume", "target"."""
    return tuple(
        k for k, has in (("resume", state.has_resume), ("target", state.has_target)) if not has
    )


# What a client without a résumé or a target should do first, in order.
FIRST_STEPS = {
    "resume": "import a résumé: levelset --client NAME proof import FILE",
    # their own title and level, not an example's: copied as shown it set every client's target
    "target": "set a target: levelset --client NAME profile set --title TITLE --level LEVEL",
}


@dataclass(frozen=True)
class RosterRow:
    id: int
    name: str
    cohort: str | None
    last_activity: dt.date | None
    attention: tuple[Attention, ...]
    no_data: bool = False
    needs: tuple[str, ...] = ()  # "resume", "target": what the client still lacks to start

    @property
    def first_steps(self) -> tuple[str, ...]:
        """What to do first for a client without a résumé or a target (else nothing), each
        command naming the client as a shell reads it."""
        return tuple(FIRST_STEPS[k].replace("NAME", quoted(self.name)) for k in self.needs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "cohort": self.cohort,
            "last_activity": self.last_activity,
            "attention": [{"flag": a.flag, "text": a.text, "on": a.on} for a in self.attention],
            "no_data": self.no_data,
            "needs": list(self.needs),
            "first_steps": list(self.first_steps),
        }


def roster(states: list[ClientState], today: dt.date) -> list[RosterRow]:
    """Every client, those needing the most attention first, then by name."""
    rows = [
        RosterRow(
            s.id,
            s.name,
            s.cohort,
            _last_activity(s),
            tuple(attention(s, today)),
            s.no_data,
            needs(s),
        )
        for s in states
    ]
    return sorted(rows, key=lambda r: (-len(r.attention), r.name.casefold()))


def attention(state: ClientState, today: dt.date) -> list[Attention]:
    found: list[Attention] = []
    for record in state.negotiations:
        found += _negotiation(record, today)
    found += _checkin(state, today)
    found += _quiet(state, today)
    found += _review(state, today)
    found += [_verdict(e) for e in state.experiments if _ready(e, today)]
    return found


def _negotiation(record: NegotiationRecord, today: dt.date) -> list[Attention]:
    step = record.step  # each of these reads replays the corrections: once here
    if step in (Step.SIGNED, Step.DECLINED):
        return []
    found = []
    events = record.effective()
    deadline = next((e for e in reversed(events) if e.kind is EventKind.DEADLINE), None)
    if deadline and today <= deadline.on <= today + dt.timedelta(days=DEADLINE_DAYS):
        days = (deadline.on - today).days
        text = f"{record.company}: offer deadline in {days} day{'s' * (days != 1)}"
        found.append(Attention(Flag.DEADLINE, text, deadline.on))
    last = max((e.on for e in events), default=None)
    if last is not None and (today - last).days >= WAITING_DAYS:
        at = f"step {step.rank + 1} of 5, {step.heading.lower()}"
        text = f"{record.company}: waiting since {last.isoformat()} ({at})"
        found.append(Attention(Flag.WAITING, text, last))
    return found


def _checkin(state: ClientState, today: dt.date) -> list[Attention]:
    on = state.next_checkin
    if on is None or (on - today).days > CHECKIN_DAYS:
        return []
    if on < today:
        text = f"check-in of {on.isoformat()} has passed: set the next one"
    else:
        days = (on - today).days
        text = "check-in today" if days == 0 else f"check-in in {days} day{'s' * (days != 1)}"
    return [Attention(Flag.CHECKIN, text, on)]


def _last_activity(state: ClientState) -> dt.date | None:
    days = [d for d in (state.last_activity, state.plan_start) if d is not None]
    days += [e.on for r in state.negotiations for e in r.events]
    return max(days, default=None)


def _quiet(state: ClientState, today: dt.date) -> list[Attention]:
    last = _last_activity(state) or state.since
    if (today - last).days < QUIET_DAYS:
        return []
    return [Attention(Flag.QUIET, f"no activity for {(today - last).days} days", last)]


def _review(state: ClientState, today: dt.date) -> list[Attention]:
    if state.plan_start is None:
        return []
    start = state.plan_start
    ended = [
        w
        for w in range(1, PLAN_WEEKS + 1)
        if _week_end(start, w) < today and w not in state.reviewed_weeks
    ]
    if not ended:
        return []
    week = ended[-1]
    end = _week_end(start, week)
    return [Attention(Flag.REVIEW, f"plan week {week} ended without its review", end)]


def _week_end(start: dt.date, week: int) -> dt.date:
    """The last day of a plan's week: the 7th, 14th, 21st, then the plan's 30th."""
    return start + dt.timedelta(days=(PLAN_DAYS if week == PLAN_WEEKS else 7 * week) - 1)


def _ready(experiment: Experiment, today: dt.date) -> bool:
    ready_on = experiment.end + dt.timedelta(days=experiment.wait_days)
    return experiment.status == "open" and today >= ready_on


def _verdict(experiment: Experiment) -> Attention:
    ready_on = experiment.end + dt.timedelta(days=experiment.wait_days)
    return Attention(Flag.VERDICT, f"experiment {experiment.name} is ready for a verdict", ready_on)


def roster_summary(rows: list[RosterRow], today: dt.date) -> str:
    """One sentence over the roster, in agreement with its numbers: how many active clients
    need the coach today, or that nothing is flagged, and how many have no data yet."""
    n = len(rows)
    if not n:
        return "No active clients yet."
    busy = sum(1 for r in rows if r.attention)
    empty = sum(1 for r in rows if r.no_data)
    yours = "your active client" if n == 1 else f"your {n} active clients"
    if busy:
        who = "Your active client" if n == 1 else f"{busy} of {yours}"
        said = f"{who} need{'s' if busy == 1 else ''} you today ({today})."
    else:
        said = f"Nothing is flagged for {yours} today ({today})."
    if empty == n:
        each = "" if n == 1 else "None has data yet: start each "
        said += f" {each or 'No data yet: start '}with a résumé and a target."
    elif empty:
        said += f" {empty} of them {'has' if empty == 1 else 'have'} no data yet."
    lacking = [r.needs for r in rows if r.needs and not r.no_data]
    if lacking:
        who = "They" if n == 1 else f"{len(lacking)} of them"
        verb = "need" if n == 1 or len(lacking) > 1 else "needs"
        said += f" {who} still {verb} {_lacked(lacking)}."
    return said


def _lacked(lacking: list[tuple[str, ...]]) -> str:
    """What the clients lack: 'a résumé' when that is all any lacks, 'a résumé and a target'
    when one client lacks both, 'a résumé or a target' when they lack different things."""
    nouns = {"resume": "a résumé", "target": "a target"}
    if len(set(lacking)) == 1:
        return " and ".join(nouns[k] for k in lacking[0])
    return "a résumé or a target"
