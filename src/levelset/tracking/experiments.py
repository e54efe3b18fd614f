"""Experiments: change one thing, compare for a window (two weeks by default), decide honestly.

The result gives the posterior probability (beta-binomial, uniform priors) that the change is
better, Fisher's exact test, a verdict (keep, revert, not enough data yet) and how many more
attempts per arm would settle it if the rates seen so far hold.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from levelset.errors import Problem, UnknownValue, validation_failed
from levelset.tracking.events import Event
from levelset.tracking.stats import fisher_exact, prob_better, wilson
from levelset.tracking.threads import Measure, Thread, threads

FIELDS = ("variant", "resume_version", "channel")
DECIDE = 0.95  # posterior probability needed to call keep (or 1 - DECIDE to call revert)
MIN_TRIALS = 10  # fewer attempts than this in an arm and nothing is concluded
MAX_MORE = 1000


class Design(StrEnum):
    VARIANTS = "variants"  # old and new way side by side during the window
    BEFORE_AFTER = "before_after"  # the window before the start against the window after


class Verdict(StrEnum):
    KEEP = "keep"
    REVERT = "revert"
    NOT_ENOUGH_DATA = "not_enough_data"


@dataclass(frozen=True)
class Experiment:
    """One declared change and how it is compared."""

    name: str
    change: str
    start: dt.date
    design: Design = Design.VARIANTS
    field: str = "variant"
    baseline: str = ""
    candidate: str = ""
    metric: Measure = Measure.RESPONDED
    window_days: int = 14
    wait_days: int = 7  # attempts younger than this may still get a reply: not counted yet
    status: str = "open"
    closed_on: dt.date | None = None
    verdict: Verdict | None = None

    @property
    def end(self) -> dt.date:
        """First day after the window."""
        return self.start + dt.timedelta(days=self.window_days)

    @property
    def last_day(self) -> dt.date:
        """The window's last day, as people say when it ends."""
        return self.end - dt.timedelta(days=1)


@dataclass(frozen=True)
class Arm:
    label: str
    successes: int
    trials: int
    pending: int  # attempts too recent to count yet
    low: float
    high: float

    @property
    def rate(self) -> float | None:
        return self.successes / self.trials if self.trials else None


@dataclass(frozen=True)
class ExperimentResult:
    experiment: Experiment
    as_of: dt.date
    baseline: Arm
    candidate: Arm
    prob_better: float
    fisher_p: float
    verdict: Verdict
    more_per_arm: int | None  # None: settled already, or would not settle within MAX_MORE
    settles: bool  # False when the rates look too alike for more data to settle it soon
    summary: str
    window: str


def new_experiment(
    name: str,
    change: str,
    start: dt.date,
    *,
    design: str = "variants",
    field: str = "variant",
    baseline: str = "",
    candidate: str = "",
    metric: str = "responded",
    window_days: int = 14,
) -> Experiment:
    """A validated experiment declaration; every problem is reported at once."""
    problems = []
    if not name.strip():
        problems.append(Problem("the experiment needs a name", field="name"))
    if not change.strip():
        problems.append(Problem("say what changed, in one sentence", field="change"))
    if not 1 <= window_days <= 120:
        problems.append(
            Problem(
                f"window of {window_days} days",
                field="window",
                expected="between 1 and 120 days (14 is the default)",
            )
        )
    chosen = _choice("design", design.replace("-", "_"), [d.value for d in Design])
    if field not in FIELDS:
        raise UnknownValue("field", field, FIELDS)
    if chosen == Design.VARIANTS and (not baseline or not candidate or baseline == candidate):
        problems.append(
            Problem(
                "a variants experiment needs two different values",
                field="baseline/candidate",
                expected=f"--baseline and --candidate values of {field}",
            )
        )
    if problems:
        raise validation_failed(f"experiment {name!r}", problems)
    return Experiment(
        name.strip(),
        change.strip(),
        start,
        Design(chosen),
        field,
        baseline,
        candidate,
        Measure(_choice("metric", metric, [m.value for m in Measure])),
        window_days,
    )


def _choice(what: str, value: str, allowed: list[str]) -> str:
    if value not in allowed:
        raise UnknownValue(what, value, allowed)
    return value


def close(experiment: Experiment, result: ExperimentResult, today: dt.date) -> Experiment:
    """The experiment marked closed with the verdict it reached."""
    return dataclasses.replace(experiment, status="closed", closed_on=today, verdict=result.verdict)


def arms(experiment: Experiment, events: Sequence[Event], today: dt.date) -> tuple[Arm, Arm]:
    """Counts of the baseline and the candidate arm, recent attempts held back."""
    every = threads(events)
    if experiment.design is Design.VARIANTS:
        window = (experiment.start, experiment.end)
        return (
            _arm(experiment, every, window, experiment.baseline, today),
            _arm(experiment, every, window, experiment.candidate, today),
        )
    before = (experiment.start - dt.timedelta(days=experiment.window_days), experiment.start)
    return (
        _arm(experiment, every, before, experiment.baseline, today, "before"),
        _arm(
            experiment,
            every,
            (experiment.start, experiment.end),
            experiment.candidate,
            today,
            "after",
        ),
    )


def _arm(
    experiment: Experiment,
    every: list[Thread],
    window: tuple[dt.date, dt.date],
    value: str,
    today: dt.date,
    label: str = "",
) -> Arm:
    chosen = [
        t
        for t in every
        if window[0] <= t.attempt.date < window[1]
        and (not value or _field(t, experiment.field) == value.lower())
    ]
    # by age only: counting early replies but not early silences would flatter the rate
    ripe = [t for t in chosen if (today - t.attempt.date).days >= experiment.wait_days]
    successes = sum(t.reached(experiment.metric) for t in ripe)
    low, high = wilson(successes, len(ripe))
    name = " ".join(p for p in (label, value) if p) or label
    return Arm(name, successes, len(ripe), len(chosen) - len(ripe), low, high)


def _field(thread: Thread, field: str) -> str:
    value = getattr(thread.attempt, field)
    return (value.value if hasattr(value, "value") else str(value or "")).lower()


def evaluate(experiment: Experiment, events: Sequence[Event], today: dt.date) -> ExperimentResult:
    """Where the experiment stands on `today`: the two arms, the statistics and the verdict."""
    base, cand = arms(experiment, events, today)
    prob = prob_better(base.successes, base.trials, cand.successes, cand.trials)
    fisher = fisher_exact(
        cand.successes, cand.trials - cand.successes, base.successes, base.trials - base.successes
    )
    verdict = _verdict(base, cand, prob)
    undecided = verdict is Verdict.NOT_ENOUGH_DATA and min(base.trials, cand.trials) > 0
    more = more_per_arm(base, cand) if undecided else None
    settles = verdict is not Verdict.NOT_ENOUGH_DATA or more is not None
    result = ExperimentResult(
        experiment,
        today,
        base,
        cand,
        prob,
        fisher,
        verdict,
        more,
        settles,
        "",
        _window_text(experiment, today),
    )
    return dataclasses.replace(result, summary=summarise(result))


def _verdict(base: Arm, cand: Arm, prob: float) -> Verdict:
    if min(base.trials, cand.trials) < MIN_TRIALS:
        return Verdict.NOT_ENOUGH_DATA
    if prob >= DECIDE:
        return Verdict.KEEP
    if prob <= 1 - DECIDE:
        return Verdict.REVERT
    return Verdict.NOT_ENOUGH_DATA


def more_per_arm(base: Arm, cand: Arm) -> int | None:
    """Extra attempts per arm that would settle it if the rates seen so far held; None if
    more than MAX_MORE would be needed (the two rates look alike)."""
    rate_b = (base.successes + 1) / (base.trials + 2)
    rate_c = (cand.successes + 1) / (cand.trials + 2)

    def settled(extra: int) -> bool:
        sb, nb = base.successes + round(extra * rate_b), base.trials + extra
        sc, nc = cand.successes + round(extra * rate_c), cand.trials + extra
        if min(nb, nc) < MIN_TRIALS:
            return False
        p = prob_better(sb, nb, sc, nc)
        return p >= DECIDE or p <= 1 - DECIDE

    low, high = 0, 1
    while not settled(high):
        low, high = high, high * 2
        if high > MAX_MORE:
            return None
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if settled(middle) else (middle, high)
    return high


def _more(extra: int | None) -> str:
    if extra is None:
        return (
            "The two rates look alike; more data is unlikely to separate them soon, so "
            "keep whichever way is simpler."
        )
    return f"About {extra} more attempts per arm would settle it if these rates hold."


def _share(p: float) -> str:
    """A probability in words that never claims certainty: '>99%' rather than '100%'."""
    if p > 0.99:
        return ">99%"
    return "<1%" if p < 0.01 else f"{p:.0%}"


def _pct(arm: Arm) -> str:
    return "n/a" if arm.rate is None else f"{arm.rate:.0%} ({arm.successes}/{arm.trials})"


def summarise(result: ExperimentResult) -> str:
    """The result in plain words, careful about what a small sample can and cannot say."""
    base, cand = result.baseline, result.candidate
    rates = f"{cand.label}: {_pct(cand)} against {base.label}: {_pct(base)}"
    chance = f"probability the change is better {_share(result.prob_better)}"
    exact = f"exact test p = {result.fisher_p:.2f}"
    if min(base.trials, cand.trials) == 0:
        return f"Too early to tell. {_empty_arms(result)}"
    if min(base.trials, cand.trials) < MIN_TRIALS:
        more = (
            _more(result.more_per_arm)
            if result.more_per_arm is not None
            else "Too few attempts yet to say how many more would settle it."
        )
        return (
            f"Too early to tell. {rates}. With fewer than {MIN_TRIALS} counted attempts "
            f"in an arm, any difference can be luck. {more}"
        )
    if result.verdict is Verdict.NOT_ENOUGH_DATA:
        tail = _more(result.more_per_arm)
        return f"No clear difference yet. {rates}; {chance}; {exact}. {tail}"
    word = "better" if result.verdict is Verdict.KEEP else "worse"
    caution = (
        " The exact test agrees it is unlikely to be chance."
        if result.fisher_p < 0.05
        else " The exact test cannot yet rule out chance, so watch the next weeks."
    )
    return f"The change looks {word}. {rates}; {chance}; {exact}.{caution}"


def _empty_arms(result: ExperimentResult) -> str:
    """Which arm has nothing counted yet, in the user's terms, and how to fill it."""
    experiment = result.experiment
    where = []
    for arm, value, after in (
        (result.baseline, experiment.baseline, False),
        (result.candidate, experiment.candidate, True),
    ):
        if arm.trials:
            continue
        if experiment.design is Design.VARIANTS:
            where.append(f"with {experiment.field.replace('_', ' ')} {value}")
        else:
            where.append(f"{'from' if after else 'before'} {experiment.start}")
    waiting = result.baseline.pending + result.candidate.pending
    recent = f" ({waiting} still too recent)" if waiting else ""
    return (
        f"No attempts counted yet {' or '.join(where)}{recent}. Each attempt counts "
        f"{experiment.wait_days} days after it is sent, when a silence means something."
    )


def _window_text(experiment: Experiment, today: dt.date) -> str:
    if today < experiment.start:
        return f"starts on {experiment.start}"
    if today < experiment.end:
        day = (today - experiment.start).days + 1
        return f"day {day} of {experiment.window_days} (last day {experiment.last_day})"
    counted_from = experiment.end + dt.timedelta(days=experiment.wait_days)
    if today < counted_from:
        return (
            f"window ended {experiment.last_day}; replies to its last attempts are due by "
            f"{counted_from}"
        )
    return f"window ended {experiment.last_day}; every attempt in it is counted"
