"""Progress metrics: the funnel, response rates with Wilson intervals, time to first reply,
the weekly trend, and the results of negotiations and the narrative scores over time.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from levelset.tracking.events import Event, EventKind
from levelset.tracking.practice import PracticeProgress
from levelset.tracking.stats import wilson
from levelset.tracking.threads import Measure, Thread, threads

if TYPE_CHECKING:  # the negotiation package is loaded only when there are records to read
    from levelset.negotiation import NegotiationRecord, Outcome

THIN = 10  # fewer attempts than this and a rate is flagged as a thin sample
WAIT_DAYS = 7  # attempts younger than this may still get a reply; not counted in rates
SOURCE = "your tracked events"


@dataclass(frozen=True)
class Rate:
    """Share of attempts that reached `measure`, with its 95% Wilson interval."""

    group: str  # overall | kind | channel | variant | resume_version
    value: str
    measure: str
    successes: int
    trials: int
    low: float
    high: float

    @property
    def rate(self) -> float | None:
        return self.successes / self.trials if self.trials else None

    @property
    def thin(self) -> bool:
        return self.trials < THIN

    def to_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "value": self.value,
            "measure": self.measure,
            "successes": self.successes,
            "n": self.trials,
            "rate": self.rate,
            "low": round(self.low, 4),
            "high": round(self.high, 4),
            "thin": self.thin,
        }


@dataclass(frozen=True)
class WeekPoint:
    week: str  # ISO week, e.g. 2026-W36
    starts: dt.date
    attempts: int
    responded: int
    low: float
    high: float
    maturing: bool  # some attempts of this week are too recent to have had a reply

    @property
    def rate(self) -> float | None:
        return self.responded / self.attempts if self.attempts else None


@dataclass(frozen=True)
class ResponseTime:
    n: int
    median_days: float | None
    mean_days: float | None
    fastest: int | None
    slowest: int | None


@dataclass(frozen=True)
class ScorePoint:
    """A narrative score at a date (a scored email or a stored negotiation draft)."""

    on: dt.date
    score: int
    stage: str | None
    company: str | None
    label: str


@dataclass(frozen=True)
class Metrics:
    as_of: dt.date
    since: dt.date | None
    events: int
    attempts: int
    not_yet_counted: int  # attempts younger than WAIT_DAYS, left out of the rates
    funnel: tuple[tuple[str, int], ...]
    rates: tuple[Rate, ...]
    response_time: ResponseTime
    weekly: tuple[WeekPoint, ...]
    negotiations: tuple[Outcome, ...]
    narrative: tuple[ScorePoint, ...]
    notes: tuple[str, ...]
    practice: PracticeProgress = field(default_factory=PracticeProgress)

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of, "since": self.since,
            "source": {"name": SOURCE, "events": self.events, "attempts": self.attempts,
                       "as_of": self.as_of, "not_yet_counted": self.not_yet_counted},
            "funnel": [{"stage": s, "count": c} for s, c in self.funnel],
            "rates": [r.to_dict() for r in self.rates],
            "response_time": self.response_time,
            "weekly": [w.__dict__ | {"rate": w.rate} for w in self.weekly],
            "negotiations": [o.to_dict() for o in self.negotiations],
            "negotiation_summary": negotiation_summary(self.negotiations),
            "narrative": list(self.narrative),
            "notes": list(self.notes),
            "practice": self.practice.to_dict(),
        }  # fmt: skip


def compute_metrics(
    events: Sequence[Event],
    today: dt.date,
    *,
    since: dt.date | None = None,
    negotiations: Sequence[NegotiationRecord] = (),
    narrative: Sequence[ScorePoint] = (),
) -> Metrics:
    """Every progress metric as of `today`, for attempts dated on or after `since`.

    Rates leave out attempts younger than WAIT_DAYS (their replies may still come) and flag
    groups of fewer than THIN attempts. Negotiation results come from the records given.
    """
    chosen = [t for t in threads(events) if since is None or t.attempt.date >= since]
    ripe = [t for t in chosen if (today - t.attempt.date).days >= WAIT_DAYS]
    outcomes = _outcomes(negotiations)
    scores = tuple(
        sorted((p for p in narrative if since is None or p.on >= since), key=lambda p: p.on)
    )
    return Metrics(
        today, since, sum(1 + len(t.follow_ups) for t in chosen), len(chosen),
        len(chosen) - len(ripe), funnel(chosen), rates(ripe), response_time(chosen),
        weekly(chosen, today), outcomes, scores, _notes(chosen, ripe, negotiations),
    )  # fmt: skip


def _outcomes(negotiations: Sequence[NegotiationRecord]) -> tuple[Outcome, ...]:
    if not negotiations:
        return ()
    from levelset.negotiation import negotiation_outcome

    return tuple(negotiation_outcome(r) for r in negotiations)


def funnel(chosen: Sequence[Thread]) -> tuple[tuple[str, int], ...]:
    """Applications, then how many of them got a reply, an interview, an offer."""
    apps = [t for t in chosen if t.attempt.kind is EventKind.APPLICATION]
    return (
        ("Applied", len(apps)),
        ("Responded", sum(t.reached(Measure.RESPONDED) for t in apps)),
        ("Interviewed", sum(t.reached(Measure.INTERVIEWED) for t in apps)),
        ("Offered", sum(t.reached(Measure.OFFERED) for t in apps)),
    )


GROUPS: dict[str, Callable[[Event], str]] = {
    "kind": lambda e: e.kind.value,
    "channel": lambda e: e.channel.value if e.channel else "not recorded",
    "variant": lambda e: e.variant or "not recorded",
    "resume_version": lambda e: e.resume_version or "not recorded",
}


def rates(ripe: Sequence[Thread]) -> tuple[Rate, ...]:
    """Overall rates for each measure, then the response rate by kind, channel, variant and
    resume version."""
    found = [_rate("overall", "all", m, ripe) for m in Measure]
    for group, key in GROUPS.items():
        members: dict[str, list[Thread]] = {}
        for thread in ripe:  # one pass: the threads of each value, in their order
            members.setdefault(key(thread.attempt), []).append(thread)
        for value in sorted(members):
            found.append(_rate(group, value, Measure.RESPONDED, members[value]))
    return tuple(found)


def _rate(group: str, value: str, measure: Measure, members: Sequence[Thread]) -> Rate:
    hits = sum(t.reached(measure) for t in members)
    low, high = wilson(hits, len(members))
    return Rate(group, value, measure.value, hits, len(members), low, high)


def response_time(chosen: Sequence[Thread]) -> ResponseTime:
    """Days from each attempt to its first reply, over the attempts that got one."""
    days = [d for t in chosen if (d := t.days_to_first_reply) is not None]
    if not days:
        return ResponseTime(0, None, None, None, None)
    return ResponseTime(
        len(days),
        float(statistics.median(days)),
        round(statistics.fmean(days), 1),
        min(days),
        max(days),
    )


def weekly(chosen: Sequence[Thread], today: dt.date) -> tuple[WeekPoint, ...]:
    """Attempts and replies per ISO week of the attempt, every week from first to last."""
    if not chosen:
        return ()
    monday = _monday(min(t.attempt.date for t in chosen))
    last = _monday(max(t.attempt.date for t in chosen))
    weeks: dict[dt.date, list[Thread]] = {}
    for thread in chosen:
        weeks.setdefault(_monday(thread.attempt.date), []).append(thread)
    points = []
    while monday <= last:
        week = weeks.get(monday, [])
        hits = sum(t.reached(Measure.RESPONDED) for t in week)
        low, high = wilson(hits, len(week))
        young = any((today - t.attempt.date).days < WAIT_DAYS for t in week)
        iso = monday.isocalendar()
        points.append(
            WeekPoint(f"{iso.year}-W{iso.week:02d}", monday, len(week), hits, low, high, young)
        )
        monday += dt.timedelta(days=7)
    return tuple(points)


def negotiation_summary(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Across negotiations: how many, how many signed, the median base change in percent,
    the median days from first offer to signature and the levers improved in total."""
    changes = [float(o.base.percent) for o in outcomes if o.base and o.base.percent is not None]
    days = [o.days_to_signature for o in outcomes if o.days_to_signature is not None]
    return {
        "n": len(outcomes),
        "signed": len(days),
        "median_base_change_pct": statistics.median(changes) if changes else None,
        "median_days_to_signature": statistics.median(days) if days else None,
        "levers_improved_total": sum(len(o.levers_improved) for o in outcomes),
        "source": "your negotiation records",
    }


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _notes(
    chosen: Sequence[Thread], ripe: Sequence[Thread], negotiations: Sequence[NegotiationRecord]
) -> tuple[str, ...]:
    notes = []
    if len(chosen) > len(ripe):
        notes.append(
            f"{len(chosen) - len(ripe)} attempt(s) from the last {WAIT_DAYS} days are "
            "not in the rates yet: their replies may still come."
        )
    if 0 < len(ripe) < THIN:
        notes.append(f"Only {len(ripe)} attempt(s) counted: every rate is a thin sample.")
    if not negotiations:
        notes.append("No negotiation records yet: start one with `levelset negotiate start`.")
    return tuple(notes)
