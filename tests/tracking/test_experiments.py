"""Experiments run to a verdict, and say honestly when the sample is too small."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.errors import InputError, UnknownValue
from levelset.tracking import Event, EventKind, Outcome, Verdict, evaluate, new_experiment
from tests.tracking.conftest import TODAY, application, follow

START = dt.date(2026, 10, 5)


def _arm(variant: str, replied: int, silent: int, first: dt.date = START) -> list[Event]:
    events: list[Event] = []
    for i in range(replied + silent):
        sent = application(
            f"{variant}-co-{i}",
            first + dt.timedelta(days=i % 14),
            kind=EventKind.OUTREACH,
            variant=variant,
        )
        events.append(sent)
        if i < replied:
            events.append(
                follow(sent, EventKind.RESPONSE, sent.date + dt.timedelta(days=3), Outcome.POSITIVE)
            )
    return events


def _experiment() -> object:
    return new_experiment(
        "opener", "Lead with a measured outcome", START, baseline="generic", candidate="impact"
    )


def test_a_clear_improvement_is_kept() -> None:
    result = evaluate(_experiment(), _arm("generic", 2, 13) + _arm("impact", 10, 5), TODAY)  # type: ignore[arg-type]
    assert result.verdict is Verdict.KEEP
    assert result.prob_better > 0.95 and result.fisher_p < 0.05
    assert (result.candidate.successes, result.candidate.trials) == (10, 15)
    assert "looks better" in result.summary and "window ended" in result.window


def test_a_clear_drop_is_reverted() -> None:
    result = evaluate(_experiment(), _arm("generic", 11, 4) + _arm("impact", 2, 13), TODAY)  # type: ignore[arg-type]
    assert result.verdict is Verdict.REVERT and "looks worse" in result.summary


def test_a_small_sample_is_not_enough_whatever_the_rates() -> None:
    result = evaluate(_experiment(), _arm("generic", 0, 4) + _arm("impact", 4, 0), TODAY)  # type: ignore[arg-type]
    assert result.verdict is Verdict.NOT_ENOUGH_DATA
    assert result.summary.startswith("Too early to tell")
    assert result.more_per_arm is not None and result.more_per_arm >= 6


def test_an_unclear_result_says_how_much_more_data_would_settle_it() -> None:
    result = evaluate(_experiment(), _arm("generic", 4, 11) + _arm("impact", 7, 8), TODAY)  # type: ignore[arg-type]
    assert result.verdict is Verdict.NOT_ENOUGH_DATA
    assert result.more_per_arm is not None and 5 < result.more_per_arm < 1000
    assert f"About {result.more_per_arm} more" in result.summary


def test_equal_rates_would_not_settle_soon() -> None:
    result = evaluate(_experiment(), _arm("generic", 5, 10) + _arm("impact", 5, 10), TODAY)  # type: ignore[arg-type]
    assert result.more_per_arm is None and not result.settles
    assert "look alike" in result.summary


def test_attempts_too_recent_for_a_reply_are_held_back() -> None:
    first = TODAY - dt.timedelta(days=9)  # six attempts aged 9, 8, 7, 6, 5 and 4 days
    experiment = new_experiment("late", "x", first, baseline="generic", candidate="impact")
    result = evaluate(experiment, _arm("impact", 3, 3, first=first), TODAY)
    assert (result.candidate.trials, result.candidate.pending) == (3, 3)
    assert "day 10 of 14" in result.window


def test_attempts_outside_the_window_do_not_count() -> None:
    before = _arm("impact", 5, 0, first=START - dt.timedelta(days=30))
    result = evaluate(_experiment(), before + _arm("generic", 1, 1), TODAY)  # type: ignore[arg-type]
    assert result.candidate.trials == 0


def test_before_after_compares_the_two_windows() -> None:
    experiment = new_experiment(
        "resume", "New resume", START, design="before-after", field="resume_version", candidate="r2"
    )
    old = [
        application(f"old-{i}", START - dt.timedelta(days=1 + i), resume="r1") for i in range(12)
    ]
    new = [application(f"new-{i}", START + dt.timedelta(days=i), resume="r2") for i in range(12)]
    replies = [follow(a, EventKind.INTERVIEW, a.date + dt.timedelta(days=4)) for a in new[:9]]
    result = evaluate(experiment, old + new + replies, TODAY)
    assert (result.baseline.label, result.baseline.trials) == ("before", 12)
    assert result.candidate.successes == 9 and result.verdict is Verdict.KEEP


def test_declarations_are_checked() -> None:
    with pytest.raises(InputError):
        new_experiment("same", "x", START, baseline="a", candidate="a")
    with pytest.raises(InputError):
        new_experiment("w", "x", START, baseline="a", candidate="b", window_days=0)
    with pytest.raises(UnknownValue):
        new_experiment("f", "x", START, field="mood", baseline="a", candidate="b")


def test_an_experiment_without_data_does_not_claim_the_rates_look_alike() -> None:
    result = evaluate(_experiment(), [], TODAY)  # type: ignore[arg-type]
    assert result.verdict is Verdict.NOT_ENOUGH_DATA
    assert "look alike" not in result.summary and "n/a" not in result.summary
    assert "No attempts counted yet" in result.summary
    assert "variant generic" in result.summary and "variant impact" in result.summary
    assert result.more_per_arm is None


def test_one_empty_arm_is_named() -> None:
    result = evaluate(_experiment(), _arm("generic", 3, 9), TODAY)  # type: ignore[arg-type]
    assert "look alike" not in result.summary
    assert "No attempts counted yet with variant impact" in result.summary


def test_the_window_is_said_by_its_last_day() -> None:
    """A 14-day window from day 1 said 'window ends' on the day after its last (the 15th day):
    an attempt that day is not in it."""
    experiment = _experiment()
    last = START + dt.timedelta(days=13)
    during = evaluate(experiment, [], START)  # type: ignore[arg-type]
    assert f"day 1 of 14 (last day {last})" in during.window
    after = evaluate(experiment, [], START + dt.timedelta(days=30))  # type: ignore[arg-type]
    assert f"window ended {last}" in after.window
